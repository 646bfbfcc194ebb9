// Regional legislation report (PDF with the indicator sentences, a map and tables) and CSV/XLSX exports of
// assessments and coverage, each stamped with its as-of date and catalogue version, and labelled where demo data is in it.
import { csvText } from '../../csv.js';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { baliProcessExtent, frameExtent, shapePath, stateShapes } from '../../../web/components/map/worldGeometry.js';
import type { CoverageService } from './coverage.js';
import type { LegislationService } from './service.js';

export type ExportFile = 'assessments.csv' | 'coverage.csv' | 'assessments.xlsx' | 'coverage.xlsx' | 'report.pdf';
type Table = { stamp: string; header: string[]; rows: (string | number | boolean | null)[][] };

const CONTENT_TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export class LegislationExports {
  constructor(private readonly legislation: LegislationService, private readonly coverage: CoverageService) {}

  private async assessmentsTable(asOf?: string, version?: number): Promise<Table> {
    const c = await this.coverage.coverage(asOf, version);
    const { standards } = await this.legislation.standards(c.catalogueVersion);
    const codes = c.states.map((s) => s.code);
    const { snapshot } = await this.coverage.snapshot(c.asOf, codes, c.catalogueVersion);
    const rows = c.states.flatMap((state) => standards.filter((s) => s.assessable).map((s) => {
      const cell = snapshot.cell(state.code, s.id);
      return [state.code, state.name, s.id, s.title, cell?.status ?? 'unknown', cell?.valid_from ?? null, cell?.assessment_id ?? null, cell?.demo ?? false, c.asOf, c.catalogueVersion];
    }));
    return {
      stamp: stamp(c.asOf, c.catalogueVersion, c.demo),
      header: ['state', 'state_name', 'standard_id', 'standard_title', 'status', 'valid_from', 'assessment_id', 'demo', 'as_of', 'catalogue_version'],
      rows,
    };
  }

  private async coverageTable(asOf?: string, version?: number): Promise<Table> {
    const c = await this.coverage.coverage(asOf, version);
    const rows = [
      ...c.standards.map((s) => ['standard', s.id, s.title, s.counts.met, s.counts.partly, s.counts.in_drafting, s.counts.not_met, s.counts.unknown, null, s.states.met.join(' '), s.demoStates.length > 0, c.asOf, c.catalogueVersion]),
      ...c.indicators.map((i) => ['indicator', i.id, i.sentence, null, null, null, null, null, i.count, i.states.join(' '), i.demo, c.asOf, c.catalogueVersion]),
      ...c.indicators.filter((i) => i.treaty).map((i) => ['indicator_from_treaties', i.id, i.treaty!.sentence, null, null, null, null, null, i.treaty!.count, i.treaty!.states.join(' '), false, c.asOf, c.catalogueVersion]),
      ...c.treaties.map((t) => ['treaty', t.instrument, treatyLine(t), null, null, null, null, null, t.count, t.states.join(' '), false, c.asOf, c.catalogueVersion]),
    ];
    return {
      stamp: stamp(c.asOf, c.catalogueVersion, c.demo),
      header: ['kind', 'id', 'title', 'met', 'partly', 'in_drafting', 'not_met', 'unknown', 'count', 'states', 'demo', 'as_of', 'catalogue_version'],
      rows,
    };
  }

  async render(file: ExportFile, asOf?: string, version?: number): Promise<{ body: Buffer; contentType: string; filename: string }> {
    const [name, ext] = file.split('.') as ['assessments' | 'coverage' | 'report', 'csv' | 'xlsx' | 'pdf'];
    const asOfDate = this.coverage.checkAsOf(asOf);
    const v = (await this.legislation.standards(version)).version;
    const filename = `legislation-${name}-${asOfDate}-v${v}.${ext}`;
    if (ext === 'pdf') return { body: await this.report(asOfDate, v), contentType: CONTENT_TYPES.pdf, filename };
    const table = name === 'assessments' ? await this.assessmentsTable(asOfDate, v) : await this.coverageTable(asOfDate, v);
    const body = ext === 'csv' ? Buffer.from(csvText([table.header, ...table.rows])) : await xlsx(name, table);
    return { body, contentType: CONTENT_TYPES[ext], filename };
  }

  private async report(asOf: string, version: number): Promise<Buffer> {
    const c = await this.coverage.coverage(asOf, version);
    const doc = new PDFDocument({ size: 'A4', margin: 40, info: { Title: `Regional legislation report as of ${asOf}` } });
    const chunks: Buffer[] = [];
    doc.on('data', (b: Buffer) => chunks.push(b));
    const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
    doc.fontSize(18).text('Bali Process: regional legislation report');
    doc.fontSize(10).fillColor('#444').text(stamp(c.asOf, c.catalogueVersion, c.demo)).moveDown();
    if (c.demo) doc.fillColor('#b00').text('DEMO: this report includes synthetic demo assessments; they are not real data.').moveDown();
    doc.fillColor('#000').fontSize(13).text('Headline indicators').fontSize(10);
    for (const i of c.indicators) {
      doc.text(`• ${i.sentence}${i.demo ? ' [demo]' : ''}${i.computable ? ` (${i.states.join(', ') || 'no state'})` : ''}`);
      if (i.treaty) doc.text(`   From treaty data: ${i.treaty.sentence}`);
    }
    for (const t of c.treaties) doc.text(`• ${treatyLine(t)}`);
    doc.moveDown();
    const place = c.indicators.find((i) => i.id === 'criminalisation_in_place');
    doc.fontSize(13).text(`Map: ${place ? 'states counted in criminalisation_in_place' : 'coverage'}`).moveDown(0.3);
    drawMap(doc, new Set(place?.states ?? []), new Set(c.states.map((s) => s.code)));
    doc.addPage().fontSize(13).text('Coverage per standard (number of states)').fontSize(8).moveDown(0.3);
    const cols = [40, 90, 330, 370, 410, 455, 500];
    const head = ['id', 'standard', 'met', 'partly', 'drafting', 'not met', 'unknown'];
    const row = (cells: (string | number)[]) => {
      const y = doc.y;
      cells.forEach((cell, k) => doc.text(String(cell), cols[k], y, { width: (cols[k + 1] ?? 560) - cols[k] - 4, lineBreak: false, ellipsis: true }));
      doc.x = 40;
      doc.moveDown(0.4);
    };
    row(head);
    for (const s of c.standards) row([s.id, s.title, s.counts.met, s.counts.partly, s.counts.in_drafting, s.counts.not_met, s.counts.unknown]);
    doc.end();
    await done;
    return Buffer.concat(chunks);
  }
}

