// The shape of an import job as every import route answers it.
import { z } from 'zod';
import { IMPORT_STATUSES } from './jobs.js';

const lineMessage = z.object({ line: z.number(), message: z.string() });

export const importView = z.object({
  importId: z.string(),
  /** The capability it imports into: networks, flows, surveys. */
  module: z.string(),
  status: z.enum(IMPORT_STATUSES),
  phase: z.enum(['reading', 'merging', 'done']),
  format: z.string(),
  /** Lines (rows) read, and bytes received, so far. */
  lines: z.number(),
  bytes: z.number(),
  /** Records written; for a network import, of which entities and links, and references kept to entities you may not read. */
  imported: z.number(),
  entities: z.number(),
  links: z.number(),
  dangling: z.number(),
  /** Lines refused, by line number (the first 1,000; errorCount counts all). */
  errorCount: z.number(),
  errors: z.array(lineMessage),
  /** Lines kept with a remark: dangling references, removed NUL bytes, properties outside the FtM model. */
  noticeCount: z.number(),
  notices: z.array(lineMessage),
  /** Why a failed or interrupted import stopped. */
  message: z.string().nullable(),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
});
