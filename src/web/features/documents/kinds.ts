// The document types and statuses the pages offer (the server's schemas hold the same lists and refuse anything else).
export const DOCUMENT_TYPES = ['passport', 'identity_card', 'visa', 'travel_document', 'seafarer_document', 'residence_permit', 'other'] as const;
export const DOCUMENT_STATUSES = ['lost', 'stolen', 'revoked', 'fraudulent', 'counterfeit'] as const;
