// Import a CSV file: pick the FollowTheMoney schema, say which column holds which property, grade and classify the batch.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api';
import { Form } from '../../components/form';
import { Select } from '../../components/ui';
import { useRunningImport } from './ExchangePage';
import { useFtmLabels } from './ftmLabels';
import { ImportJobView } from './ImportJobView';
import { initialProvenance, ProvenanceFields } from './ProvenanceFields';
import type { ImportJob } from './types';

/** The FtM properties offered per schema (`id` is the column holding a stable id, so re-import updates rather than duplicates). */
const propertiesOfSchema: Record<string, string[]> = {
  Person: ['id', 'name', 'alias', 'birthDate', 'nationality', 'country', 'idNumber', 'phone', 'email'],
  Organization: ['id', 'name', 'alias', 'country', 'registrationNumber', 'phone', 'email'],
  Vessel: ['id', 'name', 'imoNumber', 'mmsi', 'flag', 'type'],
  Vehicle: ['id', 'name', 'registrationNumber', 'country', 'type'],
  Passport: ['id', 'number', 'country', 'type', 'issueDate', 'expiryDate', 'holder'],
  UserAccount: ['id', 'number', 'email', 'service', 'owner'],
  BankAccount: ['id', 'accountNumber', 'bankName', 'country', 'holder'],
  Address: ['id', 'full', 'city', 'country', 'latitude', 'longitude'],
  Event: ['id', 'name', 'startDate', 'endDate', 'country', 'involved'],
};

/** The header row of a CSV file (quoted headers with commas allowed), read from the first 64 KiB only. */
async function headerOf(file: File): Promise<string[]> {
  const text = (await file.slice(0, 65536).text()).replace(/^\uFEFF/, '');
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell.trim());
      cell = '';
    } else if (c === '\n' || c === '\r') break;
    else cell += c;
  }
  cells.push(cell.trim());
  return cells.filter(Boolean);
}

const guess = (column: string, properties: string[]) => properties.find((p) => p.toLowerCase() === column.toLowerCase().replace(/[^a-z]/g, '')) ?? '';

export function CsvImport({ onImported }: { onImported?: () => void }) {
  const { t } = useTranslation('networks');
  const ftm = useFtmLabels();
  const [file, setFile] = useState<File | null>(null);
  const [schema, setSchema] = useState('Person');
  const [columns, setColumns] = useState<string[]>([]);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [provenance, setProvenance] = useState(initialProvenance);
  const [report, setReport] = useState<ImportJob | null>(null);
  const [busy, setBusy] = useState(false);
  const running = useRunningImport(busy);

  async function choose(next: File | null) {
    setFile(next);
    setReport(null);
    const header = next ? await headerOf(next) : [];
    setColumns(header);
    setMapping(Object.fromEntries(header.map((c) => [c, guess(c, propertiesOfSchema[schema]!)])));
  }

  // A refused import (a bad query field, a bad file) is said beside the input it names, or under the form.
  async function submit() {
    if (!file) return;
    // The server takes property -> column; the form asks column -> property, which is how a person reads their file.
    const byProperty = Object.fromEntries(
      Object.entries(mapping)
        .filter(([, p]) => p)
        .map(([column, p]) => [p, column]),
    );
    setBusy(true);
    try {
      const body = new Blob([file], { type: 'text/csv' });
      setReport(
        await api.upload<ImportJob>(
          `/api/networks/import/csv${query({
            schema,
            mapping: JSON.stringify(byProperty),
            classification: provenance.classification,
            reliability: provenance.reliability,
            credibility: provenance.credibility,
            report: provenance.report.trim() || undefined,
            releasableStates:
              provenance.releasableStates
                .split(/[,;\s]+/)
                .filter(Boolean)
                .map((s) => s.toUpperCase())
                .join(',') || undefined,
            releasableGroups:
              provenance.releasableGroups
                .split(/[,;\s]+/)
                .filter(Boolean)
                .join(',') || undefined,
          })}`,
          body,
        ),
      );
    } finally {
      setBusy(false);
      onImported?.();
    }
  }

  const mapped = Object.values(mapping).filter(Boolean);
  return (
    <Form onSubmit={submit} aria-labelledby="csv-title">
      <h2 id="csv-title">{t('csvTitle')}</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="csv-file">{t('csvFile')}</label>
          <input id="csv-file" name="file" type="file" required accept=".csv,text/csv" onChange={(e) => void choose(e.target.files?.[0] ?? null)} />
        </div>
        <Select
          label={t('csvSchema')}
          name="schema"
          value={schema}
          onChange={(e) => {
            setSchema(e.target.value);
            setMapping(Object.fromEntries(columns.map((c) => [c, guess(c, propertiesOfSchema[e.target.value]!)])));
          }}
          options={Object.keys(propertiesOfSchema).map((s) => ({ value: s, label: ftm.schema(s) }))}
        />
      </div>
      {columns.length > 0 && (
        <fieldset>
          <legend>{t('csvMapping')}</legend>
          <div className="form-grid">
            {columns.map((column) => (
              <Select
                key={column}
                label={t('csvColumn', { column })}
                value={mapping[column] ?? ''}
                onChange={(e) => setMapping({ ...mapping, [column]: e.target.value })}
                options={[
                  { value: '', label: t('csvIgnore') },
                  ...propertiesOfSchema[schema]!.map((p) => ({ value: p, label: p === 'id' ? t('csvId') : ftm.property(p) })),
                ]}
              />
            ))}
          </div>
        </fieldset>
      )}
      <ProvenanceFields value={provenance} onChange={setProvenance} />
      <button type="submit" disabled={busy || !file || mapped.length === 0 || new Set(mapped).size !== mapped.length}>
        {t('csvImportButton')}
      </button>
      {busy && running && <ImportJobView job={running} size={file?.size} />}
      {new Set(mapped).size !== mapped.length && <p role="status">{t('csvDuplicate')}</p>}
      {report && <ImportJobView job={report} />}
    </Form>
  );
}
