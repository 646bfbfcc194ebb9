// What an import did, or is doing: its status, progress and counts, and by line number each line refused and each line
// kept with a remark (a reference to an entity not in the portal, a removed NUL byte, a property newer than the model).
import { useTranslation } from 'react-i18next';
import type { ImportJob } from './types';

export function ImportJobView({ job, size }: { job: ImportJob; size?: number }) {
  const { t } = useTranslation('networks');
  return (
    <section role="status" aria-label={t('importResult')} className="card">
      <p>
        <strong>{t(`importStatus.${job.status}`)}</strong>
        {job.status === 'failed' && ` ${t('importFailedNothingKept')}`}
      </p>
      {/* Why a file failed is the server's technical reason (a parser's words, in English): offered, not read out first. */}
      {job.status === 'failed' && job.message && (
        <details>
          <summary>{t('importTechnicalReason')}</summary>
          <code>{job.message}</code>
        </details>
      )}
      {job.status === 'running' && (
        <p>
          {size ? <progress max={size} value={Math.min(job.bytes, size)} aria-label={t('importProgress')} /> : null}{' '}
          {t(job.phase === 'merging' ? 'importMerging' : 'importReading', { lines: job.lines })}
        </p>
      )}
      {job.status !== 'running' && (
        <p>{t('importCounts', { lines: job.lines, entities: job.entities, links: job.links, dangling: job.dangling, errors: job.errorCount })}</p>
      )}
      {job.status === 'interrupted' && <p>{t('importRunAgain')}</p>}
      {job.errors.length > 0 && (
        <table className="table">
          <caption>
            {t('errors')} ({job.errorCount})
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('line')}</th>
              <th scope="col">{t('message')}</th>
            </tr>
          </thead>
          <tbody>
            {job.errors.map((e) => (
              <tr key={`${e.line}-${e.message}`}>
                <td>{e.line}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {job.notices.length > 0 && (
        <table className="table">
          <caption>
            {t('notices')} ({job.noticeCount})
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('line')}</th>
              <th scope="col">{t('message')}</th>
            </tr>
          </thead>
          <tbody>
            {job.notices.map((e) => (
              <tr key={`${e.line}-${e.message}`}>
                <td>{e.line}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
