// A catalogue of words in every language, typed from its English so that a key missing in Bahasa Indonesia or
// Thai (or one English does not have) fails the type check. Shared by the server and the app.
import type { Lang } from './languages.js';

/**
 * The shape another language must give: the same keys as English, strings for strings.
 * Plurals: i18next's `key_one` exists only in English (Indonesian and Thai have no grammatical number; `key_other`
 * serves every count), so `_one`, `_two`, `_few`, `_many` keys are optional elsewhere.
 */
export type Translation<T> = {
  readonly [K in keyof T as K extends `${string}_${'zero' | 'one' | 'two' | 'few' | 'many'}` ? never : K]: T[K] extends string ? string : Translation<T[K]>;
} & {
  readonly [K in keyof T as K extends `${string}_${'zero' | 'one' | 'two' | 'few' | 'many'}` ? K : never]?: string;
};

export type Catalogue<T = object> = { readonly en: T } & { readonly [L in Exclude<Lang, 'en'>]: Translation<T> };

/** Checks a catalogue's shape at compile time; at run time it is the object itself. */
export function catalogue<const T extends object>(words: { en: T; id: NoInfer<Translation<T>>; th: NoInfer<Translation<T>> }): Catalogue<T> {
  return words;
}
