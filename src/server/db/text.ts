// What PostgreSQL text can hold: no U+0000 and no unpaired UTF-16 surrogate (which has no UTF-8 form).
// The HTTP edge refuses such strings naming the field; importers clean them and report the line.

/** A NUL, or a surrogate half without its partner. */
const unstorable = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorableAll = new RegExp(unstorable.source, 'g');

export type TextProblem = 'nul' | 'invalid_unicode';

/** Why a string cannot be stored as text, or null when it can. */
export function textProblem(value: string): TextProblem | null {
  const found = unstorable.exec(value);
  if (!found) return null;
  return found[0] === '\u0000' ? 'nul' : 'invalid_unicode';
}

/**
 * The first string inside a value (object, array or string) that cannot be stored, with its path
 * (`name`, `aliases.2`, `properties.name.0`); object keys are checked too.
 */
export function findUnstorableText(value: unknown, path: string[] = []): { path: string[]; problem: TextProblem } | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { path, problem } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value) && !(value instanceof Uint8Array)) {
    if (typeof (value as { pipe?: unknown }).pipe === 'function') return null; // a stream: its reader checks it
    for (const [key, inner] of Object.entries(value)) {
      const keyProblem = textProblem(key);
      if (keyProblem) return { path: [...path, key], problem: keyProblem };
      const found = findUnstorableText(inner, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The same value with every string made storable: NUL removed, unpaired surrogates replaced by
 * U+FFFD. `cleaned` is true when anything changed, so an importer can report the line.
 */
export function cleanText<T>(value: T): { value: T; cleaned: boolean } {
  let cleaned = false;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (!unstorable.test(v)) return v;
      cleaned = true;
      return v.replace(unstorableAll, (c) => (c === '\u0000' ? '' : '\ufffd'));
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
      return Object.fromEntries(Object.entries(v).map(([k, inner]) => [walk(k) as string, walk(inner)]));
    return v;
  };
  const result = walk(value) as T;
  return { value: result, cleaned };
}
