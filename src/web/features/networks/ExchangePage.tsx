// Import a FollowTheMoney JSON Lines file or a mapped CSV with its grading and classification; export what you may see.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, download, query } from '../../api';
import { ErrorMessage, Select } from '../../components/ui';
import { CsvImport } from './CsvImport';
import { ImportReportView, type ImportReport as Report } from './ImportReportView';


export function ExchangePage() {
  const { t } = useTranslation('networks');
  const [file, setFile] = useState<File | null>(null);
  const [form, setForm] = useState({ classification: 'restricted', reliability: 'C', credibility: '3' });
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<unknown>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setError(null);
    try {
      const body = new Blob([file], { type: 'application/x-ndjson' });
      setReport(await api.upload<Report>(`/api/networks/import${query(form)}`, body));
    } catch (err) { setError(err); }
  }
  return (
    <>
      <form onSubmit={submit} aria-labelledby="import-title">
        <h2 id="import-title">{t('importTitle')}</h2>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="ftm-file">{t('file')}</label>
            <input id="ftm-file" type="file" accept=".jsonl,.json,.ndjson,application/x-ndjson" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </div>
          <Select label={t('classification')} value={form.classification} onChange={(e) => setForm({ ...form, classification: e.target.value })} options={['members', 'restricted', 'confidential', 'secret'].map((v) => ({ value: v, label: v }))} />
          <Select label={t('reliability')} value={form.reliability} onChange={(e) => setForm({ ...form, reliability: e.target.value })} options={'ABCDEF'.split('').map((v) => ({ value: v, label: v }))} />
          <Select label={t('credibility')} value={form.credibility} onChange={(e) => setForm({ ...form, credibility: e.target.value })} options={'123456'.split('').map((v) => ({ value: v, label: v }))} />
        </div>
        <button type="submit" disabled={!file}>{t('importButton')}</button>
      </form>
      <ErrorMessage error={error} />
      {report && <ImportReportView report={report} />}
      <CsvImport />
      <h2>{t('exportTitle')}</h2>
      <p>
        <button type="button" onClick={() => download('/api/networks/export?format=ftm', 'network.ftm.jsonl')}>{t('exportFtm')}</button>{' '}
        <button type="button" onClick={() => download('/api/networks/export?format=csv', 'network.csv')}>{t('exportCsv')}</button>{' '}
        <button type="button" onClick={() => download('/api/networks/export?format=graphml', 'network.graphml')}>{t('exportGraphml')}</button>
      </p>
    </>
  );
}
