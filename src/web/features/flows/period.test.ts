// A period reads as the reader says it, and the same as the server's briefing sentences on the same page.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { periodName } from '../../../server/modules/flows/messages';
import { flowsI18n } from './i18n';
import { periodIn } from './period';

const i18n = i18next.createInstance();
await i18n.init({
  resources: { en: { flows: flowsI18n.en }, id: { flows: flowsI18n.id }, th: { flows: flowsI18n.th } },
  lng: 'en',
  ns: ['flows'],
  interpolation: { escapeValue: false },
});
const said = (lng: 'en' | 'id' | 'th', period: string, style?: 'long' | 'short') => periodIn(lng, i18n.getFixedT(lng, 'flows'), period, style);

describe('a reporting period in words', () => {
  it('says a quarter and a month in English, never the API code', () => {
    expect(said('en', '2024-Q1')).toBe('Q1 2024');
    expect(said('en', '2024-03')).toBe('March 2024');
    expect(said('en', '2024-03', 'short')).toBe('Mar 2024');
  });

  it('says them in Bahasa Indonesia with the word the app uses for a quarter (triwulan)', () => {
    expect(said('id', '2023-Q4')).toBe('Triwulan 4 2023');
    expect(said('id', '2024-03')).toBe('Maret 2024');
  });

  it('says them in Thai', () => {
    expect(said('th', '2023-Q4')).toBe('ไตรมาส 4 ปี 2023');
    expect(said('th', '2024-03')).toMatch(/^มีนาคม /);
  });

  it('words a period as the server does in the sentences beside it, in every language', () => {
    for (const lng of ['en', 'id', 'th'] as const)
      for (const period of ['2024-Q2', '2025-11']) expect(said(lng, period), `${lng} ${period}`).toBe(periodName(period).render(lng));
  });

  it('leaves what is not a period as it came', () => {
    expect(said('en', '2024-13')).toBe('2024-13');
    expect(said('en', 'soon')).toBe('soon');
  });
});
