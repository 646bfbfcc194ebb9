// A state's own tool for a hashed list: turns its list file into one that carries only keyed hashes, on the state's own
// machine, so that not even the upload holds a clear number (`portal documents hash IN.csv OUT.csv`).
import { parse } from 'csv-parse/sync';
import { csvText } from '../../csv.js';
import { documentHash, type RegionalKey } from './keyed-hash.js';
import { issuingStateProblem, normaliseIssuingState, normaliseNumber, numberProblem } from './number.js';

export class HashListError extends Error {}

/** The same list with each number replaced by the HMAC of its issuing state and normalised number; comments are dropped. */
export function hashListCsv(text: string, key: RegionalKey): { csv: string; hashed: number } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let first = 0;
  while (lines[first]?.startsWith('#')) first++;
  const table = parse(lines.slice(first).join('\n'), { relax_column_count: true, skip_empty_lines: true }) as string[][];
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
  const numberAt = header.indexOf('number');
  const stateAt = header.indexOf('issuing_state');
  if (numberAt < 0 || stateAt < 0) throw new HashListError(`line ${first + 1}: the header must name the columns number and issuing_state`);
  const out = header.includes('number_hash') ? [...header] : [...header, 'number_hash'];
  const hashAt = out.indexOf('number_hash');
  const rows: string[][] = [out];
  let hashed = 0;
  table.slice(1).forEach((cells, i) => {
    const row = out.map((_h, k) => cells[k] ?? '');
    const raw = row[numberAt].trim();
    if (raw) {
      const number = normaliseNumber(raw);
      const state = normaliseIssuingState(row[stateAt]);
      const problem = numberProblem(number) ?? issuingStateProblem(state);
      if (problem) throw new HashListError(`line ${first + i + 2}: ${problem.render('en')}`);
      row[hashAt] = documentHash(key, state, number).toString('hex');
      row[numberAt] = '';
      hashed++;
    }
    rows.push(row);
  });
  return { csv: csvText(rows), hashed };
}
