// Regional legislation report (PDF with the indicator sentences, a map and tables) and CSV/XLSX exports of
// assessments and coverage, each stamped with its as-of date and catalogue version, and labelled where demo data is in it.
// The PDF and the XLSX are for people: in the reader's language, in fonts that print Thai. The CSV is data: machine columns.

import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { baliProcessExtent, frameExtent, shapePath, stateShapes } from '../../../web/components/map/worldGeometry.js';
import { csvText } from '../../csv.js';
import { usePortalFonts, write } from '../../i18n/fonts.js';
import type { Lang } from '../../i18n/languages.js';
import { memberName } from '../../i18n/states.js';
import { indicatorSentence, label } from '../../i18n/vocabulary.js';
import type { CoverageService } from './coverage.js';
import { say } from './export-messages.js';
import type { LegislationService } from './service.js';

export type ExportFile = 'assessments.csv' | 'coverage.csv' | 'assessments.xlsx' | 'coverage.xlsx' | 'report.pdf';
type Table = { stamp: string; header: string[]; rows: (string | number | boolean | null)[][] };

const CONTENT_TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export class LegislationExports {
  constructor(
    private readonly legislation: LegislationService,
    private readonly coverage: CoverageService,
  ) {}

  private async assessmentsTable(asOf?: string, version?: number, lang: Lang = 'en'): Promise<Table> {
    const c = await this.coverage.coverage(asOf, version);
    const { standards } = await this.legislation.standards(c.catalogueVersion);
    const codes = c.states.map((s) => s.code);
    const { snapshot } = await this.coverage.snapshot(c.asOf, codes, c.catalogueVersion);
    const rows = c.states.flatMap((state) =>
      standards
        .filter((s) => s.assessable)
        .map((s) => {
          const cell = snapshot.cell(state.code, s.id);
          return [
            state.code,
            state.name,
            s.id,
            s.title,
            cell?.status ?? 'unknown',
            cell?.valid_from ?? null,
            cell?.assessment_id ?? null,
            cell?.demo ?? false,
            c.asOf,
            c.catalogueVersion,
          ];
        }),
    );
    return {
      stamp: stamp(c.asOf, c.catalogueVersion, c.demo, lang),
      header: ['state', 'state_name', 'standard_id', 'standard_title', 'status', 'valid_from', 'assessment_id', 'demo', 'as_of', 'catalogue_version'],
      rows,
    };
  }

  private async coverageTable(asOf?: string, version?: number, lang: Lang = 'en'): Promise<Table> {
    const c = await this.coverage.coverage(asOf, version);
    const rows = [
      ...c.standards.map((s) => [
        'standard',
        s.id,
        s.title,
        s.counts.met,
        s.counts.partly,
        s.counts.in_drafting,
        s.counts.not_met,
        s.counts.unknown,
        null,
        s.states.met.join(' '),
        s.demoStates.length > 0,
        c.asOf,
        c.catalogueVersion,
      ]),
      ...c.indicators.map((i) => [
        'indicator',
        i.id,
        i.sentence.render(lang),
        null,
        null,
        null,
        null,
        null,
        i.count,
        i.states.join(' '),
        i.demo,
        c.asOf,
        c.catalogueVersion,
      ]),
      ...c.indicators
        .filter((i) => i.treaty)
        .map((i) => [
          'indicator_from_treaties',
          i.id,
          i.treaty!.sentence.render(lang),
          null,
          null,
          null,
          null,
          null,
          i.treaty!.count,
          i.treaty!.states.join(' '),
          false,
          c.asOf,
          c.catalogueVersion,
        ]),
      ...c.treaties.map((t) => [
        'treaty',
        t.instrument,
        treatyLine(t, lang),
        null,
        null,
        null,
        null,
        null,
        t.count,
        t.states.join(' '),
        false,
        c.asOf,
        c.catalogueVersion,
      ]),
    ];
    return {
      stamp: stamp(c.asOf, c.catalogueVersion, c.demo, lang),
      header: ['kind', 'id', 'title', 'met', 'partly', 'in_drafting', 'not_met', 'unknown', 'count', 'states', 'demo', 'as_of', 'catalogue_version'],
      rows,
    };
  }

  async render(file: ExportFile, asOf?: string, version?: number, lang: Lang = 'en'): Promise<{ body: Buffer; contentType: string; filename: string }> {
    const [name, ext] = file.split('.') as ['assessments' | 'coverage' | 'report', 'csv' | 'xlsx' | 'pdf'];
    const asOfDate = this.coverage.checkAsOf(asOf);
    const v = (await this.legislation.standards(version)).version;
    const filename = `legislation-${name}-${asOfDate}-v${v}.${ext}`;
    if (ext === 'pdf') return { body: await this.report(asOfDate, v, lang), contentType: CONTENT_TYPES.pdf, filename };
    // The CSV is data for other systems: English sentences and machine columns whoever downloads it.
    const tableLang = ext === 'csv' ? 'en' : lang;
    const table = name === 'assessments' ? await this.assessmentsTable(asOfDate, v, tableLang) : await this.coverageTable(asOfDate, v, tableLang);
    const body = ext === 'csv' ? Buffer.from(csvText([table.header, ...table.rows])) : await xlsx(name, forPeople(table, lang));
    return { body, contentType: CONTENT_TYPES[ext], filename };
  }

  private async report(asOf: string, version: number, lang: Lang): Promise<Buffer> {
    const c = await this.coverage.coverage(asOf, version);
    const text = (t: ReturnType<typeof say>) => t.render(lang);
    const doc = new PDFDocument({ size: 'A4', margin: 40, lang, info: { Title: text(say('infoTitle', { asOf })) } });
    usePortalFonts(doc);
    const chunks: Buffer[] = [];
    doc.on('data', (b: Buffer) => chunks.push(b));
    const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
    write(doc, text(say('title')), { size: 18 });
    doc.fillColor('#444');
    write(doc, stamp(c.asOf, c.catalogueVersion, c.demo, lang), { size: 10 });
    doc.moveDown();
    if (c.demo) {
      doc.fillColor('#b00');
      write(doc, text(say('demo')));
      doc.moveDown();
    }
    doc.fillColor('#000');
    write(doc, text(say('indicators')), { size: 13 });
    doc.fontSize(10);
    for (const i of c.indicators) {
      const sentence =
        i.count === null
          ? text(say('indicatorUnknown', { name: label(lang, 'indicatorName', i.id) }))
          : indicatorSentence(i.id, i.count, i.wording).render(lang);
      const states = i.computable ? ` (${i.states.map((code) => memberName(lang, code)).join(', ') || text(say('noState'))})` : '';
      write(doc, `• ${sentence}${i.demo ? ` ${text(say('demoMark'))}` : ''}${states}`);
      if (i.treaty) write(doc, `   ${text(say('fromTreaties', { sentence: treatyLine({ ...i.treaty, instrument: i.treaty.instruments.join(', ') }, lang) }))}`);
    }
    for (const t of c.treaties) write(doc, `• ${treatyLine(t, lang)}`);
    doc.moveDown();
    const place = c.indicators.find((i) => i.id === 'criminalisation_in_place');
    write(doc, text(place ? say('mapOf', { name: label(lang, 'indicatorName', place.id) }) : say('mapCoverage')), { size: 13 });
    doc.moveDown(0.3);
    drawMap(doc, new Set(place?.states ?? []), new Set(c.states.map((s) => s.code)), text(say('legend')));
    doc.addPage();
    write(doc, text(say('perStandard')), { size: 13 });
    doc.fontSize(8).moveDown(0.3);
    const cols = [40, 90, 330, 370, 410, 455, 500];
    const head = (['id', 'standard', 'met', 'partly', 'drafting', 'notMet', 'unknown'] as const).map((k) => text(say(`columns.${k}`)));
    const row = (cells: (string | number)[]) => {
      const y = doc.y;
      cells.forEach((cell, k) => write(doc, String(cell), { width: (cols[k + 1] ?? 560) - cols[k] - 4, lineBreak: false, ellipsis: true }, { x: cols[k], y }));
      doc.x = 40;
      doc.moveDown(0.4);
    };
    row(head);
    for (const s of c.standards)
      row([s.id, label(lang, 'standard', s.id), s.counts.met, s.counts.partly, s.counts.in_drafting, s.counts.not_met, s.counts.unknown]);
    doc.end();
    await done;
    return Buffer.concat(chunks);
  }
}

