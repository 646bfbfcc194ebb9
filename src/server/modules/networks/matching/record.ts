// The records that states report (person, vessel, phone) and their normalised form, built once per record.
import {
  type BirthDate,
  type NormalisedName,
  normaliseDocumentNumber,
  normaliseImo,
  normaliseMmsi,
  normaliseName,
  normalisePhone,
  parseBirthDate,
} from './normalise';

export type MatchRecordType = 'person' | 'organisation' | 'vessel' | 'phone';

export interface MatchDocument {
  /** "passport", "national-id", "seaman-book"...; for vessels "imo" and "mmsi". */
  type: string;
  number: string;
  /** ISO3 of the issuing state, when known. */
  country?: string;
}

export interface MatchRecord {
  id: string;
  type: MatchRecordType;
  /** ISO3 of the reporting state. */
  state: string;
  /** The person's names and aliases, the vessel's names, or a phone's subscriber names, in any script. */
  names: string[];
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
  dob?: string;
  /** ISO3 nationality; for a vessel, its flag state. */
  nationality?: string;
  documents: MatchDocument[];
  phones: string[];
}

export interface PreparedDocument {
  type: string;
  number: string;
  country: string;
}

export interface PreparedRecord {
  index: number;
  id: string;
  type: MatchRecordType;
  state: string;
  names: NormalisedName[];
  dob: BirthDate | null;
  nationality: string;
  documents: PreparedDocument[];
  phones: string[];
}

function prepareDocument(document: MatchDocument): PreparedDocument | null {
  const type = document.type.toLowerCase();
  const number = type === 'imo' ? normaliseImo(document.number) : type === 'mmsi' ? normaliseMmsi(document.number) : normaliseDocumentNumber(document.number);
  if (!number || number.length < 4) return null;
  return { type, number, country: (document.country ?? '').toUpperCase() };
}

// The same spellings recur across thousands of records: normalise each once and share the (read-only) result,
// which also keeps a million prepared records in a few hundred megabytes. Bounded: cleared when full.
const normalisedNames = new Map<string, NormalisedName>();
let nextNameId = 0;
function normalisedName(original: string, type: MatchRecordType): NormalisedName {
  const kind = type === 'person' ? 'person' : 'organisation';
  const cacheKey = kind === 'person' ? original : `\u0000${original}`;
  let name = normalisedNames.get(cacheKey);
  if (!name) {
    if (normalisedNames.size >= 500_000) normalisedNames.clear();
    // Ids let comparisons of two names be memoised (name-similarity.ts).
    name = { ...normaliseName(original, kind), id: nextNameId++ };
    normalisedNames.set(cacheKey, name);
  }
  return name;
}

// Most records carry no document or phone, and birth dates repeat: shared, read-only, rather than one per record.
const none: never[] = Object.freeze([]) as never[];
const birthDates = new Map<string, BirthDate | null>();

function birthDate(text: string | undefined): BirthDate | null {
  if (!text) return null;
  let found = birthDates.get(text);
  if (found === undefined) {
    if (birthDates.size >= 100_000) birthDates.clear();
    found = parseBirthDate(text);
    birthDates.set(text, found ? Object.freeze(found) : null);
  }
  return found;
}

export function prepareRecord(record: MatchRecord, index: number): PreparedRecord {
  const nationality = (record.nationality ?? '').toUpperCase();
  const phoneCountry = nationality || record.state;
  const documents = record.documents.length ? record.documents.map(prepareDocument).filter((d): d is PreparedDocument => d !== null) : none;
  const phones = record.phones.length ? [...new Set(record.phones.map((phone) => normalisePhone(phone, phoneCountry)).filter(Boolean))] : none;
  return {
    index,
    id: record.id,
    type: record.type,
    state: record.state.toUpperCase(),
    names: record.names.map((n) => normalisedName(n, record.type)).filter((name) => name.tokens.length > 0),
    dob: birthDate(record.dob),
    nationality,
    documents: documents.length ? documents : none,
    phones: phones.length ? phones : none,
  };
}
