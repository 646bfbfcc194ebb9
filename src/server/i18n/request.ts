// The language of a request: the signed-in user's saved choice, else the Accept-Language header (the app sends the
// language on screen), else English. Everything the server writes for a person follows it.
import type { FastifyRequest } from 'fastify';
import { isLang, type Lang, negotiateLanguage } from './languages.js';

export function langOf(req: FastifyRequest): Lang {
  const saved = req.user?.locale;
  if (isLang(saved)) return saved;
  const header = req.headers['accept-language'];
  return negotiateLanguage(Array.isArray(header) ? header[0] : header);
}
