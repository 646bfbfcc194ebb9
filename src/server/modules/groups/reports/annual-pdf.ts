// Renders the annual report to the Steering Group as a PDF in the reader's language (pdfkit with the portal's own
// fonts, so Thai prints; no network).
import PDFDocument from 'pdfkit';
import { catalogue } from '../../../i18n/catalogue.js';
import { usePortalFonts, write } from '../../../i18n/fonts.js';
import type { Lang } from '../../../i18n/languages.js';
import { memberName } from '../../../i18n/states.js';
import { day, messages } from '../../../i18n/text.js';
import type { AnnualReport } from './annual.js';

const say = messages(
  'groups.annualPdf',
  catalogue({
    en: {
      title: '{{group}}: annual report {{year}}',
      demo: 'DEMO DATA: synthetic, not a real report',
      subtitle: 'Written report of the co-chairs to the Bali Process Steering Group, {{year}}',
      coChairs: 'Co-chairs: {{names}}.',
      noCoChairs: 'Co-chairs: not decided.',
      memberStates: 'Member states: {{names}}.',
      meetings: 'Meetings ({{count}})',
      noMeetings: 'The working group did not meet this year.',
      participants_one: '{{count}} participant',
      participants_other: '{{count}} participants',
      chathamHouse: 'held under the Chatham House rule',
      notes_one: '{{count}} note of discussion',
      notes_other: '{{count}} notes of discussion',
      agenda: 'Agenda: {{items}}',
      decision: 'Decision: {{text}}',
      actions: 'Actions arising ({{total}}: {{done}} done, {{open}} open of which {{overdue}} overdue, {{dropped}} dropped)',
      allMembers: 'all members',
      due: 'due {{date}}',
      status: { open: 'open', done: 'done', dropped: 'dropped', overdue: 'OVERDUE' },
      statements: 'Public statements ({{count}})',
      generated: 'Generated {{at}} from the portal\u2019s records of meetings and actions.',
    },
    id: {
      title: '{{group}}: laporan tahunan {{year}}',
      demo: 'DATA DEMO: sintetis, bukan laporan sebenarnya',
      subtitle: 'Laporan tertulis para ketua bersama kepada Kelompok Pengarah Proses Bali, {{year}}',
      coChairs: 'Ketua bersama: {{names}}.',
      noCoChairs: 'Ketua bersama: belum ditetapkan.',
      memberStates: 'Negara anggota: {{names}}.',
      meetings: 'Rapat ({{count}})',
      noMeetings: 'Kelompok kerja tidak mengadakan rapat tahun ini.',
      participants_other: '{{count}} peserta',
      chathamHouse: 'diselenggarakan dengan aturan Chatham House',
      notes_other: '{{count}} catatan pembahasan',
      agenda: 'Agenda: {{items}}',
      decision: 'Keputusan: {{text}}',
      actions: 'Tindak lanjut ({{total}}: {{done}} selesai, {{open}} masih berjalan, {{overdue}} di antaranya melewati tenggat, {{dropped}} dibatalkan)',
      allMembers: 'semua anggota',
      due: 'tenggat {{date}}',
      status: { open: 'berjalan', done: 'selesai', dropped: 'dibatalkan', overdue: 'LEWAT TENGGAT' },
      statements: 'Pernyataan publik ({{count}})',
      generated: 'Dibuat pada {{at}} dari catatan rapat dan tindak lanjut di portal.',
    },
    th: {
      title: '{{group}}: รายงานประจำปี {{year}}',
      demo: 'ข้อมูลสาธิต: ข้อมูลสังเคราะห์ ไม่ใช่รายงานจริง',
      subtitle: 'รายงานเป็นลายลักษณ์อักษรของประธานร่วมต่อคณะกรรมการอำนวยการกระบวนการบาหลี ปี {{year}}',
      coChairs: 'ประธานร่วม: {{names}}',
      noCoChairs: 'ประธานร่วม: ยังไม่ได้กำหนด',
      memberStates: 'รัฐสมาชิก: {{names}}',
      meetings: 'การประชุม ({{count}})',
      noMeetings: 'คณะทำงานไม่ได้ประชุมในปีนี้',
      participants_other: 'ผู้เข้าร่วม {{count}} คน',
      chathamHouse: 'ประชุมภายใต้กฎแชทัมเฮาส์',
      notes_other: 'บันทึกการหารือ {{count}} ฉบับ',
      agenda: 'ระเบียบวาระ: {{items}}',
      decision: 'มติ: {{text}}',
      actions: 'การดำเนินการที่เกิดขึ้น ({{total}}: เสร็จสิ้น {{done}} อยู่ระหว่างดำเนินการ {{open}} ในจำนวนนี้เลยกำหนด {{overdue}} ยกเลิก {{dropped}})',
      allMembers: 'สมาชิกทั้งหมด',
      due: 'กำหนดเสร็จ {{date}}',
      status: { open: 'อยู่ระหว่างดำเนินการ', done: 'เสร็จสิ้น', dropped: 'ยกเลิก', overdue: 'เลยกำหนด' },
      statements: 'ถ้อยแถลงต่อสาธารณะ ({{count}})',
      generated: 'จัดทำเมื่อ {{at}} จากบันทึกการประชุมและการดำเนินการในพอร์ทัล',
    },
  }),
);

