// Every string that reaches the database is checked once, here: a NUL or text that is not valid UTF-8
// in a JSON body, a query string or a path parameter gets a 400 naming the field, never a 500 from
// PostgreSQL. Streamed imports (FtM lines, CSV) are not refused: their readers clean each line with
// cleanText (db/text.ts) and report it.
import { isUtf8 } from 'node:buffer';
import type { FastifyInstance } from 'fastify';
import { findUnstorableText } from '../db/text.js';
import { Invalid } from '../errors.js';
import { common } from '../i18n/common.js';

export function installTextGuard(app: FastifyInstance): void {
  // JSON arrives as bytes so that invalid UTF-8 is refused instead of silently becoming U+FFFD.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    const bytes = body as Buffer;
    if (!isUtf8(bytes)) return done(new Invalid('body', common('textInvalidUnicode')), undefined);
    return parseJson(req, bytes.toString('utf8'), done);
  });

  app.addHook('preValidation', async (req) => {
    if (!req.url.startsWith('/api')) return;
    for (const [part, value] of [
      ['params', req.params],
      ['querystring', req.query],
      ['body', req.body],
    ] as const) {
      const found = findUnstorableText(value);
      if (found)
        throw new Invalid([part, ...found.path].join('.'), common(found.problem === 'nul' ? 'textNul' : 'textInvalidUnicode'), { problem: found.problem });
    }
  });
}
