// Asking another state to verify a person: names as written in any script (with their kind), birth, documents, the
// reason, urgency and deadline. The request opens on its own page, showing the arrangement it relies on.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { z } from 'zod';
import type { requestSchema } from '../../../server/modules/verifications/schemas';
import { api } from '../../api';
import { Form } from '../../components/form';
import { ClassificationSelect, PartialDateField, SexSelect } from '../../components/identity-fields';
import { Field, Select, TextArea } from '../../components/ui';
import { DOCUMENT_TYPES } from '../documents/kinds';
import { NAME_KINDS, URGENCIES } from './kinds';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

export function NewRequestPage() {
  const { t } = useTranslation('verifications');
  const { t: td } = useTranslation('documents');
  const navigate = useNavigate();
  const [names, setNames] = useState([{ name: '', kind: 'primary' }]);
  const [documents, setDocuments] = useState<{ type: string; number: string; issuingState: string }[]>([]);
  const [form, setForm] = useState({
    toState: '',
    birthDate: '',
    birthPlace: '',
    sex: '',
    claimedNationality: '',
    languages: '',
    reason: '',
    urgency: 'routine',
    dueOn: inDays(14),
    classification: 'restricted',
  });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const optional = (v: string) => (v.trim() ? v.trim() : undefined);

  // Inputs are named after the API's fields (person.names.0.name...), so that a refusal is said beside its input.
  const send = async () => {
    {
      const created = await api.post<z.infer<typeof requestSchema>>('/api/verifications', {
        toState: form.toState.trim().toUpperCase(),
        reason: form.reason,
        urgency: form.urgency,
        dueOn: form.dueOn,
        classification: form.classification,
        person: {
          names: names.filter((n) => n.name.trim()),
          birthDate: optional(form.birthDate),
          birthPlace: optional(form.birthPlace),
          sex: optional(form.sex),
          claimedNationality: optional(form.claimedNationality.toUpperCase()),
          documents: documents.filter((d) => d.number.trim()),
          languages: form.languages
            .split(',')
            .map((l) => l.trim())
            .filter(Boolean),
        },
      });
      navigate(`/verifications/${created.id}`);
    }
  };

  return (
    <Form onSubmit={send} aria-label={t('new.title')}>
      <h2>{t('new.title')}</h2>
      <div className="form-grid">
        <Field label={t('new.toState')} help={t('new.toStateHelp')} name="toState" value={form.toState} onChange={set('toState')} required maxLength={3} />
        <Select
          label={t('urgency')}
          name="urgency"
          value={form.urgency}
          onChange={set('urgency')}
          options={URGENCIES.map((u) => ({ value: u, label: t(`urgencies.${u}`) }))}
        />
        <Field label={t('dueOn')} name="dueOn" type="date" value={form.dueOn} onChange={set('dueOn')} required />
        <ClassificationSelect label={t('classification')} value={form.classification} onChange={set('classification')} />
      </div>
      <fieldset>
        <legend>{t('new.names')}</legend>
        <p>{t('new.namesHelp')}</p>
        {names.map((n, i) => (
          <div className="form-grid" key={i}>
            <Field
              label={t('new.name', { n: i + 1 })}
              name={`person.names.${i}.name`}
              value={n.name}
              onChange={(e) => setNames(names.map((x, k) => (k === i ? { ...x, name: e.target.value } : x)))}
              required={i === 0}
              maxLength={200}
            />
            <Select
              label={t('new.nameKind', { n: i + 1 })}
              value={n.kind}
              onChange={(e) => setNames(names.map((x, k) => (k === i ? { ...x, kind: e.target.value } : x)))}
              options={NAME_KINDS.map((k) => ({ value: k, label: t(`nameKinds.${k}`) }))}
            />
            {i > 0 && (
              <button type="button" onClick={() => setNames(names.filter((_, k) => k !== i))}>
                {t('new.removeName', { n: i + 1 })}
              </button>
            )}
          </div>
        ))}
        <button type="button" onClick={() => setNames([...names, { name: '', kind: 'alias' }])}>
          {t('new.addName')}
        </button>
      </fieldset>
      <div className="form-grid">
        <PartialDateField label={t('birthDate')} help={t('new.birthDateHelp')} name="person.birthDate" value={form.birthDate} onChange={set('birthDate')} />
        <Field label={t('birthPlace')} name="person.birthPlace" value={form.birthPlace} onChange={set('birthPlace')} maxLength={200} />
        <SexSelect ns="verifications" name="person.sex" value={form.sex} onChange={set('sex')} />
        <Field
          label={t('claimedNationality')}
          help={t('new.claimedHelp')}
          name="person.claimedNationality"
          value={form.claimedNationality}
          onChange={set('claimedNationality')}
          maxLength={3}
        />
        <Field label={t('languages')} help={t('new.languagesHelp')} name="person.languages" value={form.languages} onChange={set('languages')} />
      </div>
      <fieldset>
        <legend>{t('documents')}</legend>
        {documents.map((d, i) => (
          <div className="form-grid" key={i}>
            <Select
              label={t('new.docType', { n: i + 1 })}
              value={d.type}
              onChange={(e) => setDocuments(documents.map((x, k) => (k === i ? { ...x, type: e.target.value } : x)))}
              options={DOCUMENT_TYPES.map((x) => ({ value: x, label: td(`types.${x}`) }))}
            />
            <Field
              label={t('new.docNumber', { n: i + 1 })}
              name={`person.documents.${i}.number`}
              value={d.number}
              onChange={(e) => setDocuments(documents.map((x, k) => (k === i ? { ...x, number: e.target.value } : x)))}
              required
              maxLength={64}
            />
            <Field
              label={t('new.docIssuer', { n: i + 1 })}
              name={`person.documents.${i}.issuingState`}
              value={d.issuingState}
              onChange={(e) => setDocuments(documents.map((x, k) => (k === i ? { ...x, issuingState: e.target.value } : x)))}
              required
              maxLength={8}
            />
            <button type="button" onClick={() => setDocuments(documents.filter((_, k) => k !== i))}>
              {t('new.removeDocument', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setDocuments([...documents, { type: 'passport', number: '', issuingState: '' }])}>
          {t('new.addDocument')}
        </button>
      </fieldset>
      <TextArea label={t('reason')} help={t('new.reasonHelp')} name="reason" value={form.reason} onChange={set('reason')} rows={4} required maxLength={4000} />
      <button type="submit">{t('new.submit')}</button>
    </Form>
  );
}
