// The working words of every capability (categories, scales, kinds, roles...) in the language on screen:
// `const label = useVocabulary(); label('intelligenceCategory', report.category)`. Never show a stored id.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isLang, type Lang } from '../../server/i18n/languages';
import { items, label, type VocabularyName } from '../../server/i18n/vocabulary';

export type { VocabularyName };

function currentLang(language: string): Lang {
  return isLang(language) ? language : 'en';
}

/** A function giving the label of an id in the language on screen; the component re-renders when it changes. */
export function useVocabulary(): (vocabulary: VocabularyName, id: string) => string {
  const { i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  return useCallback((vocabulary: VocabularyName, id: string) => label(lang, vocabulary, id), [lang]);
}

/** The options of a list for a Select, labelled in the language on screen. */
export function useVocabularyOptions(vocabulary: VocabularyName): { value: string; label: string }[] {
  const { i18n } = useTranslation();
  return items(currentLang(i18n.language), vocabulary).map((i) => ({ value: i.id, label: i.label }));
}
