// The intelligence exchange: search and inbox, filing a report, and one report (release, acknowledge, RFIs, readers).
// Report text is always rendered as text (React escapes it), never as HTML.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router-dom';
import type { z } from 'zod';
import { ADMIRALTY, CREDIBILITIES, RELIABILITIES } from '../../../server/modules/intel/grading';
import type { inboxResponse, readersResponse, reportSchema, rfisResponse, searchResponse } from '../../../server/modules/intel/schemas';
import { api, query } from '../../api';
import { ActionButton, Form } from '../../components/form';
import { RecordPage } from '../../components/RecordPage';
import {
  ClassificationBadge,
  DemoBadge,
  ErrorMessage,
  Field,
  formatDate,
  formatDateTime,
  Notice,
  Page,
  ScrollTable,
  Select,
  useApi,
} from '../../components/ui';
import { useVocabulary, useVocabularyOptions } from '../../i18n/vocabulary';

type Report = z.infer<typeof reportSchema>;

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
        <ScrollTable label={t('releases')} columns={[t('recipient'), t('releasedAt'), t('acknowledgedAt')]}>
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
        </ScrollTable>
      )}
      <ErrorMessage error={readers.error} />
      {readers.data &&
        (readers.data.readers.length === 0 ? (
          <p>{t('noReaders')}</p>
        ) : (
          <ScrollTable label={t('readers')} columns={[t('readerState'), t('reader'), t('readAt')]}>
            {readers.data.readers.map((r, i) => (
              <tr key={i}>
                <td>{r.state ?? 'RSO'}</td>
                <td>{r.email ?? '—'}</td>
                <td>{formatDateTime(r.at, i18n.language)}</td>
              </tr>
            ))}
          </ScrollTable>
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
  const [notice, setNotice] = useState<string | null>(null);
  // Every step reloads the report and its requests; a form says what happened beside itself, a button at the top.
  const act = async (fn: () => Promise<unknown>, done: string) => {
    await fn();
    report.reload();
    rfis.reload();
    return done;
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
        {r.can.acknowledge && (
          <ActionButton onDone={setNotice} onAction={() => act(() => api.post(`/api/intel/reports/${id}/acknowledge`), t('acknowledged'))}>
            {t('acknowledge')}
          </ActionButton>
        )}
        {r.can.release && (
          // A refused release is said beside the states, naming each one no agreement covers; nothing was released.
          <Form
            aria-label={t('release')}
            resetOnSuccess
            onSubmit={(f) => {
              const states = String(f.get('states') ?? '')
                .split(',')
                .map((s) => s.trim().toUpperCase())
                .filter(Boolean);
              return act(() => api.post(`/api/intel/reports/${id}/release`, { states, groups: [] }), t('released'));
            }}
          >
            <Field label={t('releaseStates')} name="states" required />
            <button type="submit">{t('release')}</button>
          </Form>
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
            <Form
              aria-label={t('reply')}
              resetOnSuccess
              onSubmit={(f) => act(() => api.post(`/api/intel/rfis/${q.id}/messages`, { body: String(f.get('body') ?? '') }), t('replied'))}
            >
              <Field label={t('answer')} name="body" required />
              <button type="submit">{t('reply')}</button>
            </Form>
          </div>
        ))}
        {r.can.askForInformation && (
          <Form
            aria-label={t('rfi')}
            resetOnSuccess
            onSubmit={(f) =>
              act(() => api.post(`/api/intel/reports/${id}/rfis`, { question: String(f.get('question')), deadline: String(f.get('deadline')) }), t('rfiSent'))
            }
          >
            <Field label={t('question')} name="question" required />
            <Field label={t('deadline')} name="deadline" type="date" required />
            <button type="submit">{t('send')}</button>
          </Form>
        )}
      </article>
    </Page>
  );
}

function FileReport({ onFiled }: { onFiled: (id: string) => void }) {
  const { t } = useTranslation('intel');
  const label = useVocabulary();
  const categories = useVocabularyOptions('intelligenceCategory');
  const submit = async (f: FormData) => {
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
  };
  return (
    <Form onSubmit={submit} className="form-grid" aria-label={t('file')}>
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
      <button type="submit">{t('submit')}</button>
    </Form>
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
  const search = (q: string) => api.get<z.infer<typeof searchResponse>>(`/api/intel/reports${query({ q: q || undefined })}`);
  // Every report the caller may read at first; a search replaces them. A refused search is said beside the box.
  const everything = useApi(() => search(''), []);
  const [found, setFound] = useState<z.infer<typeof searchResponse> | null>(null);
  const results = found ?? everything.data;
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
      <Form role="search" aria-label={t('search')} onSubmit={async (data) => setFound(await search(String(data.get('q') ?? '').trim()))}>
        <Field label={t('searchLabel')} name="q" type="search" maxLength={200} />
        <button type="submit">{t('search')}</button>
      </Form>
      {/* A failed first load is said where the reports would be. */}
      {results ? (
        <table className="table" aria-label={t('results')}>
          {head}
          <tbody>{results.reports.map(row)}</tbody>
        </table>
      ) : (
        <ErrorMessage error={everything.error} />
      )}
      <h2>{t('file')}</h2>
      <FileReport onFiled={(id) => navigate(`/intel/reports/${id}`)} />
    </Page>
  );
}
