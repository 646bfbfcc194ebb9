// The languages the portal speaks, and how a request's language is chosen from an Accept-Language header.

export const LANGUAGES = ['en', 'id', 'th'] as const;
export type Lang = (typeof LANGUAGES)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language a user saved (users.locale), English for one who never chose: what their notices and e-mails are written in. */
export function savedLanguage(locale: string | null | undefined): Lang {
  return isLang(locale) ? locale : 'en';
}

/**
 * The best of our languages for an Accept-Language header ("id-ID,id;q=0.9,en;q=0.8"), English when none fits.
 * Only the primary subtag counts: "th-TH" and "th" are the same language to us.
 */
export function negotiateLanguage(header: string | undefined | null): Lang {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part, order) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { lang: tag.trim().toLowerCase().split('-')[0], weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  return ranked.map((r) => r.lang).find(isLang) ?? 'en';
}
