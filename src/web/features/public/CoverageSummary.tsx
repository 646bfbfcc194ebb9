// The region's legislation coverage for a visitor: per indicator, how many member states have it in place (counts only:
// which state has what is not public), a map of the membership, and the treaty parties.
import { useTranslation } from 'react-i18next';
import { WorldMap } from '../../components/map/WorldMap';
import { DemoBadge, formatDate } from '../../components/ui';
import { useVocabulary } from '../../i18n/vocabulary';

interface TreatyCount {
  count: number | null;
  approximate: number;
  snapshot: string | null;
  complete: boolean;
}
export interface Coverage {
  available: boolean;
  asOf: string | null;
  demo: boolean;
  indicators: { id: string; count: number | null; computable: boolean; demo: boolean; treaty: TreatyCount | null }[];
  treaties: ({ instrument: string } & TreatyCount)[];
}

/** "32 (2 reported to the month or year only); dated table complete to 2014-07-10". */
function TreatyCountText({ c }: { c: TreatyCount }) {
  const { t } = useTranslation('public');
  if (c.count === null) return <>{t('notComputable')}</>;
  return (
    <>
      {t('statesCount', { count: c.count })}
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

export function CoverageSummary({ coverage, memberStates }: { coverage: Coverage; memberStates: string[] }) {
  const { t, i18n } = useTranslation('public');
  const label = useVocabulary();
  const total = memberStates.length;
  const membership = {
    values: Object.fromEntries(memberStates.map((code) => [code, 'member'])),
    legend: [{ key: 'member', label: t('memberState'), colour: '#0072B2' }],
    noDataLabel: t('notMember'),
  };
  return (
    <section aria-labelledby="pub-coverage">
      <h2 id="pub-coverage">
        {t('coverage')} {coverage.asOf && t('asOf', { date: formatDate(coverage.asOf, i18n.language) })} <DemoBadge demo={coverage.demo} />
      </h2>
      {!coverage.available ? (
        <p>{t('coverageUnavailable')}</p>
      ) : (
        <ul className="public-figures public-indicators">
          {coverage.indicators.map((i) => (
            <li key={i.id}>
              <span className="question">{label('indicatorName', i.id)}</span>:{' '}
              {i.computable && i.count !== null ? t('inPlaceIn', { count: i.count, total }) : t('notComputable')}
              {i.computable && i.count !== null && total > 0 && (
                <span className="public-bar" aria-hidden>
                  <span style={{ inlineSize: `${Math.min(100, (100 * i.count) / total)}%` }} />
                </span>
              )}
              {i.treaty && (
                <small>
                  {' '}
                  {t('fromTreaties')}: <TreatyCountText c={i.treaty} />
                </small>
              )}
            </li>
          ))}
        </ul>
      )}
      <WorldMap title={t('mapTitle')} choropleth={membership} />
      {coverage.available && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('treatiesCaption', { date: coverage.asOf })}>
          <table className="table" data-testid="public-treaties">
            <caption>{t('treatiesCaption', { date: coverage.asOf })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('treaty')}</th>
                <th scope="col">{t('parties')}</th>
              </tr>
            </thead>
            <tbody>
              {coverage.treaties.map((tr) => (
                <tr key={tr.instrument}>
                  <td>{t(`treaties.${tr.instrument}`)}</td>
                  <td>
                    <TreatyCountText c={tr} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
