// PDFs print Thai and Indonesian with the fonts shipped with the app: no built-in Helvetica (which has no Thai and
// prints empty boxes), and every letter of a Thai report mapped in the embedded Noto Sans Thai.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { AnnualReport } from '../modules/groups/reports/annual.js';
import { annualReportPdf } from '../modules/groups/reports/annual-pdf.js';
import { scriptRuns } from './fonts.js';

/** The code points a PDF's embedded fonts can print, read from their ToUnicode maps. */
function printable(pdf: Buffer): Set<number> {
  const found = new Set<number>();
  const raw = pdf.toString('latin1');
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    let body: string;
    try {
      body = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    if (!body.includes('beginbfrange') && !body.includes('beginbfchar')) continue;
    for (const hex of body.matchAll(/<([0-9a-f]{4})>/gi)) found.add(Number.parseInt(hex[1], 16));
  }
  return found;
}

const report: AnnualReport = {
  groupCode: 'TIP',
  groupName: 'คณะทำงานว่าด้วยการค้ามนุษย์',
  year: 2025,
  coChairs: ['THA', 'IDN'],
  memberStates: ['THA', 'IDN', 'AUS'],
  meetings: [
    {
      title: 'การประชุมโต๊ะกลม',
      startsOn: '2025-03-01',
      location: 'กรุงเทพฯ',
      chathamHouse: true,
      agenda: ['เปิดการประชุม'],
      decisions: ['รับรองแผนงาน'],
      documents: [],
      noteCount: 2,
      participantCount: 1,
    },
  ],
  actions: [{ description: 'จัดทำแผนที่ท่าเรือ', responsibleStates: ['IDN'], dueOn: '2025-06-01', status: 'open', overdue: false, meeting: 'x' }],
  actionTotals: { total: 1, open: 1, done: 0, dropped: 0, overdue: 0 },
  statements: [],
  generatedAt: new Date('2025-12-01T00:00:00Z'),
  demo: true,
};

describe('PDF fonts', () => {
  it('cuts a text into runs by the font file that holds its letters, keeping spaces inside a Thai run', () => {
    expect(scriptRuns('Ketua: ประเทศไทย และ อินโดนีเซีย, Łódź')).toEqual([
      { subset: 'latin', text: 'Ketua: ' },
      { subset: 'thai', text: 'ประเทศไทย และ อินโดนีเซีย, ' },
      { subset: 'latin-ext', text: 'Ł' },
      { subset: 'latin', text: 'ód' },
      { subset: 'latin-ext', text: 'ź' },
    ]);
  });

  it('prints a Thai annual report in Noto Sans Thai, every Thai letter it uses mapped, no built-in font', async () => {
    const pdf = await annualReportPdf(report, 'th');
    const raw = pdf.toString('latin1');
    expect(raw).toContain('NotoSansThai');
    expect(raw).not.toMatch(/Helvetica/);
    const letters = printable(pdf);
    const used = [...new Set([...'คณะทำงานว่าด้วยการค้ามนุษย์ รายงาน ประธานร่วม อินโดนีเซีย'].map((c) => c.codePointAt(0)!))].filter((c) => c > 0x0e00 && c < 0x0e80);
    expect(used.filter((c) => !letters.has(c))).toEqual([]);
  });

  it('prints the same report in Bahasa Indonesia with the Indonesian words and state names', async () => {
    const pdf = await annualReportPdf({ ...report, groupName: 'Kelompok Kerja' }, 'id');
    const letters = printable(pdf);
    for (const c of 'Ketua bersama Thailand') expect(letters.has(c.codePointAt(0)!)).toBe(true);
  });
});
