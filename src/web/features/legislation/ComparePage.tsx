// Side-by-side comparison of states, or of every state along a route (gaps a smuggler can use, weakest link),
// and cooperation readiness: one pair with its evidence, and the matrix of every pair.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, query } from '../../api';
import { Form } from '../../components/form';
import { DemoBadge, Field, Page, Select, useApi } from '../../components/ui';
import { useVocabulary } from '../../i18n/vocabulary';
import { StatusSentence } from './TreatyText';
import type { Compare, Cooperation, CooperationMatrix } from './types';

export function ComparePage() {
  const { t } = useTranslation('legislation');
  const label = useVocabulary();
  const [route, setRoute] = useState('LKA,MYS,IDN,AUS');
  const [compare, setCompare] = useState<Compare | null>(null);
  const [pair, setPair] = useState<Cooperation | null>(null);
  const [conduct, setConduct] = useState<'smuggling' | 'trafficking'>('smuggling');
  const matrix = useApi(() => api.get<CooperationMatrix>(`/api/legislation/cooperation/matrix${query({ conduct })}`), [conduct]);

  // A route or a pair the server refuses is said beside the field it names (states, from, to); what was typed stays.
  const run = async () => {
    setCompare(null);
    setCompare(await api.get<Compare>(`/api/legislation/compare${query({ states: route.replaceAll(' ', '').toUpperCase(), route: 'true' })}`));
  };
  const ask = async (f: FormData) => {
    setPair(null);
    setPair(
      await api.get<Cooperation>(
        `/api/legislation/cooperation${query({ from: String(f.get('from')).toUpperCase(), to: String(f.get('to')).toUpperCase(), conduct })}`,
      ),
    );
  };
  const gap = (standardId: string, state: string) =>
    compare?.loopholes.find((l) => l.standardId === standardId && (l.missingIn.includes(state) || l.weakIn.includes(state)));

  return (
    <Page title={t('compareTitle')} intro={t('compareIntro')} actions={<Link to="/legislation">{t('backToCoverage')}</Link>}>
      <Form className="filters" onSubmit={run} aria-label={t('compareButton')}>
        <Field label={t('route')} help={t('routeHelp')} value={route} onChange={(e) => setRoute(e.target.value)} name="states" required />
        <button type="submit">{t('compareButton')}</button>
      </Form>
      {compare && (
        <>
          <p role="status" data-testid="weakest-link">
            {t('weakest', { state: compare.weakestLink?.state, score: compare.weakestLink?.score, max: compare.weakestLink?.max })}{' '}
            <DemoBadge demo={compare.demo} />
          </p>
          <h2>{t('loopholes', { n: compare.loopholes.length })}</h2>
          <ul data-testid="loopholes">
            {compare.loopholes.map((l) => (
              <li key={l.standardId}>
                {l.standardId} {label('standard', l.standardId)}: {t('metIn')} {l.metIn.join(', ')}; {t('missingIn')} {[...l.missingIn, ...l.weakIn].join(', ')}
              </li>
            ))}
          </ul>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('standard')}</th>
                {compare.states.map((s, i) => (
                  <th scope="col" key={`${s}${i}`}>
                    {s}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {compare.matrix.map((row) => (
                <tr key={row.standardId}>
                  <td>
                    {row.standardId} {label('standard', row.standardId)}
                  </td>
                  {row.cells.map((c, i) => (
                    <td key={`${c.state}${i}`} className={gap(row.standardId, c.state) ? 'loophole' : undefined}>
                      {t(`status.${c.status}`)}
                      {gap(row.standardId, c.state) ? ` ⚠ ${t('gap')}` : ''} <DemoBadge demo={c.demo} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h2>{t('cooperation')}</h2>
      <Form className="filters" onSubmit={ask} aria-label={t('ask')}>
        <Field label={t('fromState')} name="from" defaultValue="AUS" required />
        <Field label={t('toState')} name="to" defaultValue="IDN" required />
        <Select
          label={t('conduct')}
          value={conduct}
          onChange={(e) => setConduct(e.target.value as typeof conduct)}
          options={['smuggling', 'trafficking'].map((c) => ({ value: c, label: t(`conducts.${c}`) }))}
        />
        <button type="submit">{t('ask')}</button>
      </Form>
      {pair && (
        <div className="cards" data-testid="cooperation-answer">
          <p>
            {t('dualCriminality')}: <strong>{t(`answer.${pair.dualCriminality.answer}`)}</strong> <DemoBadge demo={pair.demo} />
          </p>
          {(['extradition', 'mla'] as const).map((m) => (
            <div className="card" key={m}>
              <h3>
                {t(`mechanism.${m}`)}: {t(`answer.${pair[m].available}`)}
              </h3>
              <p>
                {t('legalBasis')}: {t(`answer.${pair[m].basis.answer}`)} {pair[m].basis.bilateral.map((b) => b.title).join('; ')}
              </p>
              <p>
                {t('untocBasis', { protocol: conduct === 'smuggling' ? 'SOM' : 'TIP' })}: <strong>{t(`answer.${pair[m].basis.untoc}`)}</strong>
              </p>
              <ul aria-label={t('untocBasis', { protocol: conduct === 'smuggling' ? 'SOM' : 'TIP' })}>
                {pair[m].basis.treaties.map((tr) => (
                  <li key={`${tr.state}-${tr.instrument}`}>
                    {tr.state}, {tr.instrument}: <StatusSentence status={tr} snapshot={null} />
                    {tr.approximate && (
                      <>
                        {' '}
                        <span className="badge">{t('approximate')}</span>
                      </>
                    )}{' '}
                    → {t(`answer.${tr.party}`)}
                  </li>
                ))}
              </ul>
              <ul>
                {pair[m].obstacles.map((o) => (
                  <li key={o.code}>{o.message}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
      <h3>{t('matrix')}</h3>
      {matrix.data && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('app.scrollTable', { ns: 'core' })}>
          <table className="table">
            <caption>{t('matrixCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fromTo')}</th>
                {matrix.data.states.map((s) => (
                  <th scope="col" key={s}>
                    {s}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.data.states.map((from, i) => (
                <tr key={from}>
                  <th scope="row">{from}</th>
                  {matrix.data!.cells[i].map((c, j) => (
                    <td key={j} title={c ? `${t('mechanism.extradition')}: ${c.extradition}; MLA: ${c.mla}` : ''}>
                      {c ? `${c.extradition[0]}/${c.mla[0]}` : '—'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
