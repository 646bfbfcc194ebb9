// Renders the small Markdown subset our generated documents use (headings, paragraphs, bullets, **bold**) as a PDF with
// pdfkit, in the portal's own fonts (Thai names and words print; see i18n/fonts.ts).
import PDFDocument from 'pdfkit';
import { usePortalFonts, write } from '../../i18n/fonts.js';

type Doc = InstanceType<typeof PDFDocument>;

/** Writes one line of text whose **bold** spans are set in bold. */
function inline(doc: Doc, text: string, size: number, options: PDFKit.Mixins.TextOptions = {}) {
  const parts = text.split(/(\*\*[^*]+\*\*)/).filter((p) => p !== '');
  if (parts.length === 0) return;
  parts.forEach((part, i) => {
    const bold = part.startsWith('**') && part.endsWith('**');
    write(doc, bold ? part.slice(2, -2) : part, { ...options, bold, size, continued: i < parts.length - 1 });
  });
}

/** A PDF of the Markdown text, with a footer line (e.g. "TEMPLATE: not an endorsed Bali Process text") on every page. */
export function markdownToPdf(markdown: string, meta: { title: string; footer?: string; pageOf?: (page: number, pages: number) => string }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 60, right: 60 },
    info: { Title: meta.title, Creator: 'Bali Portal' },
    bufferPages: true,
  });
  usePortalFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) {
      inline(doc, paragraph.join(' '), 10.5, { align: 'left' });
      doc.moveDown(0.6);
    }
    paragraph = [];
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.trimEnd();
    if (line.startsWith('<!--')) continue;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const size = [0, 18, 15, 12.5, 11][heading[1].length];
      doc.moveDown(0.3);
      write(doc, heading[2].replace(/\*\*/g, ''), { bold: true, size });
      doc.moveDown(0.4);
      continue;
    }
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    if (bullet) {
      flush();
      inline(doc, `•  ${bullet[1]}`, 10.5, { indent: 12 });
      doc.moveDown(0.2);
      continue;
    }
    if (line.startsWith('> ')) {
      paragraph.push(line.slice(2));
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();

  if (meta.footer) {
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.fillColor('#555555');
      write(
        doc,
        `${meta.footer}  ·  ${meta.pageOf?.(i + 1, range.count) ?? `page ${i + 1} of ${range.count}`}`,
        { size: 8, width: doc.page.width - 120, align: 'center', lineBreak: false },
        { x: 60, y: doc.page.height - 40 },
      );
      doc.page.margins.bottom = bottom;
      doc.fillColor('black');
    }
  }
  doc.end();
  return done;
}
