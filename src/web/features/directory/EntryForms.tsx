// Keeping a directory entry: the contact point form (to add or to change one), the liaison officer posting form, and
// removing an entry (asked first). Shown only where the entry's `can` (access/directory.ts) says the reader keeps it.
import { useTranslation } from 'react-i18next';
import type { ContactPoint, LiaisonOfficer } from '../../../server/modules/directory/schemas';
import { api } from '../../api';
import { ActionButton, Form } from '../../components/form';
import { Field, Select } from '../../components/ui';

type Option = { value: string; label: string };
const text = (f: FormData, k: string) => String(f.get(k) ?? '').trim();

/** Adds a contact point (no `entry`) or changes one; says what happened through `onDone`. */
export function ContactPointForm({
  entry,
  states,
  topics,
  defaultState,
  onDone,
  onCancel,
}: {
  entry?: ContactPoint;
  states: Option[];
  topics: Option[];
  defaultState: string;
  onDone: (said: string) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('directory');
  const headingId = entry ? `edit-${entry.id}-h` : 'add-h';
  async function save(f: FormData) {
    const fields = {
      topic: text(f, 'topic'),
      name: text(f, 'name'),
      position: text(f, 'position'),
      agency: text(f, 'agency'),
      email: text(f, 'email') || null,
      phone: text(f, 'phone') || null,
      secureChannel: text(f, 'secureChannel') || null,
    };
    if (entry) await api.patch(`/api/directory/contact-points/${entry.id}`, fields);
    else await api.post('/api/directory/contact-points', { state: text(f, 'state'), ...fields });
    const said = entry ? t('saved') : t('added');
    onDone(said);
    return said;
  }
  return (
    <Form onSubmit={save} resetOnSuccess={!entry} className="card form-grid" aria-labelledby={headingId}>
      <h2 id={headingId}>{entry ? t('editTitle', { name: entry.name }) : t('add')}</h2>
      {!entry && <Select label={t('state')} name="state" defaultValue={defaultState} options={states} />}
      <Select label={t('topic')} name="topic" defaultValue={entry?.topic} options={topics} />
      <Field label={t('name')} name="name" required defaultValue={entry?.name} />
      <Field label={t('position')} name="position" defaultValue={entry?.position} />
      <Field label={t('agency')} name="agency" defaultValue={entry?.agency} />
      <Field label={t('email')} name="email" type="email" defaultValue={entry?.email ?? ''} />
      <Field label={t('phone')} name="phone" defaultValue={entry?.phone ?? ''} />
      <Field label={t('secureChannel')} name="secureChannel" defaultValue={entry?.secureChannel ?? ''} />
      <div>
        <button type="submit">{entry ? t('saveChanges') : t('addButton')}</button>{' '}
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </Form>
  );
}

/** Changes a liaison officer's posting (the home state stays: it is the keeping state). */
export function LiaisonOfficerForm({
  entry,
  states,
  onDone,
  onCancel,
}: {
  entry: LiaisonOfficer;
  states: Option[];
  onDone: (said: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('directory');
  const headingId = `edit-${entry.id}-h`;
  async function save(f: FormData) {
    await api.patch(`/api/directory/liaison-officers/${entry.id}`, {
      hostState: text(f, 'hostState'),
      agency: text(f, 'agency'),
      name: text(f, 'name'),
      position: text(f, 'position'),
      email: text(f, 'email') || null,
      phone: text(f, 'phone') || null,
      postedFrom: text(f, 'postedFrom'),
      postedUntil: text(f, 'postedUntil') || null,
    });
    onDone(t('saved'));
    return t('saved');
  }
  return (
    <Form onSubmit={save} className="card form-grid" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('editTitle', { name: entry.name })}</h2>
      <Field label={t('name')} name="name" required defaultValue={entry.name} />
      <Field label={t('position')} name="position" defaultValue={entry.position} />
      <Field label={t('agency')} name="agency" required defaultValue={entry.agency} />
      <Select label={t('hostState')} name="hostState" defaultValue={entry.hostState} options={states} />
      <Field label={t('postedFrom')} name="postedFrom" type="date" required defaultValue={entry.postedFrom} />
      <Field label={t('postedUntil')} name="postedUntil" type="date" defaultValue={entry.postedUntil ?? ''} />
      <Field label={t('email')} name="email" type="email" defaultValue={entry.email ?? ''} />
      <Field label={t('phone')} name="phone" defaultValue={entry.phone ?? ''} />
      <div>
        <button type="submit">{t('saveChanges')}</button>{' '}
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </Form>
  );
}

/** Removes an entry once the keeper has said yes; the entry leaves the directory for every member. */
export function RemoveButton({ kind, id, name, onDone }: { kind: string; id: string; name: string; onDone: (said: string | null) => void }) {
  const { t } = useTranslation('directory');
  return (
    <ActionButton
      className="danger"
      aria-label={t('removeOne', { name })}
      onDone={onDone}
      confirm={{ title: t('removeTitle', { name }), body: t('removeBody'), confirm: t('remove'), danger: true }}
      onAction={async () => {
        await api.delete(`/api/directory/${kind}/${id}`);
        return t('removed', { name });
      }}
    >
      {t('remove')}
    </ActionButton>
  );
}
