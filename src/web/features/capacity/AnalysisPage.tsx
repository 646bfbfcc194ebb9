// The regional needs analysis (seed 001): needs by kind of help against offers, by sub-region, assistance, and gaps.
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { BarChart } from '../../components/charts/BarChart';
import { DemoBadge, ErrorMessage, Loading, Page, useApi } from '../../components/ui';
import { useVocabulary } from '../../i18n/vocabulary';
import { CapacityNav } from './CapacityNav';
import type { Analysis } from './types';

export function AnalysisPage() {
  const { t } = useTranslation('capacity');
  const label = useVocabulary();
  const { data: a, error, loading } = useApi(() => api.get<Analysis>('/api/capacity/analysis'), []);
  return (
    <Page title={t('analysisTitle')} intro={a?.source}>
      <CapacityNav />
      {loading && !a ? <Loading /> : <ErrorMessage error={error} />}
      {a && (
        <>
          <p>
            <DemoBadge demo={a.demo} /> {t('totalNeeds')}: {a.totalNeeds} · {t('openNeeds')}: {a.openNeeds} · {t('openOffers')}: {a.offers}
          </p>
          <p>{t('assistanceSummary', a.assistance)}</p>
          <section aria-labelledby="by-kind">
            <h2 id="by-kind">{t('byHelpKind')}</h2>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('helpKind')}</th>
                  <th scope="col">{t('openNeeds')}</th>
                  <th scope="col">{t('high')}</th>
                  <th scope="col">{t('openOffers')}</th>
                  <th scope="col">{t('states')}</th>
                </tr>
              </thead>
              <tbody>
                {a.byHelpKind.map((k) => (
                  <tr key={k.helpKind}>
                    <td>{label('capacityHelpKind', k.helpKind)}</td>
                    <td>{k.needs}</td>
                    <td>{k.high}</td>
                    <td>{k.offers}</td>
                    <td>{k.states.join(', ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <BarChart
              title={t('chartNeeds')}
              bars={a.byHelpKind.map((k) => ({ key: k.helpKind, label: label('capacityHelpKind', k.helpKind), value: k.needs }))}
            />
          </section>
          <section aria-labelledby="by-subregion">
            <h2 id="by-subregion">{t('bySubregion')}</h2>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('subregion')}</th>
                  <th scope="col">{t('openNeeds')}</th>
                  <th scope="col">{t('high')}</th>
                  <th scope="col">{t('met')}</th>
                </tr>
              </thead>
              <tbody>
                {a.bySubregion.map((s) => (
                  <tr key={s.subregion}>
                    <td>{label('subregion', s.subregion)}</td>
                    <td>{s.needs}</td>
                    <td>{s.high}</td>
                    <td>{s.met}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="uncovered">
            <h2 id="uncovered">{t('uncovered')}</h2>
            {a.uncovered.length === 0 ? (
              <p>—</p>
            ) : (
              <ul>
                {a.uncovered.map((k) => (
                  <li key={k}>{label('capacityHelpKind', k)}</li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
