// Words the server says (error messages, reasons, summaries) as coded texts: a key and its parameters, rendered in
// the language of whoever reads them. Services throw and return Texts; the request's language renders them.
import type { Catalogue } from './catalogue.js';
import type { Lang } from './languages.js';

export type Param = string | number | Text;
export type Params = Record<string, Param>;

/** A sentence not yet in any language: rendered once the reader's language is known. */
export interface Text {
  readonly key: string;
  readonly params: Params;
  render(lang: Lang): string;
}

export function isText(value: unknown): value is Text {
  return typeof value === 'object' && value !== null && typeof (value as Text).render === 'function' && typeof (value as Text).key === 'string';
}

/** The names between {{ }} in a template string type: 'Due {{date}} for {{state}}' -> 'date' | 'state'. */
export type ParamNames<S> = S extends `${string}{{${infer P}}}${infer Rest}` ? P | ParamNames<Rest> : never;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type At<T, P extends string> = P extends `${infer H}.${infer R}` ? (H extends keyof T ? At<T[H], R> : never) : P extends keyof T ? T[P] : never;

/** Strips i18next's plural suffix so that 'count_one' | 'count_other' are asked for as 'count'. */
type Unplural<K extends string> = K extends `${infer B}_${'one' | 'other' | 'zero' | 'two' | 'few' | 'many'}` ? B : K;

type Template<T, K extends string> = [At<T, K>] extends [never] ? At<T, `${K}_other`> : At<T, K>;
type Names<T, K extends string> = ParamNames<Template<T, K> & string>;

type ParamsOf<T, K extends string> = [At<T, K>] extends [never]
  ? [params: { [P in Exclude<Names<T, K>, 'count'>]: Param } & { count: number }]
  : [Names<T, K>] extends [never]
    ? []
    : [params: { [P in Names<T, K>]: Param }];

function lookup(words: unknown, key: string): string | undefined {
  let node = words;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Fills {{name}} with its parameter, itself rendered in the same language when it is a Text. */
export function interpolate(template: string, params: Params, lang: Lang): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (isText(value)) return value.render(lang);
    // An amount is written the reader's way ("12,500", "12.500"); a year or a version is a name and keeps its digits.
    if (typeof value === 'number') return /year|version/i.test(name) ? String(value) : value.toLocaleString(localeOf(lang));
    return value;
  });
}

/** Picks `key_one` / `key_other` for a count in the language (Indonesian and Thai have only `_other`). */
function pluralKey(words: unknown, key: string, count: number, lang: Lang): string {
  const form = new Intl.PluralRules(lang).select(count);
  for (const candidate of [`${key}_${form}`, `${key}_other`, key]) if (lookup(words, candidate) !== undefined) return candidate;
  return key;
}

/** Renders a key of a catalogue in a language, English when the language lacks it (the type check prevents that). */
export function renderFrom(words: Catalogue, key: string, params: Params, lang: Lang): string {
  const count = typeof params.count === 'number' ? params.count : undefined;
  const resolve = (l: Lang) => {
    const source = (words as Record<Lang, unknown>)[l];
    const k = count === undefined ? key : pluralKey(source, key, count, l);
    return lookup(source, k);
  };
  const template = resolve(lang) ?? resolve('en') ?? key;
  return interpolate(template, params, lang);
}

/** Every module's sentences by namespace, as loaded: a test checks each says everything in the three languages. */
export const CATALOGUES = new Map<string, Catalogue>();

/**
 * A module's sentences: `const say = messages('plans', catalogue({ en: {...}, id: {...}, th: {...} }))`, then
 * `say('dueBeforeStart')` or `say('notActing', { state })`. Keys and parameter names are checked by tsc; a plural
 * (`x_one`/`x_other`) is asked for as `say('x', { count })`.
 */
export function messages<T extends object>(namespace: string, words: Catalogue<T>) {
  CATALOGUES.set(namespace, words as Catalogue);
  return <K extends Unplural<Leaves<T>>>(key: K, ...[params]: ParamsOf<T, K>): Text => {
    const p: Params = params ?? {};
    return { key: `${namespace}.${key}`, params: p, render: (lang: Lang) => renderFrom(words as Catalogue, key, p, lang) };
  };
}

/** The locale a language is written in: British English (the Bali Process works in it), Indonesia's, Thailand's. */
export function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : lang === 'id' ? 'id-ID' : 'th-TH';
}

/**
 * A calendar day (YYYY-MM-DD, or a moment's UTC day) as the reader writes it: "29 November 2026", "29 November 2026"
 * in Bahasa Indonesia, "29 พฤศจิกายน 2569" in Thai (the Buddhist era Thai readers use).
 */
export function day(value: string | Date): Text {
  const iso = typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
  return {
    key: 'day',
    params: { iso },
    render: (lang) => new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)),
  };
}

/** A Text that is the same in every language (a name, a number, a code). */
export function verbatim(value: string): Text {
  return { key: 'verbatim', params: { value }, render: () => value };
}

/** Renders a Text or passes a plain (legacy, English-only) string through. */
export function rendered(value: string | Text, lang: Lang): string {
  return typeof value === 'string' ? value : value.render(lang);
}

/** The shape of a value once every Text in it is rendered: what a route answers. */
export type Rendered<T> = T extends Text
  ? string
  : T extends Date | string | number | boolean | null | undefined | Uint8Array
    ? T
    : T extends readonly (infer U)[]
      ? Rendered<U>[]
      : T extends object
        ? { [K in keyof T]: Rendered<T[K]> }
        : T;

/**
 * Renders every Text inside a service's answer in the reader's language, so that services return coded sentences and
 * a route answers `localised(await service.x(...), langOf(req))`.
 */
export function localised<T>(value: T, lang: Lang): Rendered<T> {
  if (isText(value)) return value.render(lang) as Rendered<T>;
  if (Array.isArray(value)) return value.map((v) => localised(v, lang)) as Rendered<T>;
  if (value === null || typeof value !== 'object' || value instanceof Date || value instanceof Uint8Array) return value as Rendered<T>;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localised(v, lang)])) as Rendered<T>;
}

/** Several parameters as one, joined as the reader's language lists things ("a, b and c"; "a, b, dan c"). */
export function listOf(values: readonly Param[]): Text {
  return {
    key: 'list',
    params: Object.fromEntries(values.map((v, i) => [String(i), v])),
    render: (lang) =>
      new Intl.ListFormat(lang, { type: 'conjunction' }).format(
        values.map((v) => (isText(v) ? v.render(lang) : typeof v === 'number' ? v.toLocaleString(lang) : v)),
      ),
  };
}
