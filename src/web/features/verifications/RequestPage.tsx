// One verification request: the person as claimed (names in their own script, with a Latin reading), the arrangement it
// relies on, files, the thread, and what the server says this user may do: answer, add information, withdraw, start a return.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { z } from 'zod';
import type { requestSchema } from '../../../server/modules/verifications/schemas';
import { api, base64Of, download } from '../../api';
import { ActionButton, Form } from '../../components/form';
import {
  ClassificationBadge,
  DemoBadge,
  ErrorMessage,
  Field,
  formatDate,
  formatDateTime,
  Loading,
  Notice,
  Select,
  TextArea,
  useApi,
} from '../../components/ui';
import { Arrangement } from './Arrangement';
import { ANSWERS, FILE_KINDS } from './kinds';
import { Resemblances } from './Resemblances';

type Request = z.infer<typeof requestSchema>;

function Person({ r }: { r: Request }) {
  const { t, i18n } = useTranslation('verifications');
  const { t: td } = useTranslation('documents');
  const p = r.person;
  return (
    <section aria-labelledby="person">
      <h3 id="person">{t('person')}</h3>
      <table className="table">
        <caption>{t('names')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('kind')}</th>
            <th scope="col">{t('script')}</th>
            <th scope="col">{t('latin')}</th>
          </tr>
        </thead>
        <tbody>
          {p.names.map((n, i) => (
            <tr key={i}>
              <td>{n.name}</td>
              <td>{t(`nameKinds.${n.kind}`)}</td>
              <td>{n.script}</td>
              <td>{n.latin}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="facts">
        <dt>{t('birthDate')}</dt>
        <dd>{p.birthDate ?? '—'}</dd>
        <dt>{t('birthPlace')}</dt>
        <dd>{p.birthPlace ?? '—'}</dd>
        <dt>{t('sex')}</dt>
        <dd>{p.sex ? t(`sexes.${p.sex}`) : '—'}</dd>
        <dt>{t('claimedNationality')}</dt>
        <dd>{p.claimedNationality}</dd>
        <dt>{t('languages')}</dt>
        <dd>{p.languages.join(', ') || '—'}</dd>
        <dt>{t('documents')}</dt>
        <dd>{p.documents.length ? p.documents.map((d) => `${td(`types.${d.type}`)} ${d.number} (${d.issuingState})`).join('; ') : '—'}</dd>
        <dt>{t('dueOn')}</dt>
        <dd>
          {formatDate(r.dueOn, i18n.language)}
          {r.overdue ? ` (${t('overdue')})` : ''}
        </dd>
      </dl>
    </section>
  );
}

function Files({ r, onChange }: { r: Request; onChange: () => void }) {
  const { t, i18n } = useTranslation('verifications');
  const [kind, setKind] = useState('photograph');
  const [file, setFile] = useState<File | null>(null);
  const attach = async () => {
    if (!file) return;
    await api.post(`/api/verifications/${r.id}/files`, { kind, filename: file.name, contentBase64: await base64Of(file) });
    onChange();
    return t('attached');
  };
  return (
    <section aria-labelledby="files">
      <h3 id="files">{t('files.title')}</h3>
      <p>{t('files.intro', { from: r.fromState, to: r.toState })}</p>
      {r.files.length > 0 && (
        <table className="table">
          <caption>{t('files.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('files.kind')}</th>
              <th scope="col">{t('files.name')}</th>
              <th scope="col">{t('files.from')}</th>
              <th scope="col">{t('files.added')}</th>
              <th scope="col">{t('files.download')}</th>
            </tr>
          </thead>
          <tbody>
            {r.files.map((f) => (
              <tr key={f.id}>
                <td>{t(`files.kinds.${f.kind}`)}</td>
                <td>
                  {f.filename} ({Math.ceil(f.sizeBytes / 1024)} KiB)
                </td>
                <td>{f.addedState}</td>
                <td>{formatDateTime(f.at, i18n.language)}</td>
                <td>
                  <button type="button" onClick={() => void download(`/api/verifications/${r.id}/files/${f.id}`, f.filename)}>
                    {t('files.downloadOne', { name: f.filename })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {r.abilities.attach && (
        <Form onSubmit={attach} resetOnSuccess className="form-grid" aria-label={t('files.attach')}>
          <Select
            label={t('files.kind')}
            name="kind"
            value={kind}
            onChange={(e) => setKind(e.target.value)}
            options={FILE_KINDS.map((k) => ({ value: k, label: t(`files.kinds.${k}`) }))}
          />
          <Field
            label={t('files.file')}
            name="contentBase64"
            help={t('files.help')}
            type="file"
            accept=".jpg,.jpeg,.png,.jp2,.wsq,.eft,.an2,.nist,.pdf"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            required
          />
          <button type="submit">{t('files.attach')}</button>
        </Form>
      )}
    </section>
  );
}

function StartReturn({ r }: { r: Request }) {
  const { t } = useTranslation('verifications');
  const navigate = useNavigate();
  const [kind, setKind] = useState('migrant');
  const [identifiedOn, setIdentifiedOn] = useState(new Date().toISOString().slice(0, 10));
  const start = async () => {
    const created = await api.post<{ id: string }>('/api/victims/cases', { verificationId: r.id, kind, identifiedOn });
    navigate(`/victims/${created.id}`);
  };
  return (
    <Form onSubmit={start} className="form-grid" aria-label={t('return.title')}>
      <h3>{t('return.title')}</h3>
      <Select
        label={t('return.kind')}
        name="kind"
        value={kind}
        onChange={(e) => setKind(e.target.value)}
        options={[
          { value: 'migrant', label: t('return.migrant') },
          { value: 'victim', label: t('return.victim') },
        ]}
      />
      <Field label={t('return.identifiedOn')} name="identifiedOn" type="date" value={identifiedOn} onChange={(e) => setIdentifiedOn(e.target.value)} required />
      <button type="submit">{t('return.start')}</button>
    </Form>
  );
}

export function RequestPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('verifications');
  const request = useApi(() => api.get<Request>(`/api/verifications/${id}`), [id]);
  const [answer, setAnswer] = useState({ answer: 'confirmed', evidence: '' });
  const [message, setMessage] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  if (!request.data) return request.error ? <ErrorMessage error={request.error} /> : <Loading />;
  const r = request.data;
  const act = async (fn: () => Promise<unknown>, done: string) => {
    await fn();
    request.reload();
    return done;
  };
  return (
    <article aria-labelledby="request-title">
      <p>
        <Link to="/verifications">{t('back')}</Link>
      </p>
      <h2 id="request-title">
        {t('request.title', { reference: r.reference })} <DemoBadge demo={r.demo} />
      </h2>
      <p>
        {t('request.between', { from: r.fromState, to: r.toState })} · {t(`urgencies.${r.urgency}`)} · <ClassificationBadge level={r.classification} />
      </p>
      <p>
        <strong>{t('status')}:</strong> {t(`statuses.${r.status}`)}
        {r.answer ? ` — ${t(`answers.${r.answer}`)}` : ''}
        {r.answeredAt ? ` (${formatDateTime(r.answeredAt, i18n.language)})` : ''}
      </p>
      <Arrangement arrangement={r.arrangement} a={r.fromState} b={r.toState} />
      {r.returnCaseId && (
        <p>
          <Link to={`/victims/${r.returnCaseId}`}>{t('return.open')}</Link>
        </p>
      )}
      {notice && <Notice>{notice}</Notice>}
      <h3>{t('reason')}</h3>
      <p className="report-body">{r.reason}</p>
      <Person r={r} />
      <Resemblances id={r.id} />
      <Files r={r} onChange={request.reload} />
      <section aria-labelledby="thread">
        <h3 id="thread">{t('thread.title')}</h3>
        {r.messages.length === 0 ? (
          <p>{t('thread.none')}</p>
        ) : (
          <ol className="thread">
            {r.messages.map((m) => (
              <li key={m.id}>
                <strong>
                  {m.authorState}
                  {m.authorName ? ` · ${m.authorName}` : ''}
                </strong>{' '}
                · {formatDateTime(m.at, i18n.language)}
                {m.kind === 'answer' && m.answer && (
                  <div>
                    <strong>{t('thread.answered', { answer: t(`answers.${m.answer}`) })}</strong>
                  </div>
                )}
                <p className="report-body">{m.body}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
      {r.abilities.answer && (
        // Answering closes the form: what happened is said at the top of the request.
        <Form
          onSubmit={() => act(() => api.post(`/api/verifications/${r.id}/answer`, answer), t('answer.done'))}
          onDone={setNotice}
          aria-label={t('answer.title')}
        >
          <h3>{t('answer.title')}</h3>
          <Select
            label={t('answer.answer')}
            name="answer"
            value={answer.answer}
            onChange={(e) => setAnswer({ ...answer, answer: e.target.value })}
            options={ANSWERS.map((a) => ({ value: a, label: t(`answers.${a}`) }))}
          />
          <TextArea
            label={t('answer.evidence')}
            name="evidence"
            help={t('answer.evidenceHelp')}
            value={answer.evidence}
            onChange={(e) => setAnswer({ ...answer, evidence: e.target.value })}
            rows={4}
            required
            maxLength={10000}
          />
          <button type="submit">{t('answer.submit')}</button>
        </Form>
      )}
      {r.abilities.addInformation && (
        <Form
          onSubmit={() =>
            act(async () => {
              await api.post(`/api/verifications/${r.id}/messages`, { body: message });
              setMessage('');
            }, t('thread.sent'))
          }
          aria-label={t('thread.write')}
        >
          <TextArea label={t('thread.write')} name="body" value={message} onChange={(e) => setMessage(e.target.value)} rows={3} required maxLength={10000} />
          <button type="submit">{t('thread.send')}</button>
        </Form>
      )}
      {r.abilities.withdraw && (
        <p>
          <ActionButton
            className="danger"
            onDone={setNotice}
            confirm={{
              title: t('withdrawAsk', { reference: r.reference }),
              body: t('withdrawBody', { state: r.toState }),
              confirm: t('withdraw'),
              danger: true,
            }}
            onAction={() => act(() => api.post(`/api/verifications/${r.id}/withdraw`, {}), t('withdrawn'))}
          >
            {t('withdraw')}
          </ActionButton>
        </p>
      )}
      {r.abilities.startReturn && <StartReturn r={r} />}
    </article>
  );
}
