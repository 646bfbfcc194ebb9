// Survey results: per question (table and bar chart), per sub-region, per state with its publication, and CSV/XLSX exports.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, download } from '../../api';
import { BarChart } from '../../components/charts/BarChart';
import { DemoBadge, ErrorMessage, Loading, Page, useApi } from '../../components/ui';
import { useFormat } from '../../i18n/format';
import type { SurveyResults } from './types';

export function ResultsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('surveys');
  const format = useFormat();
  const { data: r, error, loading } = useApi(() => api.get<SurveyResults>(`/api/surveys/${id}/results`), [id]);
  const [exportError, setExportError] = useState<unknown>(null);
  if (loading) return <Loading />;
  if (!r) return <ErrorMessage error={error} />;
  const base = `survey-${r.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)}`;
  const exportAs = (format: 'csv' | 'xlsx') => download(`/api/surveys/${id}/export?format=${format}`, `${base}.${format}`).catch(setExportError);
  const optionLabel = (kind: string, option: string) => (kind === 'yes_no_partly' ? t(`answer.${option}`) : option);
  return (
    <Page
      title={t('results.title', { survey: r.title })}
      intro={
        <>
          <Link to={`/surveys/${id}`}>{r.title}</Link> · {t('version')} {r.version} <DemoBadge demo={r.demo} />
        </>
      }
      actions={
        <>
          <button type="button" onClick={() => exportAs('csv')}>
            {t('results.csv')}
          </button>
          <button type="button" onClick={() => exportAs('xlsx')}>
            {t('results.xlsx')}
          </button>
        </>
      }
    >
      <ErrorMessage error={exportError} />
      <section aria-labelledby="per-question">
        <h2 id="per-question">{t('results.perQuestion')}</h2>
        {r.questions.map((q) => (
          <article key={q.id} className="card">
            <h3>
              {q.sectionTitle}: {q.text}
            </h3>
            <p>
              {t('results.answered', { n: q.answered })}
              {q.standardId && ` · ${t('detail.linked', { id: q.standardId })}`}
            </p>
            {q.number && <p>{t('results.numbers', { min: q.number.min, max: q.number.max, mean: format.fixed(q.number.mean, 1) })}</p>}
            {q.counts.length > 0 && (
              <>
                <table className="table">
                  <caption className="visually-hidden">{q.text}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('results.option')}</th>
                      <th scope="col">{t('results.count')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {q.counts.map((c) => (
                      <tr key={c.option}>
                        <td>{optionLabel(q.kind, c.option)}</td>
                        <td>{c.count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <BarChart
                  title={t('results.chartTitle', { question: q.text })}
                  bars={q.counts.map((c) => ({ key: c.option, label: optionLabel(q.kind, c.option), value: c.count }))}
                />
              </>
            )}
            {q.bySubregion.length > 0 && (
              <table className="table">
                <caption>{t('results.perSubregion')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('results.subregion')}</th>
                    {q.counts.map((c) => (
                      <th scope="col" key={c.option}>
                        {optionLabel(q.kind, c.option)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {q.bySubregion.map((sr) => (
                    <tr key={sr.subregion}>
                      <td>{sr.subregion}</td>
                      {sr.counts.map((c) => (
                        <td key={c.option}>{c.count}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </article>
        ))}
      </section>
      <section aria-labelledby="per-state">
        <h2 id="per-state">{t('results.perState')}</h2>
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('app.scrollTable', { ns: 'core' })}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('detail.state')}</th>
                <th scope="col">{t('results.subregion')}</th>
                <th scope="col">{t('results.publication')}</th>
                {r.questions.map((q) => (
                  <th scope="col" key={q.id}>
                    {q.text}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {r.states.map((st) => {
                const a = r.answers.find((x) => x.state === st.state);
                return (
                  <tr key={st.state}>
                    <td>{st.name}</td>
                    <td>{st.subregion ?? '—'}</td>
                    <td>{t(`results.publicationStatus.${st.publication}`)}</td>
                    {r.questions.map((q) => (
                      <td key={q.id}>{a?.values[q.id] ?? ''}</td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </Page>
  );
}
