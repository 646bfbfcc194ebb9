// Streams what the user may read as FtM JSON Lines, CSV or GraphML, page by page, never the whole set in memory.

import type { Subject } from '../../access/subject.js';
import { csvText } from '../../csv.js';
import { linkToFtm } from './ftm.js';
import { ftmSchema } from './ftm-model.js';
import type { NetworksStore, StoredEntity, StoredLink } from './store.js';

export type ExportFormat = 'ftm' | 'csv' | 'graphml';
const page = 1000;

function provenanceOf(row: StoredEntity | StoredLink) {
  return {
    classification: row.classification,
    reliability: row.reliability ?? undefined,
    credibility: row.credibility ?? undefined,
    report: row.sourceReport ?? undefined,
    sourceState: row.sourceState ?? undefined,
    releasableStates: row.releasableStates,
    releasableGroups: row.releasableGroups,
    ...('modusOperandi' in row && row.modusOperandi.length ? { modusOperandi: row.modusOperandi } : {}),
    ...(row.demo ? { demo: true } : {}),
  };
}

/** The entity as it came: id, schema, properties and the FtM tools' top-level keys (datasets, referents ...), plus `bali`. */
export function entityToFtm(e: StoredEntity) {
  return { id: e.id, schema: e.schema, caption: e.caption, properties: e.properties, ...e.context, bali: provenanceOf(e) };
}

/** An imported FtM edge travels back exactly as it came; a link recorded in the portal travels as its FtM equivalent. */
export function storedLinkToFtm(l: StoredLink) {
  const edge = ftmSchema(l.schema)?.edge;
  if (edge && l.properties[edge.source]?.length && l.properties[edge.target]?.length)
    return { id: l.id, schema: l.schema, properties: l.properties, ...l.context, bali: provenanceOf(l) };
  return { ...linkToFtm(l), ...l.context, bali: provenanceOf(l) };
}

async function* entities(store: NetworksStore, subject: Subject, ids?: string[]) {
  let after = '';
  for (;;) {
    const rows = await store.entityPage(subject, after, page, ids);
    if (!rows.length) return;
    yield rows;
    after = rows[rows.length - 1].id;
  }
}

async function* links(store: NetworksStore, subject: Subject, ids?: string[]) {
  let after = '';
  for (;;) {
    const rows = await store.linkPage(subject, after, page, ids);
    if (!rows.length) return;
    yield rows;
    after = rows[rows.length - 1].id;
  }
}

const xml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const csvColumns = [
  'id',
  'kind',
  'schema',
  'caption',
  'names',
  'birthDate',
  'nationality',
  'country',
  'identifiers',
  'latitude',
  'longitude',
  'startDate',
  'endDate',
  'modusOperandi',
  'sourceState',
  'sourceReport',
  'reliability',
  'credibility',
  'classification',
] as const;
const linkCsvColumns = [
  'id',
  'role',
  'sourceId',
  'targetId',
  'startDate',
  'endDate',
  'sourceState',
  'sourceReport',
  'reliability',
  'credibility',
  'classification',
] as const;

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join('; ') : String(value);
}

/** The export as a sequence of text chunks; `ids` narrows it to a selection (links only between selected entities). */
export async function* exportNetwork(store: NetworksStore, subject: Subject, format: ExportFormat, ids?: string[], what: 'entities' | 'links' = 'entities') {
  if (format === 'ftm') {
    for await (const rows of entities(store, subject, ids)) yield rows.map((e) => `${JSON.stringify(entityToFtm(e))}\n`).join('');
    for await (const rows of links(store, subject, ids)) yield rows.map((l) => `${JSON.stringify(storedLinkToFtm(l))}\n`).join('');
    return;
  }
  if (format === 'csv') {
    if (what === 'links') {
      yield csvText([[...linkCsvColumns]]);
      for await (const rows of links(store, subject, ids)) yield csvText(rows.map((l) => linkCsvColumns.map((c) => csvCell(l[c]))));
      return;
    }
    yield csvText([[...csvColumns]]);
    for await (const rows of entities(store, subject, ids)) yield csvText(rows.map((e) => csvColumns.map((c) => csvCell(e[c]))));
    return;
  }
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
    '<key id="label" for="node" attr.name="label" attr.type="string"/>\n<key id="kind" for="node" attr.name="kind" attr.type="string"/>\n' +
    '<key id="grading" for="all" attr.name="grading" attr.type="string"/>\n<key id="role" for="edge" attr.name="role" attr.type="string"/>\n' +
    '<graph id="network" edgedefault="directed">\n';
  for await (const rows of entities(store, subject, ids))
    yield rows
      .filter((e) => e.kind !== 'leg')
      .map(
        (e) =>
          `<node id="${xml(e.id)}"><data key="label">${xml(e.caption)}</data><data key="kind">${e.kind}</data>` +
          `<data key="grading">${e.reliability ?? ''}${e.credibility ?? ''}</data></node>\n`,
      )
      .join('');
  for await (const rows of links(store, subject, ids))
    yield rows
      .map(
        (l) =>
          `<edge id="${xml(l.id)}" source="${xml(l.sourceId)}" target="${xml(l.targetId)}"><data key="role">${xml(l.role)}</data>` +
          `<data key="grading">${l.reliability ?? ''}${l.credibility ?? ''}</data></edge>\n`,
      )
      .join('');
  yield '</graph>\n</graphml>\n';
}
