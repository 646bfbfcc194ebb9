// Victims of trafficking in the regional picture: identified, referred and returned by nationality, counted by the referral
// and return cases as each step happens (no names ever leave a case); small cells withheld as everywhere in flows.
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { victimsResponse } from '../../../server/modules/flows/schemas';
import { api, query } from '../../api';
import { DemoBadge, ErrorMessage, useApi } from '../../components/ui';
import { useFormat } from '../../i18n/format';

export function VictimsSection({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation('flows');
  const victims = useApi(() => api.get<z.infer<typeof victimsResponse>>(`/api/flows/victims${query({ from, to })}`), [from, to]);
  const d = victims.data;
  const format = useFormat();
  return (
    <section aria-labelledby="flows-victims">
      <h2 id="flows-victims">
        {t('victims.title')} {d?.demo && <DemoBadge demo />}
      </h2>
      <p>{t('victims.intro', { min: d?.minCellSize ?? 5 })}</p>
      <ErrorMessage error={victims.error} />
      {d &&
        (d.byNationality.length === 0 ? (
          <p>{t('noData')}</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('victims.title')}>
            <table className="table">
              <caption>
                {t('victims.caption', { from: d.from, to: d.to })}
                {d.totals.withheldCells > 0 && <>. {t('victims.totalsNote', { count: d.totals.withheldCells, k: d.minCellSize })}</>}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('victims.nationality')}</th>
                  <th scope="col">{t('victims.identified')}</th>
                  <th scope="col">{t('victims.referred')}</th>
                  <th scope="col">{t('victims.returned')}</th>
                  <th scope="col">{t('victims.withheld')}</th>
                </tr>
              </thead>
              <tbody>
                {d.byNationality.map((r) => (
                  <tr key={r.nationality}>
                    <th scope="row">{r.nationality}</th>
                    <td>{format.number(r.identified)}</td>
                    <td>{format.number(r.referred)}</td>
                    <td>{format.number(r.returned)}</td>
                    <td>{format.number(r.withheldCells)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('victims.totals')}</th>
                  <td>{format.number(d.totals.identified)}</td>
                  <td>{format.number(d.totals.referred)}</td>
                  <td>{format.number(d.totals.returned)}</td>
                  <td>{format.number(d.totals.withheldCells)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        ))}
    </section>
  );
}
