// Regional coverage: a choropleth per standard or indicator, a slider that replays it through time, a trend chart,
// and seed 002's headline sentences computed live, each linking to the states behind it.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Permission } from '../../../server/access/permissions';
import { isLang } from '../../../server/i18n/languages';
import { indicatorSentence } from '../../../server/i18n/vocabulary';
import { api, download, query } from '../../api';
import { usePermission } from '../../app/session';
import { TrendChart } from '../../components/charts/TrendChart';
import { WorldMap } from '../../components/map/WorldMap';
import { DemoBadge, ErrorMessage, Loading, Page, Select, useApi } from '../../components/ui';
import { useVocabulary } from '../../i18n/vocabulary';
import { TreatyFigureLine, TreatyPartiesLine } from './TreatyFigures';
import { type Coverage, STATUS_COLOURS, STATUSES, type Trend } from './types';

const FIRST_YEAR = 2000;
const todayIso = () => new Date().toISOString().slice(0, 10);

export function CoveragePage() {
  const managesCatalogue = usePermission(Permission.LegislationCatalogueManage);
  const importsReference = usePermission(Permission.LegislationReferenceImport);
  const { t, i18n } = useTranslation('legislation');
  const label = useVocabulary();
  const lang = isLang(i18n.language) ? i18n.language : 'en';
  const navigate = useNavigate();
  const thisYear = new Date().getUTCFullYear();
  const [year, setYear] = useState(thisYear);
  const [layer, setLayer] = useState('standard:PS-2');
  const asOf = year === thisYear ? todayIso() : `${year}-12-31`;
  const coverage = useApi(() => api.get<Coverage>(`/api/legislation/coverage${query({ asOf })}`), [asOf]);
  const trend = useApi(
    () =>
      api.get<Trend>(
        `/api/legislation/coverage/trend${query({ from: `${FIRST_YEAR}-12-31`, to: todayIso(), points: Math.min(thisYear - FIRST_YEAR + 1, 30) })}`,
      ),
    [],
  );
  const c = coverage.data;
  /** A map layer in words: a standard's code and title, an indicator's or a treaty's name. */
  const layerName = (value: string) => {
    const [kind, id] = value.split(':');
    if (kind === 'standard') return `${id} ${label('standard', id)}`;
    if (kind === 'indicator') return label('indicatorName', id);
    return t(`treatyNames.${id}`);
  };

  const choropleth = useMemo(() => {
    if (!c) return undefined;
    const [kind, id] = layer.split(':');
    const values: Record<string, string> = {};
    if (kind === 'standard') {
      const s = c.standards.find((x) => x.id === id);
      if (s) for (const st of STATUSES) for (const code of s.states[st]) values[code] = st;
      return { values, legend: STATUSES.map((st) => ({ key: st, label: t(`status.${st}`), colour: STATUS_COLOURS[st] })) };
    }
    if (kind === 'treaty') {
      const tr = c.treaties.find((x) => x.instrument === id);
      for (const code of c.states.map((s) => s.code))
        values[code] =
          !tr || tr.count === null
            ? 'unknown'
            : tr.approximateStates.includes(code)
              ? 'approximate'
              : tr.states.includes(code)
                ? 'party'
                : tr.notRecordedSeparately.includes(code)
                  ? 'separately'
                  : 'none';
      return {
        values,
        legend: [
          { key: 'party', label: t('treatyMap.party'), colour: STATUS_COLOURS.met },
          { key: 'approximate', label: t('treatyMap.approximate'), colour: STATUS_COLOURS.partly },
          { key: 'none', label: t('treatyMap.none', { date: tr?.snapshot ?? '' }), colour: STATUS_COLOURS.in_drafting },
          { key: 'separately', label: t('treatyMap.separately'), colour: STATUS_COLOURS.unknown },
          { key: 'unknown', label: t('status.unknown'), colour: STATUS_COLOURS.unknown },
        ],
      };
    }
    const ind = c.indicators.find((x) => x.id === id);
    for (const code of c.states.map((s) => s.code)) values[code] = ind?.states.includes(code) ? 'counted' : 'other';
    return {
      values,
      legend: [
        { key: 'counted', label: t('counted'), colour: STATUS_COLOURS.met },
        { key: 'other', label: t('notCounted'), colour: STATUS_COLOURS.unknown },
      ],
    };
  }, [c, layer, t]);

  const series = useMemo(
    () =>
      trend.data
        ? [
            ...(c?.indicators ?? [])
              .filter((i) => i.computable)
              .map((i) => ({
                key: i.id,
                label: i.id.replaceAll('_', ' '),
                points: trend.data!.series.map((p) => ({ date: p.date, value: p.indicators[i.id] ?? 0 })),
              })),
            ...(['UNTOC', 'TIP', 'SOM'] as const)
              .filter((k) => trend.data!.series.some((p) => p.treaties[k] !== null))
              .map((k) => ({
                key: `treaty:${k}`,
                label: t('treatyParties.series', { instrument: k }),
                points: trend.data!.series.map((p) => ({ date: p.date, value: p.treaties[k] ?? 0 })),
              })),
          ]
        : [],
    [trend.data, c, t],
  );

  return (
    <Page
      title={t('title')}
      intro={t('intro')}
      actions={
        <>
          {<Link to="compare">{t('compareLink')}</Link>}
          {managesCatalogue && (
            <>
              {' '}
              · <Link to="catalogue">{t('catalogueLink')}</Link>
            </>
          )}
          {importsReference && (
            <>
              {' '}
              · <Link to="reference">{t('referenceFiles.link')}</Link>
            </>
          )}
        </>
      }
    >
      <div className="filters">
        <Select
          label={t('layer')}
          value={layer}
          onChange={(e) => setLayer(e.target.value)}
          options={[
            ...(c?.indicators
              .filter((i) => i.computable)
              .map((i) => ({ value: `indicator:${i.id}`, label: `${t('indicator')}: ${label('indicatorName', i.id)}` })) ?? []),
            ...(c?.standards.map((s) => ({ value: `standard:${s.id}`, label: `${s.id} ${label('standard', s.id)}` })) ?? []),
            ...(c?.treaties.map((tr) => ({
              value: `treaty:${tr.instrument}`,
              label: t('treatyMap.layer', { instrument: t(`treatyNames.${tr.instrument}`) }),
            })) ?? []),
          ]}
        />
        <div className="field">
          <label htmlFor="leg-year">
            {t('asOf')}: {asOf}
          </label>
          <input
            id="leg-year"
            type="range"
            min={FIRST_YEAR}
            max={thisYear}
            step={1}
            value={year}
            onChange={(e) => setYear(Number(e.target.value))}
            aria-valuetext={asOf}
          />
        </div>
      </div>
      <ErrorMessage error={coverage.error} />
      {coverage.loading && !c && <Loading />}
      {c && (
        <>
          <p role="status" data-testid="coverage-stamp">
            {t('stamp', { asOf: c.asOf, version: c.catalogueVersion })} <DemoBadge demo={c.demo} />
          </p>
          <WorldMap
            title={t('mapTitle', { layer: layerName(layer), asOf: c.asOf })}
            choropleth={choropleth}
            onSelectState={(iso3) => navigate(`states/${iso3}`)}
          />
          <h2>{t('indicators')}</h2>
          <ul className="indicator-sentences">
            {c.indicators.map((i) => (
              <li key={i.id} data-indicator={i.id}>
                {i.count === null ? t('indicatorUnknown', { name: label('indicatorName', i.id) }) : indicatorSentence(i.id, i.count, i.wording).render(lang)}{' '}
                <DemoBadge demo={i.demo} />
                {i.states.length > 0 && (
                  <>
                    {' '}
                    (
                    {i.states.map((s, k) => (
                      <span key={s}>
                        {k > 0 && ', '}
                        <Link to={`states/${s}`}>{s}</Link>
                      </span>
                    ))}
                    )
                  </>
                )}
                {i.reportedInSeed !== null && <small> — {t('seedFigure', { n: i.reportedInSeed })}</small>}
                {i.treaty && (
                  <>
                    <br />
                    <TreatyFigureLine figure={i.treaty} />
                  </>
                )}
              </li>
            ))}
          </ul>
          <h2>{t('treatyParties.title')}</h2>
          <ul data-testid="treaty-parties">
            {c.treaties.map((tr) => (
              <li key={tr.instrument}>
                <TreatyPartiesLine parties={tr} asOf={c.asOf} />
              </li>
            ))}
          </ul>
          <p>
            <Link to="treaties">{t('treatyTable.link')}</Link>
          </p>
          <div className="page-actions">
            {(['report.pdf', 'coverage.csv', 'coverage.xlsx', 'assessments.csv', 'assessments.xlsx'] as const).map((f) => (
              <button key={f} type="button" onClick={() => download(`/api/legislation/exports/${f}${query({ asOf: c.asOf })}`, `legislation-${c.asOf}-${f}`)}>
                {t('download')} {f}
              </button>
            ))}
          </div>
        </>
      )}
      <h2>{t('trend')}</h2>
      <ErrorMessage error={trend.error} />
      {series.length > 0 && <TrendChart title={t('trend')} series={series} curve="step" valueLabel={t('states')} />}
    </Page>
  );
}
