// The public site's one page: purpose, statements, published survey results, the coverage map and national committees.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { z } from 'zod';
import type { resultsSchema } from '../../../server/modules/surveys/schemas';
import { api } from '../../api';
import { WorldMap } from '../../components/map/WorldMap';
import { DemoBadge, ErrorMessage, formatDate, Loading, Page, useApi } from '../../components/ui';
import { useVocabulary } from '../../i18n/vocabulary';

type Results = z.infer<typeof resultsSchema>;
interface Statement {
  id: string;
  groupName: string;
  title: string;
  body: string;
  publishedAt: string;
  demo: boolean;
}
interface TreatyCount {
  count: number | null;
  approximate: number;
  snapshot: string | null;
  complete: boolean;
}
interface Coverage {
  available: boolean;
  asOf: string | null;
  demo: boolean;
  indicators: { id: string; count: number | null; computable: boolean; demo: boolean; treaty: TreatyCount | null }[];
  treaties: ({ instrument: string } & TreatyCount)[];
}
interface Committee {
  state: string;
  stateName: string;
  name: string;
  demo: boolean;
}

/** "32 (2 reported to the month or year only); dated table complete to 2014-07-10". */
function TreatyCountText({ c }: { c: TreatyCount }) {
  const { t } = useTranslation('public');
  if (c.count === null) return <>{t('notComputable')}</>;
  return (
    <>
      {c.count}
      {c.approximate > 0 && ` ${t('treatyApproximate', { n: c.approximate })}`}
      {c.snapshot && (
        <small>
          {' '}
          — {t('treatySnapshot', { date: c.snapshot })}
          {!c.complete && `; ${t('treatyIncomplete')}`}
        </small>
      )}
    </>
  );
}

export default function PublicPage() {
  const { t, i18n } = useTranslation('public');
  const label = useVocabulary();
  const { data, error, loading } = useApi(async () => {
    const [statements, surveys, coverage, committees, members] = await Promise.all([
      api.get<{ statements: Statement[] }>('/api/public/statements'),
      api.get<{ surveys: Results[] }>('/api/public/surveys'),
      api.get<Coverage>('/api/public/coverage'),
      api.get<{ committees: Committee[] }>('/api/public/committees'),
      api.get<{ members: { code: string; kind: string }[] }>('/api/members'),
    ]);
    return { statements: statements.statements, surveys: surveys.surveys, coverage, committees: committees.committees, members: members.members };
  }, []);
  if (loading) return <Loading />;
  if (error || !data) return <ErrorMessage error={error} />;
  return (
    <Page title={t('title')} intro={t('purpose')} actions={<Link to="/login">{t('signIn')}</Link>}>
      <section aria-labelledby="pub-statements">
        <h2 id="pub-statements">{t('statements')}</h2>
        {data.statements.length === 0 ? (
          <p>{t('noStatements')}</p>
        ) : (
          data.statements.map((s) => (
            <article key={s.id} className="card">
              <h3>
                {s.title} <DemoBadge demo={s.demo} />
              </h3>
              <p>
                {s.groupName} · {formatDate(s.publishedAt, i18n.language)}
              </p>
              <p>{s.body}</p>
            </article>
          ))
        )}
      </section>
      <section aria-labelledby="pub-surveys">
        <h2 id="pub-surveys">{t('surveys')}</h2>
        {data.surveys.length === 0 ? (
          <p>{t('noSurveys')}</p>
        ) : (
          data.surveys.map((s) => (
            <article key={s.surveyId} className="card">
              <h3>
                {s.title} <DemoBadge demo={s.demo} />
              </h3>
              <table className="table">
                <caption>{t('publication')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('state')}</th>
                    <th scope="col">{t('publication')}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.states.map((st) => (
                    <tr key={st.state}>
                      <td>{st.name}</td>
                      <td>{t(st.publication)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <table className="table">
                <caption>{t('question')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('question')}</th>
                    <th scope="col">{t('answered')}</th>
                    {s.answers.map((a) => (
                      <th scope="col" key={a.state}>
                        {a.state}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {s.questions.map((q) => (
                    <tr key={q.id}>
                      <td>{q.text}</td>
                      <td>{q.answered}</td>
                      {s.answers.map((a) => (
                        <td key={a.state}>{a.values[q.id]}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </article>
          ))
        )}
      </section>
      <section aria-labelledby="pub-coverage">
        <h2 id="pub-coverage">
          {t('coverage')} {data.coverage.asOf && t('asOf', { date: formatDate(data.coverage.asOf, i18n.language) })} <DemoBadge demo={data.coverage.demo} />
        </h2>
        <WorldMap title={t('mapTitle')} highlight={data.members.filter((m) => m.kind !== 'organisation').map((m) => m.code) as never} />
        {!data.coverage.available ? (
          <p>{t('coverageUnavailable')}</p>
        ) : (
          <>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('indicator')}</th>
                  <th scope="col">{t('count')}</th>
                  <th scope="col">{t('fromTreaties')}</th>
                </tr>
              </thead>
              <tbody>
                {data.coverage.indicators.map((i) => (
                  <tr key={i.id}>
                    <td>{label('indicatorName', i.id)}</td>
                    <td>{i.computable && i.count !== null ? i.count : t('notComputable')}</td>
                    <td>{i.treaty ? <TreatyCountText c={i.treaty} /> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="table" data-testid="public-treaties">
              <caption>{t('treatiesCaption', { date: data.coverage.asOf })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('treaty')}</th>
                  <th scope="col">{t('parties')}</th>
                </tr>
              </thead>
              <tbody>
                {data.coverage.treaties.map((tr) => (
                  <tr key={tr.instrument}>
                    <td>{t(`treaties.${tr.instrument}`)}</td>
                    <td>
                      <TreatyCountText c={tr} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
      <section aria-labelledby="pub-committees">
        <h2 id="pub-committees">{t('committees')}</h2>
        {data.committees.length === 0 ? (
          <p>{t('noCommittees')}</p>
        ) : (
          <ul>
            {data.committees.map((c) => (
              <li key={`${c.state}-${c.name}`}>
                {c.stateName}: {c.name} <DemoBadge demo={c.demo} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
