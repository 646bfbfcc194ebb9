// Every working word has its label in English, Bahasa Indonesia and Thai: each taxonomy of data/taxonomies.json and
// each list in src/server/i18n/vocabularies. A missing or empty label, or English left standing, fails here.
import { describe, expect, it } from 'vitest';
import taxonomies from '../../../data/taxonomies.json' with { type: 'json' };
import { label, VOCABULARIES, type Vocabulary, type VocabularyName } from './vocabulary.js';

/** Latin and loanwords Bahasa Indonesia writes as English does. */
const SAME_IN_INDONESIAN = new Set(['Modus operandi', 'Melanesia', 'Model', 'Status']);

describe.each(Object.keys(VOCABULARIES) as VocabularyName[])('%s', (name) => {
  const words: Vocabulary = VOCABULARIES[name];
  it('labels every id in Bahasa Indonesia and Thai, none empty', () => {
    for (const lang of ['id', 'th'] as const) {
      expect(Object.keys(words[lang]).sort()).toEqual(Object.keys(words.en).sort());
      expect(Object.entries(words[lang]).filter(([, v]) => typeof v !== 'string' || v.trim() === '')).toEqual([]);
    }
  });
  it('leaves no English standing', () => {
    const copied = Object.entries(words.en).filter(
      ([id, en]) => !/^[A-Z0-9]{1,3}$/.test(id) && !SAME_IN_INDONESIAN.has(en) && (words.id[id] === en || words.th[id] === en),
    );
    expect(copied).toEqual([]);
  });
  it('never shows an id as it is stored', () => {
    for (const lang of ['en', 'id', 'th'] as const) expect(Object.values(words[lang]).filter((v) => /_/.test(v))).toEqual([]);
  });
});

describe('data/taxonomies.json', () => {
  const lists = Object.entries(taxonomies).filter(([, v]) => typeof v === 'object' && v !== null && 'items' in v) as [
    string,
    {
      label: string;
      translations?: { id?: string; th?: string };
      items: { id: string; label: string; translations?: { id?: string; th?: string }; children?: unknown[] }[];
    },
  ][];
  it.each(lists)('%s names itself and every item in the three languages', (_name, taxonomy) => {
    expect(taxonomy.translations?.id?.trim()).toBeTruthy();
    expect(taxonomy.translations?.th?.trim()).toBeTruthy();
    const all = taxonomy.items.flatMap((i) => [i, ...((i.children ?? []) as typeof taxonomy.items)]);
    const lacking = all.filter((i) => !i.label?.trim() || !i.translations?.id?.trim() || !i.translations?.th?.trim()).map((i) => i.id);
    expect(lacking).toEqual([]);
  });

  it('gives the label in the language asked for, English for an unknown language entry, words for an unknown id', () => {
    expect(label('id', 'intelligenceCategory', 'people_smuggling')).toBe('Penyelundupan manusia');
    expect(label('th', 'intelligenceCategory', 'trafficking_in_persons')).toBe('การค้ามนุษย์');
    expect(label('id', 'modusOperandi', 'documents.impostor')).toBe('Dokumen asli yang dipakai orang lain');
    expect(label('en', 'linkRole', 'some_new_role')).toBe('Some new role');
    expect(label('id', 'entityField', 'birthDate')).toBe('Tanggal lahir');
    expect(label('th', 'ftmSchema', 'Passport')).toBe('หนังสือเดินทาง');
    expect(label('id', 'entityField', 'vesselTonnageAtSea')).toBe('Vessel tonnage at sea');
  });
});
