// Reporting a period: lines by form (several agencies draft, an officer or focal point submits), or a CSV/XLSX upload;
// every problem said beside its field, lines the server refused listed by number.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Permission } from '../../../server/access/permissions';
import type { incidentLine, submissionSummary } from '../../../server/modules/flows/schemas';
import { api } from '../../api';
import { usePermission } from '../../app/session';
import { ActionButton, Form } from '../../components/form';
import { DemoBadge, ErrorMessage, Field, formatDateTime, Select, useApi } from '../../components/ui';
import { useFormat } from '../../i18n/format';
import { OutliersSection } from './OutliersSection';
import { usePeriod } from './period';
import { RefusedLines, type ReportLine, type Result, reportLines, savedText } from './returnReport';
import { UploadSection } from './UploadSection';

type Incident = z.input<typeof incidentLine>;
const codes = (text: string) =>
  text
    .split(/[;,\s>]+/)
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);

export function ReportPage() {
  const { t } = useTranslation('flows');
  const inWords = usePeriod();
  const format = useFormat();
  // A fee the reader's way ("12,500 US$"); a currency code Intl does not know is shown as typed after the amount.
  const fee = (amount: number, currency: string) => {
    try {
      return format.money(amount, currency);
    } catch {
      return `${format.number(amount)} ${currency}`;
    }
  };
  const maySubmit = usePermission(Permission.FlowsSubmit);
  const returns = useApi(() => api.get<{ submissions: z.infer<typeof submissionSummary>[] }>('/api/flows/submissions'), []);
  // Each saved or submitted return reloads the list of returns and the values flagged for confirmation.
  const [version, setVersion] = useState(0);
  const changed = () => {
    returns.reload();
    setVersion((v) => v + 1);
  };
  const [period, setPeriod] = useState('');
  const [incidents, setIncidents] = useState<Incident[]>([]);
  const [draft, setDraft] = useState({
    origin: '',
    transit: '',
    destination: '',
    means: 'sea',
    groupSize: '',
    deaths: '0',
    injuries: '0',
    feeAmount: '',
    currency: 'USD',
  });
  const [refused, setRefused] = useState<ReportLine[]>([]);
  const set = (k: keyof typeof draft) => (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value });

  // Checked in place (required, whole numbers, never below zero) before the line joins the return.
  const addIncident = () => {
    setIncidents([
      ...incidents,
      {
        origin: draft.origin.toUpperCase(),
        transit: codes(draft.transit),
        destination: draft.destination.toUpperCase(),
        means: draft.means as Incident['means'],
        groupSize: Number(draft.groupSize),
        deaths: Number(draft.deaths || 0),
        injuries: Number(draft.injuries || 0),
        fee: draft.feeAmount ? { amount: Number(draft.feeAmount), currency: draft.currency.toUpperCase() } : null,
      },
    ]);
  };
  // The period's problem is said beside it; lines the server refused are listed by number under the form.
  const send = (submit: boolean) => async () => {
    setRefused([]);
    try {
      const saved = await api.post<Result>('/api/flows/submissions', { period, incidents, submit });
      setIncidents([]);
      changed();
      return savedText(t, saved);
    } catch (err) {
      setRefused(reportLines(err));
      throw err;
    }
  };

  return (
    <>
      <h2>{t('tabs.report')}</h2>
      <Form onSubmit={addIncident} className="form-grid" aria-label={t('addIncident')}>
        <Field label={t('origin')} name="origin" value={draft.origin} onChange={set('origin')} required maxLength={3} />
        <Field label={t('transit')} name="transit" value={draft.transit} onChange={set('transit')} />
        <Field label={t('destination')} name="destination" value={draft.destination} onChange={set('destination')} required maxLength={3} />
        <Select
          label={t('means')}
          name="means"
          value={draft.means}
          onChange={set('means')}
          options={['sea', 'air', 'land'].map((m) => ({ value: m, label: t(`meansOf.${m}`) }))}
        />
        <Field label={t('groupSize')} name="groupSize" type="number" min={1} step={1} value={draft.groupSize} onChange={set('groupSize')} required />
        <Field label={t('deaths')} name="deaths" type="number" min={0} step={1} value={draft.deaths} onChange={set('deaths')} />
        <Field label={t('injuries')} name="injuries" type="number" min={0} step={1} value={draft.injuries} onChange={set('injuries')} />
        <Field label={t('feeAmount')} name="feeAmount" type="number" min={0} step="any" value={draft.feeAmount} onChange={set('feeAmount')} />
        <Field label={t('currency')} name="currency" value={draft.currency} onChange={set('currency')} maxLength={3} />
        <button type="submit">{t('addIncident')}</button>
      </Form>
      {incidents.length > 0 && (
        <table className="table">
          <caption>{t('lines')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('groups.route')}</th>
              <th scope="col">{t('means')}</th>
              <th scope="col">{t('groupSize')}</th>
              <th scope="col">{t('feeAmount')}</th>
              <th scope="col">{t('remove')}</th>
            </tr>
          </thead>
          <tbody>
            {incidents.map((i, n) => (
              <tr key={n}>
                <td>{[i.origin, ...(i.transit ?? []), i.destination].join(' → ')}</td>
                <td>{t(`meansOf.${i.means}`)}</td>
                <td>{format.number(i.groupSize)}</td>
                <td>{i.fee ? fee(i.fee.amount, i.fee.currency) : '—'}</td>
                <td>
                  <button type="button" onClick={() => setIncidents(incidents.filter((_, k) => k !== n))}>
                    {t('remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Form onSubmit={send(false)} aria-label={t('returnForm')}>
        <Field label={t('period')} name="period" value={period} onChange={(e) => setPeriod(e.target.value.trim())} placeholder="2025-03" required />
        <div className="filters">
          <button type="submit">{t('saveDraft')}</button>
          {maySubmit && (
            <ActionButton check onAction={send(true)}>
              {t('submitReturn')}
            </ActionButton>
          )}
        </div>
      </Form>
      <RefusedLines lines={refused} />

      <UploadSection maySubmit={maySubmit} onDone={changed} />

      <h2>{t('myReturns')}</h2>
      {/* A failed load is said where the returns would be, not above an empty table. */}
      {returns.error ? (
        <ErrorMessage error={returns.error} />
      ) : (
        <table className="table">
          <caption>{t('myReturns')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('period')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('submittedAt')}</th>
              <th scope="col">{t('incidents')}</th>
              <th scope="col">{t('contributors')}</th>
              <th scope="col">{t('submitDraft')}</th>
            </tr>
          </thead>
          <tbody>
            {(returns.data?.submissions ?? []).map((s) => (
              <tr key={s.id}>
                <td>
                  {inWords(s.period)} <DemoBadge demo={s.demo} />
                </td>
                <td>{t(`statuses.${s.late ? 'late' : s.status}`)}</td>
                <td>{formatDateTime(s.submittedAt)}</td>
                <td>{format.number(s.incidents)}</td>
                <td>{s.contributors}</td>
                <td>
                  {s.status === 'draft' && maySubmit && (
                    <ActionButton
                      onAction={async () => {
                        const saved = await api.post<Result>(`/api/flows/submissions/${s.period}/submit`, {});
                        changed();
                        return savedText(t, saved);
                      }}
                    >
                      {t('submitDraft')} {inWords(s.period)}
                    </ActionButton>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <OutliersSection refresh={version} />
    </>
  );
}
