// The public site's one page, in its own frame: purpose, statements, published survey results as a summary and a map,
// the region's legislation coverage and national committees.
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { DemoBadge, ErrorMessage, formatDate, Loading, Page, useApi } from '../../components/ui';
import { type Coverage, CoverageSummary } from './CoverageSummary';
import { PublicFrame } from './PublicFrame';
import { type Results, SurveySummary } from './SurveySummary';

interface Statement {
  id: string;
  groupName: string;
  title: string;
  body: string;
  publishedAt: string;
  demo: boolean;
}
interface Committee {
  state: string;
  stateName: string;
  name: string;
  demo: boolean;
}

export default function PublicPage() {
  return (
    <PublicFrame>
      <PublicContent />
    </PublicFrame>
  );
}

function PublicContent() {
  const { t, i18n } = useTranslation('public');
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
    <Page title={t('title')} intro={t('purpose')}>
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
        {data.surveys.length === 0 ? <p>{t('noSurveys')}</p> : data.surveys.map((s) => <SurveySummary key={s.surveyId} survey={s} />)}
      </section>
      <CoverageSummary coverage={data.coverage} memberStates={data.members.filter((m) => m.kind !== 'organisation').map((m) => m.code)} />
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