function stamp(asOf: string, version: number, demo: boolean, lang: Lang = 'en'): string {
  return say(demo ? 'stampDemo' : 'stamp', { asOf, version: String(version) }).render(lang);
}

/** Machine columns of a table -> the sheet's words, for the XLSX a person opens. */
const SHEET_COLUMNS: Record<string, Parameters<typeof say>[0]> = {
  state: 'sheet.state',
  state_name: 'sheet.stateName',
  standard_id: 'sheet.standardId',
  standard_title: 'sheet.standardTitle',
  status: 'sheet.status',
  valid_from: 'sheet.validFrom',
  assessment_id: 'sheet.assessmentId',
  demo: 'sheet.demo',
  as_of: 'sheet.asOf',
  catalogue_version: 'sheet.version',
  kind: 'sheet.kind',
  id: 'sheet.id',
  title: 'sheet.titleOrSentence',
  met: 'columns.met',
  partly: 'columns.partly',
  in_drafting: 'columns.drafting',
  not_met: 'columns.notMet',
  unknown: 'columns.unknown',
  count: 'sheet.count',
  states: 'sheet.states',
};
const ROW_KINDS = ['standard', 'indicator', 'indicator_from_treaties', 'treaty'] as const;

/** The same table in the reader's language: headers in words, statuses, kinds and yes/no labelled, standards titled. */
function forPeople(table: Table, lang: Lang): Table {
  const col = (name: string) => table.header.indexOf(name);
  const words = (key: Parameters<typeof say>[0]) => (say as (k: string) => ReturnType<typeof say>)(key).render(lang);
  const rows = table.rows.map((r) =>
    r.map((cell, k) => {
      const name = table.header[k];
      if (typeof cell === 'boolean') return words(cell ? 'sheet.yes' : 'sheet.no');
      if (name === 'status' && typeof cell === 'string') return label(lang, 'assessmentStatus', cell);
      if (name === 'kind' && typeof cell === 'string' && (ROW_KINDS as readonly string[]).includes(cell))
        return words(`sheet.kinds.${cell as (typeof ROW_KINDS)[number]}`);
      if (name === 'state_name' && col('state') >= 0) return memberName(lang, String(r[col('state')]));
      if (name === 'standard_title' && col('standard_id') >= 0) return label(lang, 'standard', String(r[col('standard_id')]));
      if (name === 'title' && r[col('kind')] === 'standard') return label(lang, 'standard', String(r[col('id')]));
      return cell;
    }),
  );
  return { stamp: table.stamp, header: table.header.map((h) => (SHEET_COLUMNS[h] ? words(SHEET_COLUMNS[h]) : h)), rows };
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
function drawMap(doc: PDFKit.PDFDocument, counted: Set<string>, members: Set<string>, legend: string) {
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
  doc.fillColor('#000');
  write(doc, legend, { size: 8 }, { x: x0, y: doc.y });
}

/** "Parties to TIP on 2020-01-01: 30 (2 on a month or year only); UN Treaty Collection table complete to 2014-07-10." */
function treatyLine(
  t: { instrument: string; count: number | null; approximateStates: string[]; snapshot: string | null; complete: boolean },
  lang: Lang,
): string {
  if (t.count === null) return say('treatyUnknown', { instrument: t.instrument }).render(lang);
  const line = t.approximateStates.length
    ? say('treatyCountApprox', {
        instrument: t.instrument,
        count: t.count,
        approx: t.approximateStates.length,
        states: t.approximateStates.map((c) => memberName(lang, c)).join(', '),
        snapshot: t.snapshot ?? '',
      })
    : say('treatyCount', { instrument: t.instrument, count: t.count, snapshot: t.snapshot ?? '' });
  return t.complete ? line.render(lang) : say('treatyIncomplete', { line }).render(lang);
}
