// The imports you started, newest first: a running one shows its progress (refreshed each second), an interrupted one
// says to send the same file again (it is idempotent), and each opens to its per-line errors and notices.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ActionButton } from '../../components/form';
import { ErrorMessage, formatDateTime } from '../../components/ui';
import { useFormat } from '../../i18n/format';
import { ImportJobView } from './ImportJobView';
import type { ImportJob } from './types';

export function ImportHistory({ refresh }: { refresh: number }) {
  const { t, i18n } = useTranslation('networks');
  const format = useFormat();
  const [jobs, setJobs] = useState<ImportJob[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState<ImportJob | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `refresh` is the parent's signal to load again (a new import started).
  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const { imports } = await api.get<{ imports: ImportJob[] }>('/api/networks/imports');
        if (stop) return;
        setJobs(imports);
        if (imports.some((j) => j.status === 'running')) timer = setTimeout(load, 1000);
      } catch (err) {
        if (!stop) setError(err);
      }
    };
    void load();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [refresh]);

  // Opening one import that cannot be read is said beside its button, not above the table.
  async function show(id: string) {
    setOpen(await api.get<ImportJob>(`/api/networks/imports/${id}`));
  }

  if (!jobs.length && !error) return null;
  return (
    <section aria-labelledby="imports-title">
      <h2 id="imports-title">{t('importsTitle')}</h2>
      <ErrorMessage error={error} />
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('importStarted')}</th>
            <th scope="col">{t('importFormat')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('importLines')}</th>
            <th scope="col">{t('importRecords')}</th>
            <th scope="col">{t('errors')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('importDetails')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((j) => (
            <tr key={j.importId}>
              <td>{formatDateTime(j.startedAt, i18n.language)}</td>
              <td>{j.format.toUpperCase()}</td>
              <td>
                {t(`importStatus.${j.status}`)}
                {j.status === 'running' ? ` (${t(j.phase === 'merging' ? 'importMerging' : 'importReading', { lines: j.lines })})` : ''}
              </td>
              <td>{format.number(j.lines)}</td>
              <td>{format.number(j.imported)}</td>
              <td>{format.number(j.errorCount)}</td>
              <td>
                <ActionButton onAction={() => show(j.importId)}>{t('importDetails')}</ActionButton>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {open && <ImportJobView job={open} />}
    </section>
  );
}