function stamp(asOf: string, version: number, demo: boolean): string {
  return `As of ${asOf}; standards catalogue version ${version}; validated assessments only${demo ? '; includes DEMO data' : ''}.`;
}

async function xlsx(name: string, table: Table): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(name);
  sheet.addRow([table.stamp]);
  sheet.addRow(table.header).font = { bold: true };
  for (const r of table.rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The region's choropleth drawn as vector paths (no image, no network): counted states dark, other members light. */
function drawMap(doc: PDFKit.PDFDocument, counted: Set<string>, members: Set<string>) {
  const width = 515;
  const { height } = frameExtent(baliProcessExtent, width);
  const path = shapePath(baliProcessExtent, width);
  const x0 = 40;
  const y0 = doc.y;
  doc.save().translate(x0, y0);
  for (const shape of stateShapes) {
    const d = path(shape.feature);
    if (!d) continue;
    const colour = shape.iso3 && counted.has(shape.iso3) ? '#1b6ca8' : shape.iso3 && members.has(shape.iso3) ? '#cfe0ee' : '#eeeeee';
    doc.path(d).lineWidth(0.2).fillAndStroke(colour, '#888');
  }
  doc.restore();
  doc.y = y0 + height + 8;
  doc.fontSize(8).fillColor('#000').text('Dark: counted; light: member state not counted (including unknown); grey: not a member.', x0);
}

/** "Parties to TIP on 2020-01-01: 30 (2 on a month or year only); UN Treaty Collection table complete to 2014-07-10." */
function treatyLine(t: { instrument: string; count: number | null; approximateStates: string[]; snapshot: string | null; complete: boolean }): string {
  if (t.count === null) return `Parties to ${t.instrument}: unknown (treaty status data has not arrived)`;
  const approx = t.approximateStates.length ? ` (${t.approximateStates.length} on a month or year reported later: ${t.approximateStates.join(', ')})` : '';
  return `Parties to ${t.instrument}: ${t.count}${approx}; dated table complete to ${t.snapshot}${t.complete ? '' : ', later actions may be missing'}`;
}
