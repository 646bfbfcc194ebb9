// Attachment rules: the types accepted, their size limit, and the type as the bytes show it (magic numbers), so a file
// that claims one type and is another is refused. Attachments are always served as downloads, never rendered.
import { createHash } from 'node:crypto';
import { Invalid } from '../../errors.js';
import { say } from './messages.js';

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'text/plain', 'text/csv'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

const startsWith = (b: Buffer, bytes: number[]) => bytes.every((x, i) => b[i] === x);

/** A text file: valid UTF-8, no NUL or other control bytes besides tab and line ends, and not HTML or SVG. */
function isPlainText(b: Buffer): boolean {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(b);
  if (text.includes('\uFFFD')) return false;
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text)) return false;
  return !/^\s*<(!doctype|html|svg|script|\?xml)/i.test(text);
}

/** What the bytes are, whatever the name or the claimed type says; null for anything we do not accept. */
export function sniffType(b: Buffer): 'application/pdf' | 'image/png' | 'image/jpeg' | 'image/gif' | 'text' | null {
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(b, [0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (isPlainText(b)) return 'text';
  return null;
}

export interface CheckedAttachment {
  filename: string;
  mediaType: AttachmentType;
  content: Buffer;
  sha256: string;
}

/** Decodes and checks an upload; throws Invalid naming the field. */
export function checkAttachment(input: { filename: string; mediaType: string; contentBase64: string }): CheckedAttachment {
  if (!(ATTACHMENT_TYPES as readonly string[]).includes(input.mediaType))
    throw new Invalid('mediaType', say('fileType', { types: ATTACHMENT_TYPES.join(', ') }));
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.contentBase64)) throw new Invalid('contentBase64', say('notBase64'));
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0) throw new Invalid('contentBase64', say('fileEmpty'));
  if (content.length > MAX_ATTACHMENT_BYTES) throw new Invalid('contentBase64', say('fileTooLarge', { bytes: MAX_ATTACHMENT_BYTES }));
  const actual = sniffType(content);
  const claimed = input.mediaType.startsWith('text/') ? 'text' : input.mediaType;
  if (actual !== claimed) throw new Invalid('mediaType', say('fileNotWhatItClaims', { claimed: input.mediaType, actual: actual ?? say('fileOtherType') }));
  // The name is only ever a download name: keep it to safe characters.
  const filename = input.filename.replace(/[^\w.\- ]+/g, '_').slice(0, 120) || 'attachment';
  return { filename, mediaType: input.mediaType as AttachmentType, content, sha256: createHash('sha256').update(content).digest('hex') };
}
