// The agreements page: the matrix of who has what with whom, the list, recording an agreement, and the model MOU.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { z } from 'zod';
import { Permission } from '../../../server/access/permissions';
import type { agreementsResponse, matrixResponse, scopesResponse } from '../../../server/modules/agreements/schemas';
import { api, download, query } from '../../api';
import { usePermission, useUser } from '../../app/session';
import { ActionButton, Form } from '../../components/form';
import { CheckGroup, DemoBadge, ErrorMessage, Field, formatDate, Notice, Page, Select, useApi } from '../../components/ui';
import { useMemberNames } from '../../i18n/states';
import { useVocabulary } from '../../i18n/vocabulary';
import { TerminateButton } from './TerminateButton';

type Matrix = z.infer<typeof matrixResponse>;

function MatrixTable({ matrix }: { matrix: Matrix }) {
  const { t } = useTranslation('agreements');
  if (matrix.pairs.length === 0) return <p>{t('noPairs')}</p>;
  const cell = (a: string, b: string) => matrix.pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('app.scrollTable', { ns: 'core' })}>
      <table className="table matrix" aria-label={t('matrix')}>
        <thead>
          <tr>
            <td />
            {matrix.states.map((s) => (
              <th key={s.code} scope="col" title={s.name}>
                {s.code}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.states.map((row) => (
            <tr key={row.code}>
              <th scope="row" title={row.name}>
                {row.code}
              </th>
              {matrix.states.map((col) => {
                const pair = row.code === col.code ? undefined : cell(row.code, col.code);
                return (
                  <td key={col.code} data-pair={`${row.code}-${col.code}`}>
                    {pair ? <span title={pair.agreements.map((a) => a.title).join('\n')}>✓ {pair.agreements.length}</span> : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function AgreementsPage() {
  const { t, i18n } = useTranslation('agreements');
  const user = useUser();
  const keeper = usePermission(Permission.AgreementsWrite);
  const today = new Date().toISOString().slice(0, 10);
  const [date, setDate] = useState(today);
  const [notice, setNotice] = useState<string | null>(null);
  const matrix = useApi(() => api.get<Matrix>(`/api/agreements/matrix${query({ date })}`), [date]);
  const list = useApi(() => api.get<z.infer<typeof agreementsResponse>>('/api/agreements'), []);
  const scopes = useApi(() => api.get<z.infer<typeof scopesResponse>>('/api/agreements/scopes'), []);
  const label = useVocabulary();
  const memberName = useMemberNames();
  const scopeLabel = (id: string) => label('agreementScope', id);

  async function record(f: FormData) {
    const text = (k: string) => String(f.get(k) ?? '').trim();
    await api.post('/api/agreements', {
      title: text('title'),
      type: text('type'),
      status: text('status'),
      scope: f.getAll('scope').map(String),
      signedOn: text('signedOn') || null,
      effectiveOn: text('effectiveOn') || null,
      expiresOn: text('expiresOn') || null,
      placeOfSignature: text('placeOfSignature'),
      parties: text('parties')
        .split(',')
        .map((s) => s.trim().toUpperCase())
        .filter(Boolean)
        .map((state) => ({ state })),
    });
    list.reload();
    matrix.reload();
    return t('recorded');
  }

  /** The model MOU for the states typed, downloaded; a refusal is said beside the field it names. */
  function mou(format: 'md' | 'pdf') {
    return async () => {
      const f = new FormData(document.getElementById('mou-form') as HTMLFormElement);
      const states = String(f.get('states') ?? '')
        .split(',')
        .map((s) => s.trim().toUpperCase())
        .filter(Boolean)
        .join(',');
      await download(
        `/api/agreements/model-mou${query({ states, years: String(f.get('years') ?? '') || undefined, format })}`,
        `model-mou-${states.replace(/,/g, '-')}.${format}`,
      );
    };
  }

  return (
    <Page title={t('title')} intro={t('intro')}>
      {notice && <Notice>{notice}</Notice>}
      <ErrorMessage error={matrix.error ?? list.error} />
      <section aria-labelledby="matrix-h">
        <h2 id="matrix-h">{t('matrix')}</h2>
        <p>{t('matrixIntro')}</p>
        <div className="filters">
          <Field label={t('date')} type="date" value={date} onChange={(e) => e.target.value && setDate(e.target.value)} />
        </div>
        {matrix.data && <MatrixTable matrix={matrix.data} />}
      </section>
      <section aria-labelledby="list-h">
        <h2 id="list-h">{t('list')}</h2>
        {list.data?.agreements.length === 0 && <p>{t('none')}</p>}
        {list.data && list.data.agreements.length > 0 && (
          <table className="table">
            <thead>
              <tr>
                {['titleCol', 'type', 'parties', 'scope', 'status', 'effective', 'expires'].map((k) => (
                  <th key={k} scope="col">
                    {t(k)}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.agreements.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to={`/agreements/${a.id}`}>{a.title}</Link> <DemoBadge demo={a.demo} />
                  </td>
                  <td>{t(`types.${a.type}`)}</td>
                  <td>{a.parties.map((p) => memberName(p.state)).join(', ')}</td>
                  <td>{a.scope.map(scopeLabel).join('; ')}</td>
                  <td>{t(`statuses.${a.status}`)}</td>
                  <td>{formatDate(a.effectiveOn, i18n.language)}</td>
                  <td>{formatDate(a.expiresOn, i18n.language)}</td>
                  <td>
                    <TerminateButton
                      agreement={a}
                      onDone={(said) => {
                        setNotice(said);
                        list.reload();
                        matrix.reload();
                      }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {/* The scopes come from the server: the form shows once they are there, never sent with none to tick. */}
      {keeper && scopes.data && (
        <Form onSubmit={record} resetOnSuccess className="card form-grid" aria-labelledby="record-h">
          <h2 id="record-h">{t('record')}</h2>
          <Field label={t('titleCol')} name="title" required />
          <Select label={t('type')} name="type" options={['mou', 'treaty', 'arrangement'].map((v) => ({ value: v, label: t(`types.${v}`) }))} />
          <Field label={t('parties')} name="parties" help={t('partiesHelp')} required />
          <CheckGroup legend={t('scope')} name="scope" required options={scopes.data.scopes.map((s) => ({ value: s.id, label: scopeLabel(s.id) }))} />
          <Select
            label={t('status')}
            name="status"
            defaultValue="in_force"
            options={['draft', 'signed', 'in_force', 'expired', 'terminated'].map((v) => ({ value: v, label: t(`statuses.${v}`) }))}
          />
          <Field label={t('signed')} name="signedOn" type="date" />
          <Field label={t('effective')} name="effectiveOn" type="date" />
          <Field label={t('expires')} name="expiresOn" type="date" />
          <Field label={t('place')} name="placeOfSignature" />
          <button type="submit">{t('save')}</button>
        </Form>
      )}
      <section aria-labelledby="mou-h" className="card">
        <h2 id="mou-h">{t('mou')}</h2>
        <p>{t('mouIntro')}</p>
        <Form id="mou-form" onSubmit={mou('md')} aria-labelledby="mou-h">
          <div className="filters">
            <Field label={t('mouStates')} name="states" defaultValue={user.state ? `${user.state},` : ''} help={t('partiesHelp')} required />
            <Field label={t('years')} name="years" type="number" min={1} max={50} step={1} defaultValue="5" />
          </div>
          <button type="submit">{t('markdown')}</button>{' '}
          <ActionButton check onAction={mou('pdf')}>
            {t('pdf')}
          </ActionButton>
        </Form>
      </section>
    </Page>
  );
}
