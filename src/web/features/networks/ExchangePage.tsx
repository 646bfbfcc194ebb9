// Import a FollowTheMoney JSON Lines file (any FtM schema) or a mapped CSV with its grading and classification, follow
// its progress, read its result line by line; export what you may see.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, download, query } from '../../api';
import { Form } from '../../components/form';
import { Select } from '../../components/ui';
import { CsvImport } from './CsvImport';
import { ImportHistory } from './ImportHistory';
import { ImportJobView } from './ImportJobView';
import type { ImportJob } from './types';

/** While an upload runs, the import it started (the newest running one), read each second for its progress. */
export function useRunningImport(active: boolean): ImportJob | null {
  const [job, setJob] = useState<ImportJob | null>(null);
  useEffect(() => {
    if (!active) {
      setJob(null);
      return;
    }
    const since = Date.now() - 5000;
    const timer = setInterval(() => {
      api.get<{ imports: ImportJob[] }>('/api/networks/imports').then(
        ({ imports }) => {
          const running = imports.find((j) => j.status === 'running' && new Date(j.startedAt).getTime() >= since);
          if (running) setJob(running);
        },
        () => undefined,
      );
    }, 1000);
    return () => clearInterval(timer);
  }, [active]);
  return job;
}

export function ExchangePage() {
  const { t } = useTranslation('networks');
  const [file, setFile] = useState<File | null>(null);
  const [form, setForm] = useState({ classification: 'restricted', reliability: 'C', credibility: '3' });
  const [result, setResult] = useState<ImportJob | null>(null);
  const [busy, setBusy] = useState(false);
  const [refresh, setRefresh] = useState(0);
  const running = useRunningImport(busy);

  // A refused file (bad grading, bad lines) is said in the form, beside the input the server names.
  async function submit() {
    if (!file) return;
    setResult(null);
    setBusy(true);
    try {
      const body = new Blob([file], { type: 'application/x-ndjson' });
      setResult(await api.upload<ImportJob>(`/api/networks/import${query(form)}`, body));
    } finally {
      setBusy(false);
      setRefresh((r) => r + 1);
    }
  }
  return (
    <>
      <Form onSubmit={submit} aria-labelledby="import-title">
        <h2 id="import-title">{t('importTitle')}</h2>
        <p>{t('importHelp')}</p>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="ftm-file">{t('file')}</label>
            <input
              id="ftm-file"
              name="file"
              type="file"
              required
              accept=".jsonl,.json,.ndjson,.ijson,application/x-ndjson"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </div>
          <Select
            label={t('classification')}
            name="classification"
            value={form.classification}
            onChange={(e) => setForm({ ...form, classification: e.target.value })}
            options={['members', 'restricted', 'confidential', 'secret'].map((v) => ({ value: v, label: t(`classifications.${v}`) }))}
          />
          <Select
            label={t('reliability')}
            name="reliability"
            value={form.reliability}
            onChange={(e) => setForm({ ...form, reliability: e.target.value })}
            options={'ABCDEF'.split('').map((v) => ({ value: v, label: `${v} – ${t(`reliabilityScale.${v}`)}` }))}
          />
          <Select
            label={t('credibility')}
            name="credibility"
            value={form.credibility}
            onChange={(e) => setForm({ ...form, credibility: e.target.value })}
            options={'123456'.split('').map((v) => ({ value: v, label: `${v} – ${t(`credibilityScale.${v}`)}` }))}
          />
        </div>
        <button type="submit" disabled={!file || busy}>
          {t('importButton')}
        </button>
      </Form>
      {busy && (running ? <ImportJobView job={running} size={file?.size} /> : <p role="status">{t('importSending')}</p>)}
      {result && <ImportJobView job={result} />}
      <CsvImport onImported={() => setRefresh((r) => r + 1)} />
      <ImportHistory refresh={refresh} />
      <h2>{t('exportTitle')}</h2>
      <p>
        <button type="button" onClick={() => download('/api/networks/export?format=ftm', 'network.ftm.jsonl')}>
          {t('exportFtm')}
        </button>{' '}
        <button type="button" onClick={() => download('/api/networks/export?format=csv', 'network.csv')}>
          {t('exportCsv')}
        </button>{' '}
        <button type="button" onClick={() => download('/api/networks/export?format=graphml', 'network.graphml')}>
          {t('exportGraphml')}
        </button>
      </p>
    </>
  );
}
