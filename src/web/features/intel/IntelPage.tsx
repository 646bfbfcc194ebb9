// The intelligence exchange: search and inbox, filing a report, and one report (release, acknowledge, RFIs, readers).
// Report text is always rendered as text (React escapes it), never as HTML.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router-dom';
import type { z } from 'zod';
import { ADMIRALTY, CREDIBILITIES, RELIABILITIES } from '../../../server/modules/intel/grading';
import type { inboxResponse, readersResponse, reportSchema, rfisResponse, searchResponse } from '../../../server/modules/intel/schemas';
import { ApiError, api, query } from '../../api';
import { RecordPage } from '../../components/RecordPage';
import { ClassificationBadge, DemoBadge, ErrorMessage, Field, formatDate, formatDateTime, Notice, Page, Select, useApi } from '../../components/ui';
import { useVocabulary, useVocabularyOptions } from '../../i18n/vocabulary';

type Report = z.infer<typeof reportSchema>;

/** A refused release names each recipient no agreement covers, and why. */
function MissingAgreements({ error }: { error: unknown }) {
  const { t } = useTranslation('intel');
  const missing =
    error instanceof ApiError && Array.isArray(error.body.missing) ? (error.body.missing as { state?: string; group?: string; reason?: string }[]) : [];
  if (!missing.length) return null;
  return (
    <div>
      <p>{t('missingAgreements')}</p>
      <ul>
        {missing.map((m, i) => (
          <li key={i}>{m.reason ?? m.state ?? m.group}</li>
        ))}
      </ul>
    </div>
  );
}

