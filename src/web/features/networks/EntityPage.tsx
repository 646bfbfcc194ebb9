// One entity of any FtM schema: its properties with their labels, the sanctions naming it (a badge each), its links
// (an ownership with its percentage), references to entities not in the portal, facts from others, the way into the graph.

import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api';
import { RecordUnavailable } from '../../components/RecordPage';
import { ClassificationBadge, DemoBadge, ErrorMessage, Loading, useApi } from '../../components/ui';
import { useVocabulary } from '../../i18n/vocabulary';
import { useFtmLabels } from './ftmLabels';
import { LinkForm } from './LinkForm';
import type { EntityDetail } from './types';

/** Properties the page shows elsewhere (keywords carry the portal's own tags; entity references show as links). */
const hidden = new Set(['keywords']);

export function EntityPage() {
  const { t } = useTranslation('networks');
  const label = useVocabulary();
  const labels = useFtmLabels();
  const { id = '' } = useParams();
  const { data, error, loading, reload } = useApi(() => api.get<EntityDetail>(`/api/networks/entities/${encodeURIComponent(id)}`), [id]);
  if (loading && !data) return <Loading />;
  if (error || !data) return <RecordUnavailable error={error} />;
  const { entity, links, facts, related, sanctions, missing, schema } = data;
  const name = (other: string) => related.find((r) => r.id === other)?.caption ?? other;
  const propertySpec = new Map((schema?.properties ?? []).map((p) => [p.name, p]));
  // The model's order first, then anything the file carried beyond the model (kept and shown as given).
  const ordered = [
    ...(schema?.properties ?? []).map((p) => p.name).filter((p) => entity.properties[p]?.length),
    ...Object.keys(entity.properties).filter((p) => !propertySpec.has(p)),
  ].filter((p) => !hidden.has(p));
  const showValue = (prop: string, value: string) => {
    if (propertySpec.get(prop)?.type === 'entity') return <Link to={`/networks/entities/${encodeURIComponent(value)}`}>{name(value)}</Link>;
    // Documents carry whole texts (a page, a web page): the start shows, the rest opens on request.
    return value.length > 600 ? (
      <details>
        <summary>{value.slice(0, 200)}…</summary>
        {value}
      </details>
    ) : (
      value
    );
  };
  const otherLinks = links.filter((l) => l.role !== 'sanctions');
  return (
    <section aria-labelledby="entity-title">
      <h2 id="entity-title">
        {entity.caption} <DemoBadge demo={entity.demo} />
      </h2>
      <p>
        {labels.schema(entity.schema, schema?.label)} · {t('reportedBy')} {entity.sourceState ?? '?'} {entity.sourceReport ?? ''} · {t('grading')}{' '}
        {entity.reliability ?? '?'}
        {entity.credibility ?? '?'} · <ClassificationBadge level={entity.classification} />
      </p>
      {sanctions.length > 0 && (
        <section aria-labelledby="sanctions-title" className="card">
          <h3 id="sanctions-title">
            <span className="badge badge-sanction">{t('sanctioned', { count: sanctions.length })}</span>
          </h3>
          <ul>
            {sanctions.map((s) => (
              <li key={s.id}>
                <Link to={`/networks/entities/${encodeURIComponent(s.id)}`}>{s.properties.program?.[0] ?? s.caption}</Link>
                {' · '}
                {[
                  s.properties.authority?.[0],
                  s.properties.country?.[0]?.toUpperCase(),
                  [s.properties.startDate?.[0] ?? s.properties.listingDate?.[0], s.properties.endDate?.[0]].filter(Boolean).join(' – '),
                ]
                  .filter(Boolean)
                  .join(' · ')}
                {s.properties.reason?.[0] ? <p>{s.properties.reason[0]}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      )}
      <h3>{t('properties')}</h3>
      <dl className="properties">
        {ordered.map((p) => (
          <div key={p}>
            <dt>
              {labels.property(p, propertySpec.get(p)?.label)}
              {propertySpec.has(p) ? '' : ` (${t('beyondModel')})`}
            </dt>
            <dd>
              {entity.properties[p]!.map((v, i) => (
                <span key={`${p}-${i}`}>
                  {i > 0 ? ', ' : ''}
                  {showValue(p, v)}
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      <p>
        <Link to={`/networks/graph?centre=${encodeURIComponent(entity.id)}&hops=2`}>{t('showGraph')}</Link>
      </p>
      <h3>{t('links')}</h3>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('role')}</th>
            <th scope="col">{t('other')}</th>
            <th scope="col">{t('share')}</th>
            <th scope="col">{t('dates')}</th>
            <th scope="col">{t('grading')}</th>
            <th scope="col">{t('reportedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {otherLinks.map((l) => {
            const other = l.sourceId === entity.id ? l.targetId : l.sourceId;
            const role = labels.role(l.role);
            return (
              <tr key={l.id}>
                <td>
                  {l.sourceId === entity.id ? role : `← ${role}`}
                  {l.schema !== 'UnknownLink' && !l.derivedFrom ? ` (${labels.schema(l.schema)})` : ''}
                </td>
                <td>
                  {missing.includes(other) ? (
                    <>
                      {other} <em>({t('notInPortal')})</em>
                    </>
                  ) : (
                    <Link to={`/networks/entities/${encodeURIComponent(other)}`}>{name(other)}</Link>
                  )}
                </td>
                <td>{l.weight !== null ? `${l.weight} %` : ''}</td>
                <td>{[l.startDate, l.endDate].filter(Boolean).join(' – ')}</td>
                <td>
                  {l.reliability ?? '?'}
                  {l.credibility ?? '?'}
                </td>
                <td>{l.sourceState ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {missing.length > 0 && <p>{t('missingRefs', { count: missing.length })}</p>}
      {facts.length > 0 && (
        <>
          <h3>{t('facts')}</h3>
          <ul>
            {facts.map((f) => (
              <li key={f.id}>
                {labels.property(f.property)}: {f.value} ({f.sourceState}, {f.reliability}
                {f.credibility}, {f.classification})
              </li>
            ))}
          </ul>
        </>
      )}
      <LinkForm sourceId={entity.id} onRecorded={reload} />
    </section>
  );
}