type Status = 'open' | 'done' | 'dropped';
const isStatus = (s: string): s is Status => s === 'open' || s === 'done' || s === 'dropped';

export function annualReportPdf(r: AnnualReport, lang: Lang = 'en'): Promise<Buffer> {
  const text = (t: ReturnType<typeof say>) => t.render(lang);
  const names = (codes: string[]) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(codes.map((c) => memberName(lang, c)));
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    lang,
    info: { Title: text(say('title', { group: r.groupName, year: String(r.year) })), Author: 'Bali Portal' },
  });
  usePortalFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const heading = (t: string) => {
    doc.moveDown(0.8);
    write(doc, t, { bold: true, size: 13 });
    doc.fontSize(10).moveDown(0.3);
  };

  if (r.demo) {
    doc.fillColor('#a00');
    write(doc, text(say('demo')), { bold: true, size: 9 });
    doc.fillColor('black').moveDown(0.5);
  }
  write(doc, r.groupName, { bold: true, size: 16 });
  write(doc, text(say('subtitle', { year: String(r.year) })), { size: 11 });
  doc.fontSize(10);
  write(
    doc,
    `${text(r.coChairs.length ? say('coChairs', { names: names(r.coChairs) }) : say('noCoChairs'))} ${text(say('memberStates', { names: names(r.memberStates) }))}`,
  );

  heading(text(say('meetings', { count: r.meetings.length })));
  if (r.meetings.length === 0) write(doc, text(say('noMeetings')));
  for (const m of r.meetings) {
    write(doc, `${text(day(m.startsOn))}  ${m.title}${m.location ? `, ${m.location}` : ''}`, { bold: true });
    const facts = [
      text(say('participants', { count: m.participantCount })),
      ...(m.chathamHouse ? [text(say('chathamHouse'))] : []),
      text(say('notes', { count: m.noteCount })),
    ];
    write(doc, `${facts.join('; ')}.`);
    if (m.agenda.length) write(doc, text(say('agenda', { items: m.agenda.map((a, i) => `${i + 1}. ${a}`).join('  ') })));
    for (const d of m.decisions) write(doc, text(say('decision', { text: d })), { indent: 12 });
    doc.moveDown(0.4);
  }

  const t = r.actionTotals;
  heading(text(say('actions', { total: t.total, done: t.done, open: t.open, overdue: t.overdue, dropped: t.dropped })));
  for (const a of r.actions) {
    const status = a.overdue ? text(say('status.overdue')) : isStatus(a.status) ? text(say(`status.${a.status}`)) : a.status;
    const who = a.responsibleStates.length ? names(a.responsibleStates) : text(say('allMembers'));
    write(doc, `[${status}] ${a.description} (${who}${a.dueOn ? `, ${text(say('due', { date: day(a.dueOn) }))}` : ''})`);
  }

  heading(text(say('statements', { count: r.statements.length })));
  for (const s of r.statements) write(doc, `${text(day(s.publishedAt))}  ${s.title}`);

  doc.moveDown(1).fillColor('#555');
  write(doc, text(say('generated', { at: r.generatedAt.toISOString().slice(0, 16).replace('T', ' ') + ' UTC' })), { size: 8 });
  doc.end();
  return done;
}
