// Renders the annual report to the Steering Group as a PDF (pdfkit, built-in fonts, no network).
import PDFDocument from 'pdfkit';
import type { AnnualReport } from './annual.js';

export function annualReportPdf(r: AnnualReport): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `${r.groupName}: annual report ${r.year}`, Author: 'Bali Portal' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const heading = (t: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).text(t).font('Helvetica').fontSize(10).moveDown(0.3);

  if (r.demo) doc.font('Helvetica-Bold').fontSize(9).fillColor('#a00').text('DEMO DATA: synthetic, not a real report').fillColor('black').moveDown(0.5);
  doc.font('Helvetica-Bold').fontSize(16).text(r.groupName);
  doc.font('Helvetica').fontSize(11).text(`Written report of the co-chairs to the Bali Process Steering Group, ${r.year}`);
  doc.fontSize(10).text(`Co-chairs: ${r.coChairs.join(' and ') || 'not decided'}. Member states: ${r.memberStates.join(', ')}.`);

  heading(`Meetings (${r.meetings.length})`);
  if (r.meetings.length === 0) doc.text('The working group did not meet this year.');
  for (const m of r.meetings) {
    doc.font('Helvetica-Bold').text(`${m.startsOn}  ${m.title}${m.location ? `, ${m.location}` : ''}`).font('Helvetica');
    doc.text(`${m.participantCount} participant(s)${m.chathamHouse ? '; held under the Chatham House rule' : ''}; ${m.noteCount} note(s) of discussion.`);
    if (m.agenda.length) doc.text(`Agenda: ${m.agenda.map((a, i) => `${i + 1}. ${a}`).join('  ')}`);
    for (const d of m.decisions) doc.text(`Decision: ${d}`, { indent: 12 });
    doc.moveDown(0.4);
  }

  const t = r.actionTotals;
  heading(`Actions arising (${t.total}: ${t.done} done, ${t.open} open of which ${t.overdue} overdue, ${t.dropped} dropped)`);
  for (const a of r.actions)
    doc.text(`[${a.overdue ? 'OVERDUE' : a.status}] ${a.description} (${a.responsibleStates.join(', ') || 'all members'}${a.dueOn ? `, due ${a.dueOn}` : ''})`);

  heading(`Public statements (${r.statements.length})`);
  for (const s of r.statements) doc.text(`${s.publishedAt.toISOString().slice(0, 10)}  ${s.title}`);

  doc.moveDown(1).fontSize(8).fillColor('#555').text(`Generated ${r.generatedAt.toISOString()} from the portal's records of meetings and actions.`);
  doc.end();
  return done;
}
