// One meeting: agenda, participants, notes, documents, decisions and actions arising. Under the Chatham House rule the
// server sends speakers and participants only to those who attended; this page shows what it is sent.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api';
import { Form } from '../../components/form';
import { DemoBadge, ErrorMessage, Field, formatDate, Loading, Notice, Page, TextArea, useApi } from '../../components/ui';
import { ActionsTable } from './GroupPage';
import type { Meeting } from './types';

export function MeetingPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('groups');
  const { data: m, error, loading, reload } = useApi(() => api.get<Meeting>(`/api/groups/meetings/${id}`), [id]);
  const [note, setNote] = useState({ body: '', speaker: '', speakerAffiliation: '' });
  const addNote = async () => {
    await api.post(`/api/groups/meetings/${id}/notes`, {
      body: note.body,
      speaker: note.speaker || null,
      speakerAffiliation: note.speakerAffiliation || null,
    });
    setNote({ body: '', speaker: '', speakerAffiliation: '' });
    reload();
    return t('noteAdded');
  };
  const identities = m !== null && m.participants !== null;
  return (
    <Page title={m?.title ?? t('meetings')} actions={m && <Link to={`/groups/${m.groupCode}/meetings`}>{m.groupName}</Link>}>
      <ErrorMessage error={error} />
      {loading && <Loading />}
      {m && (
        <>
          <p>
            <DemoBadge demo={m.demo} /> {formatDate(m.startsOn, i18n.language)}
            {m.location ? `, ${m.location}` : ''}
            {m.chathamHouse ? ` · ${t('chathamHouse')}` : ''} · {t('participantCount', { count: m.participantCount })}
          </p>
          {m.chathamHouse && !identities && <Notice>{t('chathamNotice')}</Notice>}
          <h2>{t('agenda')}</h2>
          <ol>
            {m.agenda.map((a) => (
              <li key={a.title}>
                {a.title}
                {a.lead ? ` (${a.lead})` : ''}
              </li>
            ))}
          </ol>
          {m.participants && (
            <>
              <h2>{t('participants')}</h2>
              <ul>
                {m.participants.map((p) => (
                  <li key={p.userId}>
                    {p.name}, {p.organisation} ({p.memberCode ?? 'RSO'})
                  </li>
                ))}
              </ul>
            </>
          )}
          <h2>{t('notes')}</h2>
          {m.notes.length === 0 && <p>{t('noNotes')}</p>}
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('agendaItem')}</th>
                {identities && <th scope="col">{t('speaker')}</th>}
                {identities && <th scope="col">{t('affiliation')}</th>}
                <th scope="col">{t('noteBody')}</th>
              </tr>
            </thead>
            <tbody>
              {m.notes.map((n) => (
                <tr key={n.id}>
                  <td>{n.agendaItem !== null ? `${n.agendaItem + 1}. ${m.agenda[n.agendaItem]?.title ?? ''}` : '—'}</td>
                  {identities && <td>{n.speaker ?? '—'}</td>}
                  {identities && <td>{n.speakerAffiliation ?? '—'}</td>}
                  <td>{n.body}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {m.youAttended && (
            <Form className="form-grid" onSubmit={addNote} aria-labelledby="add-note-h">
              <h2 id="add-note-h">{t('addNote')}</h2>
              <TextArea label={t('noteBody')} name="body" value={note.body} onChange={(e) => setNote({ ...note, body: e.target.value })} required />
              <Field label={t('speaker')} name="speaker" value={note.speaker} onChange={(e) => setNote({ ...note, speaker: e.target.value })} />
              <Field
                label={t('affiliation')}
                name="speakerAffiliation"
                value={note.speakerAffiliation}
                onChange={(e) => setNote({ ...note, speakerAffiliation: e.target.value })}
              />
              <button type="submit">{t('addNote')}</button>
            </Form>
          )}
          {m.documents.length > 0 && (
            <>
              <h2>{t('documents')}</h2>
              {m.documents.map((d) => (
                <details key={d.id}>
                  <summary>{d.title}</summary>
                  <p>{d.body}</p>
                </details>
              ))}
            </>
          )}
          <h2>{t('decisions')}</h2>
          <ul>
            {m.decisions.map((d) => (
              <li key={d.id}>{d.text}</li>
            ))}
          </ul>
          <h2>{t('actions')}</h2>
          <ActionsTable actions={m.actions} />
          {(m.youLead || m.youAttended) && <DocumentForm meetingId={m.id} onSaved={reload} />}
          {m.youLead && <LeadForms meetingId={m.id} onSaved={reload} />}
        </>
      )}
    </Page>
  );
}

/** What the co-chairs record after a meeting: its decisions and the actions arising (which go into the work plan). */
function LeadForms({ meetingId, onSaved }: { meetingId: string; onSaved: () => void }) {
  const { t } = useTranslation('groups');
  const [decision, setDecision] = useState('');
  const [action, setAction] = useState({ description: '', states: '', dueOn: '' });
  const addDecision = async () => {
    await api.post(`/api/groups/meetings/${meetingId}/decisions`, { text: decision });
    setDecision('');
    onSaved();
    return t('decisionAdded');
  };
  const addAction = async () => {
    await api.post(`/api/groups/meetings/${meetingId}/actions`, {
      description: action.description,
      dueOn: action.dueOn || null,
      responsibleStates: action.states
        .split(/[\s,]+/)
        .map((s) => s.trim().toUpperCase())
        .filter(Boolean),
    });
    setAction({ description: '', states: '', dueOn: '' });
    onSaved();
    return t('actionAdded');
  };
  return (
    <>
      <Form className="form-grid" onSubmit={addDecision} aria-labelledby="add-decision-h">
        <h2 id="add-decision-h">{t('addDecision')}</h2>
        <Field label={t('decisionText')} name="text" value={decision} onChange={(e) => setDecision(e.target.value)} required />
        <button type="submit">{t('addDecision')}</button>
      </Form>
      <Form className="form-grid" onSubmit={addAction} aria-labelledby="add-action-h">
        <h2 id="add-action-h">{t('addAction')}</h2>
        <Field
          label={t('actionText')}
          name="description"
          value={action.description}
          onChange={(e) => setAction({ ...action, description: e.target.value })}
          required
        />
        <Field
          label={t('responsible')}
          name="responsibleStates"
          help={t('responsibleHelp')}
          value={action.states}
          onChange={(e) => setAction({ ...action, states: e.target.value })}
        />
        <Field label={t('due')} name="dueOn" type="date" value={action.dueOn} onChange={(e) => setAction({ ...action, dueOn: e.target.value })} />
        <button type="submit">{t('addAction')}</button>
      </Form>
    </>
  );
}

/** Attach a meeting document (participants and co-chairs). */
function DocumentForm({ meetingId, onSaved }: { meetingId: string; onSaved: () => void }) {
  const { t } = useTranslation('groups');
  const [doc, setDoc] = useState({ title: '', body: '' });
  const submit = async () => {
    await api.post(`/api/groups/meetings/${meetingId}/documents`, doc);
    setDoc({ title: '', body: '' });
    onSaved();
    return t('documentAdded');
  };
  return (
    <Form className="form-grid" onSubmit={submit} aria-labelledby="add-document-h">
      <h2 id="add-document-h">{t('addDocument')}</h2>
      <Field label={t('documentTitle')} name="title" value={doc.title} onChange={(e) => setDoc({ ...doc, title: e.target.value })} required />
      <TextArea label={t('documentBody')} name="body" value={doc.body} onChange={(e) => setDoc({ ...doc, body: e.target.value })} />
      <button type="submit">{t('addDocument')}</button>
    </Form>
  );
}
