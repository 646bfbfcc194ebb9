// A Text kept as data, its key and plain parameters: what a worker thread hands back (a function cannot cross) or a
// row stores (an import's line errors), rendered later in the language of whoever reads it, from the catalogue that wrote it.
import type { Lang } from './languages.js';
import { CATALOGUES, isText, renderFrom, type Text } from './text.js';

export interface StoredText {
  /** The Text's key: its catalogue's namespace, a dot, its key there ('networkImport.notDate'). */
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The data of a Text whose parameters are plain (names, numbers, values from a file); a nested Text cannot be stored. */
export function stored(text: Text): StoredText {
  for (const [name, value] of Object.entries(text.params))
    if (isText(value)) throw new Error(`${text.key}: parameter ${name} is a Text and cannot be stored; pass its value`);
  return { key: text.key, params: text.params as Record<string, string | number> };
}

export function isStoredText(value: unknown): value is StoredText {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as StoredText).key === 'string' &&
    typeof (value as StoredText).params === 'object' &&
    (value as StoredText).params !== null
  );
}

/** The catalogue a key belongs to: the longest registered namespace it starts with ('groups.coChairs.x' before 'groups'). */
function split(key: string): { namespace: string; rest: string } | undefined {
  let best: string | undefined;
  for (const namespace of CATALOGUES.keys()) if (key.startsWith(`${namespace}.`) && (!best || namespace.length > best.length)) best = namespace;
  return best === undefined ? undefined : { namespace: best, rest: key.slice(best.length + 1) };
}

/**
 * The stored text as a Text again, rendered in the reader's language. `fallback` (the English kept beside it) is said
 * when the key is no longer in any catalogue, so that a row written by an older version still reads.
 */
export function textOf(value: StoredText, fallback?: string): Text {
  const found = split(value.key);
  const params = { ...value.params };
  return {
    key: value.key,
    params,
    render: (lang: Lang) => {
      // renderFrom answers the bare key for a key its catalogue no longer has.
      const said = found ? renderFrom(CATALOGUES.get(found.namespace)!, found.rest, params, lang) : undefined;
      return said === undefined || said === found?.rest ? (fallback ?? said ?? value.key) : said;
    },
  };
}
