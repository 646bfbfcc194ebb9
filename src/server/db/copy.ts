// Values in PostgreSQL's COPY text format: one row a line, columns separated by tabs, \N for null, backslash escapes.
// Hand-written because it is this small; the rows it builds go through db.copyFrom() on PGlite and PostgreSQL alike.

const special = /[\\\t\n\r]/g;
const escapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A text value (or null). U+0000 cannot be stored in PostgreSQL text: callers remove it first. */
export function copyText(value: string | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  return value.replace(special, (c) => escapes[c]!);
}

/** A text[] value: an array literal with every element quoted, then escaped for COPY. */
export function copyTextArray(values: readonly string[]): string {
  return copyText(`{${values.map((v) => `"${v.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`);
}

export function copyJson(value: unknown): string {
  return copyText(JSON.stringify(value));
}

export function copyNumber(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '\\N' : String(value);
}

export function copyBool(value: boolean): string {
  return value ? 't' : 'f';
}
