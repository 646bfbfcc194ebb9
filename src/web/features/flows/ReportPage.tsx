// Reporting a period: lines by form (several agencies draft, an officer or focal point submits), or a CSV/XLSX upload.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Permission } from '../../../server/access/permissions';
import type { incidentLine, submissionResult, submissionSummary } from '../../../server/modules/flows/schemas';
import { ApiError, api, download } from '../../api';
import { usePermission } from '../../app/session';
import { Form } from '../../components/form';
import { DemoBadge, ErrorMessage, Field, formatDateTime, Notice, Select, useApi } from '../../components/ui';
import { useFormat } from '../../i18n/format';
import { OutliersSection } from './OutliersSection';

type Incident = z.input<typeof incidentLine>;
type Result = z.infer<typeof submissionResult>;
const codes = (text: string) =>
  text
    .split(/[;,\s>]+/)
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);

export function ReportPage() {
  const { t } = useTranslation('flows');
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
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<Result | null>(null);
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
  const send = async (submit: boolean) => {
    setError(null);
    setSaved(null);
    try {
      setSaved(await api.post<Result>('/api/flows/submissions', { period, incidents, submit }));
      setIncidents([]);
      returns.reload();
    } catch (err) {
      setError(err);
    }
  };
  const submitDraft = async (p: string) => {
    setError(null);
    try {
      setSaved(await api.post<Result>(`/api/flows/submissions/${p}/submit`, {}));
      returns.reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <>
      <h2>{t('tabs.report')}</h2>
      <Field label={t('period')} value={period} onChange={(e) => setPeriod(e.target.value.trim())} placeholder="2025-03" required />
      <Form onSubmit={addIncident} className="form-grid" aria-label={t('addIncident')}>
        <Field label={t('origin')} value={draft.origin} onChange={set('origin')} required maxLength={3} />
        <Field label={t('transit')} value={draft.transit} onChange={set('transit')} />
        <Field label={t('destination')} value={draft.destination} onChange={set('destination')} required maxLength={3} />
        <Select label={t('means')} value={draft.means} onChange={set('means')} options={['sea', 'air', 'land'].map((m) => ({ value: m, label: m }))} />
        <Field label={t('groupSize')} type="number" min={1} step={1} value={draft.groupSize} onChange={set('groupSize')} required />
        <Field label={t('deaths')} type="number" min={0} step={1} value={draft.deaths} onChange={set('deaths')} />
        <Field label={t('injuries')} type="number" min={0} step={1} value={draft.injuries} onChange={set('injuries')} />
        <Field label={t('feeAmount')} type="number" min={0} step="any" value={draft.feeAmount} onChange={set('feeAmount')} />
        <Field label={t('currency')} value={draft.currency} onChange={set('currency')} maxLength={3} />
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
                <td>{i.means}</td>
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
      <div className="filters">
        <button type="button" onClick={() => send(false)} disabled={!period}>
          {t('saveDraft')}
        </button>
        {maySubmit && (
          <button type="button" onClick={() => send(true)} disabled={!period}>
            {t('submitReturn')}
          </button>
        )}
      </div>
      <ErrorMessage error={error} />
      {error instanceof ApiError && Array.isArray(error.body.report) && error.body.report.length > 0 && (
        <table className="table">
          <caption>{t('report')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('line')}</th>
              <th scope="col">{t('field')}</th>
              <th scope="col">{t('problem')}</th>
            </tr>
          </thead>
          <tbody>
            {(error.body.report as { line?: number; field: string; message: string }[]).map((r, n) => (
              <tr key={n}>
                <td>{r.line ?? '—'}</td>
                <td>{r.field}</td>
                <td>{r.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {saved && <Notice>{t('saved', { ...saved.added, status: t(`statuses.${saved.submission.status}`) })}</Notice>}

      <UploadSection
        maySubmit={maySubmit}
        onDone={(r) => {
          setSaved(r);
          setError(null);
          returns.reload();
        }}
        onError={setError}
      />

      <h2>{t('myReturns')}</h2>
      <ErrorMessage error={returns.error} />
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
                {s.period} <DemoBadge demo={s.demo} />
              </td>
              <td>{t(`statuses.${s.late ? 'late' : s.status}`)}</td>
              <td>{formatDateTime(s.submittedAt)}</td>
              <td>{s.incidents}</td>
              <td>{s.contributors}</td>
              <td>
                {s.status === 'draft' && maySubmit && (
                  <button type="button" onClick={() => submitDraft(s.period)}>
                    {t('submitDraft')} {s.period}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <OutliersSection />
    </>
  );
}

function UploadSection({ maySubmit, onDone, onError }: { maySubmit: boolean; onDone: (r: Result) => void; onError: (e: unknown) => void }) {
  const { t } = useTranslation('flows');
  const [period, setPeriod] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [submit, setSubmit] = useState(false);
  const upload = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    try {
      onDone(
        await api.post<Result>('/api/flows/uploads', {
          period,
          format: file.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv',
          contentBase64: btoa(binary),
          submit,
        }),
      );
    } catch (err) {
      onError(err);
    }
  };
  return (
    <form onSubmit={upload} aria-label={t('upload')}>
      <h2>{t('upload')}</h2>
      <p>
        {t('templates')}:{' '}
        <button type="button" onClick={() => download('/api/flows/templates/flows-return-template.csv', 'flows-return-template.csv')}>
          CSV
        </button>{' '}
        <button type="button" onClick={() => download('/api/flows/templates/flows-return-template.xlsx', 'flows-return-template.xlsx')}>
          XLSX
        </button>
      </p>
      <div className="form-grid">
        <Field label={`${t('period')} `} value={period} onChange={(e) => setPeriod(e.target.value.trim())} required />
        <Field label={t('file')} type="file" accept=".csv,.xlsx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} required />
        {maySubmit && <Field label={t('submitToo')} type="checkbox" checked={submit} onChange={(e) => setSubmit(e.target.checked)} />}
      </div>
      <button type="submit">{t('uploadButton')}</button>
    </form>
  );
}
