// The values the referral and return pages offer (the server's schemas hold the same lists and refuse anything else).
export const CASE_STATUSES = ['identified', 'referred', 'documents_issued', 'return_scheduled', 'returned', 'closed'] as const;
export const PROTECTION_MEASURES = [
  'shelter',
  'medical_care',
  'psychosocial_support',
  'legal_assistance',
  'interpreter',
  'guardian',
  'reflection_period',
  'protection_order',
  'witness_protection',
  'temporary_residence',
  'risk_assessment',
] as const;
export const TRAVEL_DOCUMENT_TYPES = ['passport', 'emergency_travel_document', 'laissez_passer', 'certificate_of_identity'] as const;
export const ORGANISATIONS = ['IOM', 'UNHCR', 'UNODC', 'ILO'] as const;
