// Fonts for the PDFs the server makes, shipped with the app (no network): Noto Sans Thai from @fontsource/noto-sans-thai,
// whose Latin, Latin Extended and Thai files together cover English, Bahasa Indonesia and Thai. pdfkit's built-in
// Helvetica has no Thai (a Thai name printed empty boxes) and pdfkit cannot fall back glyph by glyph, so a text is
// written in runs, each set in the file that holds its letters (the ranges are fontsource's own unicode-range).
import { createRequire } from 'node:module';
import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;
type Subset = 'latin' | 'latin-ext' | 'thai';
type Weight = 400 | 700;

const require = createRequire(import.meta.url);
const fontFile = (subset: Subset, weight: Weight) => require.resolve(`@fontsource/noto-sans-thai/files/noto-sans-thai-${subset}-${weight}-normal.woff`);
const fontName = (subset: Subset, weight: Weight) => `noto-sans-thai-${subset}-${weight}`;

/** Code points of the Latin file that lie inside the Latin Extended blocks. */
const LATIN_IN_EXTENDED = new Set([0x131, 0x152, 0x153, 0x2bb, 0x2bc, 0x2c6, 0x2da, 0x2dc]);

function subsetOf(cp: number): Subset {
  if ((cp >= 0x0e01 && cp <= 0x0e5b) || cp === 0x25cc) return 'thai';
  if (LATIN_IN_EXTENDED.has(cp)) return 'latin';
  if ((cp >= 0x100 && cp <= 0x2ff) || (cp >= 0x1d00 && cp <= 0x1dbf) || (cp >= 0x1e00 && cp <= 0x1e9f) || (cp >= 0x1ef2 && cp <= 0x1eff)) return 'latin-ext';
  if ((cp >= 0x2c60 && cp <= 0x2c7f) || (cp >= 0xa720 && cp <= 0xa7ff) || cp === 0x2113 || cp === 0x2020 || (cp >= 0x20a0 && cp <= 0x20c0 && cp !== 0x20ac))
    return 'latin-ext';
  return 'latin';
}

/** Combining marks and joiners stay in the run of the letter they belong to. */
function joinsPrevious(cp: number): boolean {
  return (cp >= 0x300 && cp <= 0x36f) || cp === 0x200c || cp === 0x200d;
}

/** A text cut into runs of one font file each: "Ketua: ประเทศไทย" -> [latin "Ketua: "], [thai "ประเทศไทย"]. */
export function scriptRuns(text: string): { subset: Subset; text: string }[] {
  const runs: { subset: Subset; text: string }[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const last = runs.at(-1);
    // Spaces and punctuation shared by every file stay in the current run, so a Thai sentence is not cut at each space.
    const subset = last && (joinsPrevious(cp) || (cp < 0x80 && !/[A-Za-z0-9]/.test(ch))) ? last.subset : subsetOf(cp);
    if (last && last.subset === subset) last.text += ch;
    else runs.push({ subset, text: ch });
  }
  return runs;
}

/** Registers the portal's fonts on a new document and sets the regular one. Call once per document. */
export function usePortalFonts(doc: Doc): void {
  for (const subset of ['latin', 'latin-ext', 'thai'] as const)
    for (const weight of [400, 700] as const) doc.registerFont(fontName(subset, weight), fontFile(subset, weight));
  doc.font(fontName('latin', 400));
}

export interface WriteOptions extends PDFKit.Mixins.TextOptions {
  bold?: boolean;
  size?: number;
}

/**
 * Writes a text in the portal's fonts, in as many runs as it has scripts. Options apply as to doc.text(); x and y
 * place the first run, the others follow it. Leaves the document in the regular Latin font.
 */
export function write(doc: Doc, text: string, options: WriteOptions = {}, at?: { x: number; y: number }): Doc {
  const { bold, size, ...textOptions } = options;
  if (size !== undefined) doc.fontSize(size);
  const weight: Weight = bold ? 700 : 400;
  const runs = text === '' ? [{ subset: 'latin' as Subset, text: '' }] : scriptRuns(text);
  runs.forEach((run, i) => {
    doc.font(fontName(run.subset, weight));
    const opts = { ...textOptions, continued: i < runs.length - 1 ? true : textOptions.continued };
    if (i === 0 && at) doc.text(run.text, at.x, at.y, opts);
    else doc.text(run.text, opts);
  });
  if (!textOptions.continued) doc.font(fontName('latin', 400));
  return doc;
}
