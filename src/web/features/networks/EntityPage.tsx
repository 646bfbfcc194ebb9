// One entity: its properties, provenance, the links and facts you may read, and a way into the graph.
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ClassificationBadge, DemoBadge, ErrorMessage, Loading, useApi } from '../../components/ui';
import { useVocabulary } from '../../i18n/vocabulary';
import { LinkForm } from './LinkForm';
import type { EntitySummary, LinkSummary } from './types';

interface Detail { entity: EntitySummary; links: LinkSummary[]; facts: { id: number; property: string; value: string; sourceState: string | null; reliability: string | null; credibility: string | null; classification: string }[]; related: { id: string; kind: string; caption: string }[] }

export function EntityPage() {
  const { t } = useTranslation('networks');
  const label = useVocabulary();
  const { id = '' } = useParams();
  const { data, error, loading, reload } = useApi(() => api.get<Detail>(`/api/networks/entities/${encodeURIComponent(id)}`), [id]);
  if (loading && !data) return <Loading />;
  if (error || !data) return <ErrorMessage error={error} />;
  const { entity, links, facts, related } = data;
  const name = (other: string) => related.find((r) => r.id === other)?.caption ?? other;
  return (
    <section aria-labelledby="entity-title">
      <h2 id="entity-title">{entity.caption} <DemoBadge demo={entity.demo} /></h2>
      <p>{label('entityKind', entity.kind)} ({label('ftmSchema', entity.schema)}) · {t('reportedBy')} {entity.sourceState ?? '?'} {entity.sourceReport ?? ''} · {t('grading')} {entity.reliability ?? '?'}{entity.credibility ?? '?'} · <ClassificationBadge level={entity.classification} /></p>
      <dl>
        {Object.entries(entity.properties).filter(([k]) => k !== 'keywords').map(([k, v]) => (<div key={k}><dt>{label('entityField', k)}</dt><dd>{v.join(', ')}</dd></div>))}
      </dl>
      <p><Link to={`/networks/graph?centre=${encodeURIComponent(entity.id)}&hops=2`}>{t('showGraph')}</Link></p>
      <h3>{t('links')}</h3>
      <table className="table">
        <thead><tr><th scope="col">{t('role')}</th><th scope="col">{t('other')}</th><th scope="col">{t('dates')}</th><th scope="col">{t('grading')}</th><th scope="col">{t('reportedBy')}</th></tr></thead>
        <tbody>
          {links.map((l) => {
            const other = l.sourceId === entity.id ? l.targetId : l.sourceId;
            return (
              <tr key={l.id}>
                <td>{l.sourceId === entity.id ? label('linkRole', l.role) : `← ${label('linkRole', l.role)}`}</td>
                <td><Link to={`/networks/entities/${encodeURIComponent(other)}`}>{name(other)}</Link></td>
                <td>{[l.startDate, l.endDate].filter(Boolean).join(' – ')}</td>
                <td>{l.reliability ?? '?'}{l.credibility ?? '?'}</td><td>{l.sourceState ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {facts.length > 0 && (
        <>
          <h3>{t('facts')}</h3>
          <ul>{facts.map((f) => <li key={f.id}>{label('entityField', f.property)}: {f.value} ({f.sourceState}, {f.reliability}{f.credibility}, {label('classification', f.classification)})</li>)}</ul>
        </>
      )}
      <LinkForm sourceId={entity.id} onRecorded={reload} />
    </section>
  );
}
