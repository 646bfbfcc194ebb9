// Every closed list of working words (taxonomy items, scales, kinds, roles, statuses) with its label in English,
// Bahasa Indonesia and Thai. The one place the server (exports, summaries, errors) and the app (useVocabulary) read
// them from, so that an id such as "people_smuggling" never reaches a person.
import standards from '../../../data/standards.json' with { type: 'json' };
import taxonomies from '../../../data/taxonomies.json' with { type: 'json' };
import { LANGUAGES, type Lang } from './languages.js';
import type { Text } from './text.js';
import * as ftm from './vocabularies/ftm.js';
import * as intel from './vocabularies/intel.js';
import * as legislation from './vocabularies/legislation.js';
import * as members from './vocabularies/members.js';
import * as networks from './vocabularies/networks.js';

/** One list of words: for each language, id -> label. */
export type Vocabulary = { readonly [L in Lang]: Readonly<Record<string, string>> };

interface TaxonomyItem {
  id: string;
  label: string;
  translations: { id: string; th: string };
  children?: TaxonomyItem[];
}

/** A taxonomy of data/taxonomies.json as a vocabulary; children (modus operandi) follow their branch. */
function fromTaxonomy(name: keyof typeof taxonomies): Vocabulary {
  const taxonomy = taxonomies[name] as { items: TaxonomyItem[] };
  const items = taxonomy.items.flatMap((item) => [item, ...(item.children ?? [])]);
  const words = (lang: Lang) => Object.fromEntries(items.map((i) => [i.id, lang === 'en' ? i.label : i.translations[lang]]));
  return { en: words('en'), id: words('id'), th: words('th') };
}

/** Titles of the standards catalogue and of its groups (data/standards.json), by their stable ids. */
function fromCatalogue(list: readonly { id: string; translations: { id: string; th: string } }[], english: (item: never) => string): Vocabulary {
  const words = (lang: Lang) => Object.fromEntries(list.map((i) => [i.id, lang === 'en' ? english(i as never) : i.translations[lang]]));
  return { en: words('en'), id: words('id'), th: words('th') };
}

export const VOCABULARIES = {
  standard: fromCatalogue(standards.standards, (s: { title: string }) => s.title),
  standardGroup: fromCatalogue(standards.groups, (g: { label: string }) => g.label),
  intelligenceCategory: fromTaxonomy('intelligence_categories'),
  agreementScope: fromTaxonomy('agreement_scope_categories'),
  contactTopic: fromTaxonomy('contact_point_topics'),
  modusOperandi: fromTaxonomy('modus_operandi'),
  alertType: fromTaxonomy('alert_types'),
  capacityHelpKind: fromTaxonomy('capacity_help_kinds'),
  ...ftm,
  ...intel,
  ...legislation,
  ...members,
  ...networks,
} satisfies Record<string, Vocabulary>;

export type VocabularyName = keyof typeof VOCABULARIES;

/** "forges_documents_for" -> "Forges documents for", "vesselTonnage" -> "Vessel tonnage": only for an id no list knows. */
function humanise(id: string): string {
  const words = id
    .replace(/([a-z])([A-Z])/g, (_m, a: string, b: string) => `${a} ${b.toLowerCase()}`)
    .replace(/[_.]+/g, ' ')
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The label of `id` in `lang`; English if the language lacks it (a test forbids that), the id in words if unknown. */
export function label(lang: Lang, vocabulary: VocabularyName, id: string): string {
  const words: Vocabulary = VOCABULARIES[vocabulary];
  return words[lang][id] ?? words.en[id] ?? humanise(id);
}

/** Whether the list knows this id. */
export function isKnown(vocabulary: VocabularyName, id: string): boolean {
  return Object.hasOwn(VOCABULARIES[vocabulary].en, id);
}

/** The list's items in their order, labelled in `lang` (for pickers and select options). */
export function items(lang: Lang, vocabulary: VocabularyName): { id: string; label: string }[] {
  const words: Vocabulary = VOCABULARIES[vocabulary];
  return Object.keys(words.en).map((id) => ({ id, label: words[lang][id] ?? words.en[id] }));
}

export { LANGUAGES };

/** A working word as a Text parameter: "offers {{kind}}" renders the kind in the reader's language. */
export function term(vocabulary: VocabularyName, id: string): Text {
  return { key: `vocabulary.${vocabulary}`, params: { id }, render: (lang) => label(lang, vocabulary, id) };
}

/**
 * A working word inside a sentence: "covers money laundering", not "covers Money laundering". The label's first letter
 * is lowered unless the first word is an acronym or a name ("IMO number", "Interpol notice").
 */
export function termInSentence(vocabulary: VocabularyName, id: string): Text {
  return {
    key: `vocabulary.${vocabulary}`,
    params: { id },
    render: (lang) => {
      const word = label(lang, vocabulary, id);
      return /^\p{Lu}\p{Ll}/u.test(word) && !/^(Interpol|Bali|ASEAN|UN)\b/.test(word) ? word.charAt(0).toLowerCase() + word.slice(1) : word;
    },
  };
}

/** Language codes (en, id, th, ...) as their names in the reader's language, joined: "English, Indonesian". */
export function languageNames(codes: readonly string[]): Text {
  return {
    key: 'vocabulary.languages',
    params: { codes: codes.join(',') },
    render: (lang) => {
      const names = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' });
      return new Intl.ListFormat(lang, { type: 'conjunction' }).format(codes.map((c) => names.of(c) ?? c));
    },
  };
}

/**
 * A headline indicator of the standards catalogue (seed 002's sentences) with today's count: the catalogue's English
 * wording with its figure replaced, or its translation with {{count}} filled in.
 */
export function indicatorSentence(indicatorId: string, count: number, englishWording: string): Text {
  const indicator = standards.indicators.find((i) => i.id === indicatorId);
  return {
    key: `indicator.${indicatorId}`,
    params: { count },
    render: (lang) => {
      const template = lang === 'en' || !indicator ? null : indicator.translations[lang];
      const figure = count.toLocaleString(lang === 'en' ? 'en-GB' : lang);
      return template ? template.replace('{{count}}', figure) : englishWording.replace(/^\d+/, figure);
    },
  };
}
