// Files a verification carries: photographs, fingerprint files (WSQ images, ANSI/NIST-ITL transactions), scanned documents.
// The type is read from the bytes (a file claiming one type and holding another is refused); downloads are never rendered.
import { createHash } from 'node:crypto';
import { Invalid } from '../../errors.js';
import { fileKind, refuse } from './refusals.js';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export const FILE_TYPES = ['image/jpeg', 'image/png', 'image/jp2', 'image/x-wsq', 'application/x-ansi-nist', 'application/pdf'] as const;
export type FileType = (typeof FILE_TYPES)[number];
export const FILE_KINDS = ['photograph', 'fingerprints', 'document', 'evidence'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

const startsWith = (b: Buffer, bytes: number[]) => bytes.every((x, i) => b[i] === x);

/** What the bytes are: magic numbers of each accepted format, or null. */
export function sniff(b: Buffer): FileType | null {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(b, [0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20, 0x0d, 0x0a, 0x87, 0x0a])) return 'image/jp2';
  if (startsWith(b, [0xff, 0x4f, 0xff, 0x51])) return 'image/jp2'; // a bare JPEG 2000 codestream, as ePassport chips hold
  if (startsWith(b, [0xff, 0xa0, 0xff, 0xa8])) return 'image/x-wsq'; // FBI WSQ: start of image, then a comment or table
  if (startsWith(b, [0xff, 0xa0])) return 'image/x-wsq';
  if (b.subarray(0, 6).toString('latin1') === '1.001:') return 'application/x-ansi-nist'; // type-1 record, field 1 (length)
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  return null;
}

/** Fingerprints come as WSQ or ANSI/NIST-ITL (or PNG/JPEG scans of a card); photographs as images. */
const KINDS_OF: Record<FileKind, readonly FileType[]> = {
  photograph: ['image/jpeg', 'image/png', 'image/jp2'],
  fingerprints: ['image/x-wsq', 'application/x-ansi-nist', 'image/png', 'image/jpeg', 'image/jp2'],
  document: ['application/pdf', 'image/jpeg', 'image/png', 'image/jp2'],
  evidence: ['application/pdf', 'image/jpeg', 'image/png', 'image/jp2'],
};

export interface CheckedFile {
  kind: FileKind;
  filename: string;
  mediaType: FileType;
  content: Buffer;
  sha256: string;
}

export function checkFile(input: { kind: FileKind; filename: string; contentBase64: string }): CheckedFile {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.contentBase64)) throw new Invalid('contentBase64', refuse('notBase64'));
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0) throw new Invalid('contentBase64', refuse('fileEmpty'));
  if (content.length > MAX_FILE_BYTES) throw new Invalid('contentBase64', refuse('fileTooLarge', { size: MAX_FILE_BYTES / 1024 / 1024 }));
  const mediaType = sniff(content);
  if (!mediaType) throw new Invalid('contentBase64', refuse('fileType', { types: FILE_TYPES.join(', ') }));
  if (!KINDS_OF[input.kind].includes(mediaType))
    throw new Invalid('kind', refuse('kindType', { kind: fileKind(input.kind), type: mediaType, types: KINDS_OF[input.kind].join(', ') }));
  const filename = input.filename.replace(/[^\w.\- ]+/g, '_').slice(0, 120) || 'file';
  return { kind: input.kind, filename, mediaType, content, sha256: createHash('sha256').update(content).digest('hex') };
}