/** The originator's view of where its report went: each release (to whom, under which agreements) and who read it. */
function Circulation({ report }: { report: Report }) {
  const { t, i18n } = useTranslation('intel');
  const readers = useApi(() => api.get<z.infer<typeof readersResponse>>(`/api/intel/reports/${report.id}/readers`), [report.id]);
  return (
    <section aria-labelledby="circulation">
      <h3 id="circulation">{t('circulation')}</h3>
      {report.releases.length === 0 ? (
        <p>{t('notReleased')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('releases')}>
          <table className="table">
            <caption>{t('releases')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('recipient')}</th>
                <th scope="col">{t('releasedAt')}</th>
                <th scope="col">{t('acknowledgedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {report.releases.map((r) => {
                const ack = report.acknowledgedBy.find((a) => a.state === r.recipient);
                return (
                  <tr key={`${r.recipientKind}${r.recipient}`}>
                    <th scope="row">{r.recipient}</th>
                    <td>{formatDateTime(r.releasedAt, i18n.language)}</td>
                    <td>{ack ? formatDateTime(ack.at, i18n.language) : t('notYet')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ErrorMessage error={readers.error} />
      {readers.data &&
        (readers.data.readers.length === 0 ? (
          <p>{t('noReaders')}</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('readers')}>
            <table className="table">
              <caption>{t('readers')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('readerState')}</th>
                  <th scope="col">{t('reader')}</th>
                  <th scope="col">{t('readAt')}</th>
                </tr>
              </thead>
              <tbody>
                {readers.data.readers.map((r, i) => (
                  <tr key={i}>
                    <td>{r.state ?? 'RSO'}</td>
                    <td>{r.email ?? '—'}</td>
                    <td>{formatDateTime(r.at, i18n.language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}

function ReportView() {
  const { id = '' } = useParams();
  const { t } = useTranslation('intel');
  const label = useVocabulary();
  const report = useApi(() => api.get<Report>(`/api/intel/reports/${id}`), [id]);
  const rfis = useApi(() => api.get<z.infer<typeof rfisResponse>>(`/api/intel/reports/${id}/rfis`), [id]);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const act = async (fn: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await fn();
      setNotice(done);
      report.reload();
      rfis.reload();
    } catch (e) {
      setNotice('');
      setError(e);
    }
  };
  if (!report.data) return <RecordPage record={report}>{() => null}</RecordPage>;
  const r = report.data;
  return (
    <Page title={t('title')}>
      <article aria-labelledby="report-title">
        <Link to="/intel">{t('back')}</Link>
        <h2 id="report-title">
          {r.title} <DemoBadge demo={r.demo} />
        </h2>
        <p>
          {t('reference')}: {r.reference} · {t('originator')}: {r.ownerState} · <ClassificationBadge level={r.classification} /> · {t('category')}:{' '}
          {label('intelligenceCategory', r.category)}
        </p>
        <p>
          {t('grading')}: <strong>{r.grading.admiralty}</strong> ({label('reliability', r.grading.reliability.code)};{' '}
          {label('credibility', r.grading.credibility.code).toLocaleLowerCase()}) · {t('fourByFour')}: {r.grading.fourByFour}
          {r.handlingCodes.length > 0 && <> · {r.handlingCodes.map((h) => label('handlingCode', h)).join('; ')}</>}
        </p>
        <p className="report-body">{r.body}</p>
        {notice && <Notice>{notice}</Notice>}
        <ErrorMessage error={error} />
        <MissingAgreements error={error} />
        {!r.isOriginator && (
          <button type="button" onClick={() => act(() => api.post(`/api/intel/reports/${id}/acknowledge`), t('acknowledged'))}>
            {t('acknowledge')}
          </button>
        )}
        {r.mayRelease && (
          <form
            onSubmit={(e: FormEvent<HTMLFormElement>) => {
              e.preventDefault();
              const states = String(new FormData(e.currentTarget).get('states') ?? '')
                .split(',')
                .map((s) => s.trim().toUpperCase())
                .filter(Boolean);
              void act(() => api.post(`/api/intel/reports/${id}/release`, { states, groups: [] }), t('released'));
            }}
          >
            <Field label={t('releaseStates')} name="states" />
            <button type="submit">{t('release')}</button>
          </form>
        )}
        {r.isOriginator && <Circulation report={r} />}
        <h3>{t('rfis')}</h3>
        {rfis.data?.rfis.map((q) => (
          <div key={q.id} className="card">
            <p>
              {q.fromState} → {q.toState}: {q.question} ({t('due')} {formatDate(q.deadline)}, {q.status})
            </p>
            <ul>
              {q.messages.map((m) => (
                <li key={m.id}>
                  {m.authorState}: {m.body}
                </li>
              ))}
            </ul>
            <form
              onSubmit={(e: FormEvent<HTMLFormElement>) => {
                e.preventDefault();
                const body = String(new FormData(e.currentTarget).get('answer') ?? '');
                void act(() => api.post(`/api/intel/rfis/${q.id}/messages`, { body }), t('reply'));
              }}
            >
              <Field label={t('answer')} name="answer" required />
              <button type="submit">{t('reply')}</button>
            </form>
          </div>
        ))}
        {!r.isOriginator && (
          <form
            onSubmit={(e: FormEvent<HTMLFormElement>) => {
              e.preventDefault();
              const f = new FormData(e.currentTarget);
              void act(() => api.post(`/api/intel/reports/${id}/rfis`, { question: String(f.get('question')), deadline: String(f.get('deadline')) }), t('rfi'));
            }}
          >
            <Field label={t('question')} name="question" required />
            <Field label={t('deadline')} name="deadline" type="date" required />
            <button type="submit">{t('send')}</button>
          </form>
        )}
      </article>
    </Page>
  );
}

function FileReport({ onFiled }: { onFiled: (id: string) => void }) {
  const { t } = useTranslation('intel');
  const label = useVocabulary();
  const categories = useVocabularyOptions('intelligenceCategory');
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    try {
      const created = await api.post<Report>('/api/intel/reports', {
        title: f.get('title'),
        body: f.get('body'),
        category: f.get('category'),
        reliability: f.get('reliability'),
        credibility: f.get('credibility'),
        classification: f.get('classification'),
        handlingCodes: f.get('oc') ? ['originator_control'] : [],
      });
      onFiled(created.id);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={submit} className="form-grid" aria-label={t('file')}>
      <Field label={t('reportTitle')} name="title" required />
      <Field label={t('body')} name="body" required />
      <Select label={t('category')} name="category" options={categories} />
      <Select
        label={t('reliability')}
        name="reliability"
        options={RELIABILITIES.map((code) => ({
          value: code,
          label: `${code} · ${label('reliability', code)} (4x4 ${ADMIRALTY.reliability[code].fourByFour})`,
        }))}
      />
      <Select
        label={t('credibility')}
        name="credibility"
        options={CREDIBILITIES.map((code) => ({
          value: code,
          label: `${code} · ${label('credibility', code)} (4x4 ${ADMIRALTY.credibility[code].fourByFour})`,
        }))}
      />
      <Select
        label={t('classification')}
        name="classification"
        options={(['restricted', 'confidential', 'secret', 'members'] as const).map((c) => ({ value: c, label: label('classification', c) }))}
      />
      <label>
        <input type="checkbox" name="oc" /> {t('originatorControl')}
      </label>
      <ErrorMessage error={error} />
      <button type="submit">{t('submit')}</button>
    </form>
  );
}

/** Each report has its own address (/intel/reports/:id) to bookmark or share; the server decides who may read it. */
export default function IntelPage() {
  return (
    <Routes>
      <Route index element={<Exchange />} />
      <Route path="reports/:id" element={<ReportView />} />
    </Routes>
  );
}

function Exchange() {
  const { t } = useTranslation('intel');
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const results = useApi(() => api.get<z.infer<typeof searchResponse>>(`/api/intel/reports${query({ q: q || undefined })}`), [q]);
  const inbox = useApi(() => api.get<z.infer<typeof inboxResponse>>('/api/intel/inbox'), []);
  const row = (r: { id: string; reference: string; title: string; ownerState: string; classification: string; demo: boolean }) => (
    <tr key={r.id}>
      <td>
        <Link to={`/intel/reports/${r.id}`}>{r.title}</Link> <DemoBadge demo={r.demo} />
      </td>
      <td>{r.reference}</td>
      <td>{r.ownerState}</td>
      <td>
        <ClassificationBadge level={r.classification} />
      </td>
    </tr>
  );
  const head = (
    <thead>
      <tr>
        <th scope="col">{t('reportTitle')}</th>
        <th scope="col">{t('reference')}</th>
        <th scope="col">{t('originator')}</th>
        <th scope="col">{t('classification')}</th>
      </tr>
    </thead>
  );
  return (
    <Page title={t('title')} intro={t('intro')}>
      <h2>{t('inbox')}</h2>
      {inbox.data?.reports.length ? (
        <table className="table">
          {head}
          <tbody>{inbox.data.reports.map(row)}</tbody>
        </table>
      ) : (
        <p>{t('none')}</p>
      )}
      <h2>{t('search')}</h2>
      <form
        role="search"
        onSubmit={(e: FormEvent<HTMLFormElement>) => {
          e.preventDefault();
          setQ(String(new FormData(e.currentTarget).get('q') ?? ''));
        }}
      >
        <Field label={t('searchLabel')} name="q" type="search" />
        <button type="submit">{t('search')}</button>
      </form>
      {results.data && (
        <table className="table" aria-label={t('results')}>
          {head}
          <tbody>{results.data.reports.map(row)}</tbody>
        </table>
      )}
      <h2>{t('file')}</h2>
      <FileReport onFiled={(id) => navigate(`/intel/reports/${id}`)} />
    </Page>
  );
}
