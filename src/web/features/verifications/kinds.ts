// The values the verification pages offer (the server's schemas hold the same lists and refuse anything else).
export const URGENCIES = ['routine', 'urgent', 'immediate'] as const;
export const ANSWERS = ['confirmed', 'not_confirmed', 'more_information_needed', 'cannot_determine'] as const;
export const STATUSES = ['open', 'more_information_needed', 'answered', 'withdrawn'] as const;
export const FILE_KINDS = ['photograph', 'fingerprints', 'document', 'evidence'] as const;
export const NAME_KINDS = ['primary', 'alias', 'birth', 'father', 'mother'] as const;
