// Scheduled jobs: each duty with its schedule, next run and counts; recent runs with failures that can be run again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { jobsResponse, runsResponse } from '../../../server/jobs/schemas';
import { jobStates } from '../../../server/jobs/schemas';
import { api, query } from '../../api';
import { ActionButton } from '../../components/form';
import { ErrorMessage, formatDateTime, Loading, Notice, Page, ScrollTable, Select, useApi } from '../../components/ui';

type Jobs = z.infer<typeof jobsResponse>;
type Runs = z.infer<typeof runsResponse>;

export default function JobsPage() {
  const { t, i18n } = useTranslation('jobs');
  const [filter, setFilter] = useState({ name: '', state: '' });
  const [message, setMessage] = useState<string | null>(null);
  const jobs = useApi(() => api.get<Jobs>('/api/admin/jobs'), []);
  const runs = useApi(() => api.get<Runs>(`/api/admin/jobs/runs${query(filter)}`), [filter.name, filter.state]);
  const when = (d: string | Date | null) => (d ? formatDateTime(d, i18n.language) : t('never'));
  const describe = (name: string, fallback: string) => t(`descriptions.${name}`, { defaultValue: fallback });

  // A run or retry is said at the top of the page (the tables reload under it); a refusal is said beside its button.
  async function act(fn: () => Promise<unknown>, done: string) {
    await fn();
    jobs.reload();
    runs.reload();
    return done;
  }

  const runner = jobs.data?.runner;
  return (
    <Page title={t('title')} intro={t('intro')}>
      {runner && (
        <Notice>{runner.running && !runner.problem ? t('runnerOk', { at: when(runner.lastPassAt) }) : t('runnerOff', { reason: runner.problem ?? '' })}</Notice>
      )}
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      <ErrorMessage error={jobs.error} />
      {jobs.loading && !jobs.data ? (
        <Loading />
      ) : (
        <ScrollTable
          label={t('title')}
          hideCaption
          columns={[
            t('duty'),
            t('schedule'),
            t('nextRun'),
            t('lastRun'),
            t('waiting'),
            t('active'),
            t('failed'),
            t('completed'),
            t('lastFailure'),
            <span key="run" className="visually-hidden">
              {t('runNow', { name: '' })}
            </span>,
          ]}
        >
          {jobs.data?.jobs.map((j) => (
            <tr key={j.name} className={j.counts.failed ? 'row-warn' : ''}>
              <th scope="row">
                <code>{j.name}</code>
                <br />
                <small>{describe(j.name, j.description)}</small>
              </th>
              <td>{j.schedule ? <code>{j.schedule}</code> : t('onDemand')}</td>
              <td>{j.schedule ? when(j.nextRunAt) : '—'}</td>
              <td>{j.schedule ? when(j.lastRunAt) : '—'}</td>
              <td>{j.counts.waiting}</td>
              <td>{j.counts.active}</td>
              <td>{j.counts.failed}</td>
              <td>{j.counts.completed}</td>
              <td>{j.lastFailure ? `${when(j.lastFailure.at)}: ${j.lastFailure.message}` : '—'}</td>
              <td>
                {j.schedule && (
                  <ActionButton onDone={setMessage} onAction={() => act(() => api.post(`/api/admin/jobs/${j.name}/run`), t('queued', { name: j.name }))}>
                    {t('runNow', { name: j.name })}
                  </ActionButton>
                )}
              </td>
            </tr>
          ))}
        </ScrollTable>
      )}

      <h2>{t('runs')}</h2>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Select
          label={t('filterDuty')}
          value={filter.name}
          onChange={(e) => setFilter({ ...filter, name: e.target.value })}
          options={[{ value: '', label: t('all') }, ...(jobs.data?.jobs ?? []).map((j) => ({ value: j.name, label: describe(j.name, j.description) }))]}
        />
        <Select
          label={t('filterState')}
          value={filter.state}
          onChange={(e) => setFilter({ ...filter, state: e.target.value })}
          options={[{ value: '', label: t('all') }, ...jobStates.map((s) => ({ value: s, label: t(`states.${s}`) }))]}
        />
      </form>
      <ErrorMessage error={runs.error} />
      {runs.data &&
        (runs.data.runs.length === 0 ? (
          <p>{t('noRuns')}</p>
        ) : (
          <ScrollTable
            label={t('runs')}
            hideCaption
            columns={[
              t('duty'),
              t('state'),
              t('created'),
              t('finished'),
              t('tries'),
              t('result'),
              <span key="retry" className="visually-hidden">
                {t('retry')}
              </span>,
            ]}
          >
            {runs.data.runs.map((r) => (
              <tr key={r.id} className={r.state === 'failed' ? 'row-warn' : ''}>
                <td>
                  <code>{r.name}</code>
                </td>
                <td>{t(`states.${r.state}`)}</td>
                <td>{when(r.createdAt)}</td>
                <td>{r.completedAt ? when(r.completedAt) : '—'}</td>
                <td>{r.retryCount + 1}</td>
                <td>{r.message ?? (r.summary ? <code>{JSON.stringify(r.summary)}</code> : '—')}</td>
                <td>
                  {r.state === 'failed' && (
                    <ActionButton onDone={setMessage} onAction={() => act(() => api.post(`/api/admin/jobs/runs/${r.id}/retry`), t('retried'))}>
                      {t('retry')}
                    </ActionButton>
                  )}
                </td>
              </tr>
            ))}
          </ScrollTable>
        ))}
    </Page>
  );
}
