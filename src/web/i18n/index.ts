// i18next set up with the shell's catalogue and every capability's own, in English, Bahasa Indonesia and Thai.
import i18n, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setRequestLanguage } from '../api';
import type { Catalogue } from './catalogue';
import { core } from './core';
import { formatNumber, keepsItsDigits } from './format';

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'id', label: 'Bahasa Indonesia' },
  { code: 'th', label: 'ไทย' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

export type { Catalogue } from './catalogue';

const STORAGE_KEY = 'portal.lang';

function initialLanguage(): Language {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  if (saved && LANGUAGES.some((l) => l.code === saved)) return saved as Language;
  const nav = typeof navigator !== 'undefined' ? navigator.language.slice(0, 2) : 'en';
  return (LANGUAGES.some((l) => l.code === nav) ? nav : 'en') as Language;
}

/** Sets the document language and direction; layout uses logical CSS properties, so RTL languages only add a catalogue. */
function applyDocumentLanguage(lng: string) {
  setRequestLanguage(lng);
  document.documentElement.lang = lng;
  document.documentElement.dir = i18n.dir(lng);
}

export function setupI18n(namespaces: Record<string, Catalogue>) {
  const resources: Record<string, Record<string, unknown>> = { en: { core: core.en }, id: { core: core.id }, th: { core: core.th } };
  for (const [ns, catalogue] of Object.entries(namespaces)) {
    for (const lng of ['en', 'id', 'th'] as const) resources[lng][ns] = catalogue[lng];
  }
  void i18n.use(initReactI18next).init({
    resources: resources as Resource,
    lng: initialLanguage(),
    fallbackLng: 'en',
    defaultNS: 'core',
    ns: ['core', ...Object.keys(namespaces)],
    interpolation: {
      escapeValue: false,
      // Every number said in a sentence is written the reader's way ("12,500", "12.500"); a year or a catalogue
      // version is a name, not an amount, and keeps its digits as they are.
      alwaysFormat: true,
      format: (value, _format, lng, options) =>
        typeof value === 'number' && !keepsItsDigits(String(options?.interpolationkey ?? '')) ? formatNumber(lng ?? 'en', value) : value,
    },
  });
  applyDocumentLanguage(i18n.language);
  i18n.on('languageChanged', (lng) => {
    localStorage.setItem(STORAGE_KEY, lng);
    applyDocumentLanguage(lng);
  });
  return i18n;
}

export { i18n };
