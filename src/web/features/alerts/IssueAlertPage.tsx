// Issuing a regional alert or bulletin: type, text, audience (all members, named states or groups), classification, expiry.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { z } from 'zod';
import type { ALERT_TYPES, alertSchema } from '../../../server/modules/alerts/schemas';
import { api } from '../../api';
import { Form } from '../../components/form';
import { Field, Select, TextArea } from '../../components/ui';

const TYPES: readonly (typeof ALERT_TYPES)[number][] = [
  'wanted_person',
  'locate_person',
  'modus_operandi',
  'fraudulent_document',
  'vessel_or_route',
  'missing_or_at_risk_victim',
];

const codes = (value: FormDataEntryValue | null) =>
  String(value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function IssueAlertPage() {
  const { t } = useTranslation('alerts');
  const navigate = useNavigate();
  const [audience, setAudience] = useState('all');
  const submit = async (f: FormData) => {
    const created = await api.post<z.infer<typeof alertSchema>>('/api/alerts', {
      type: f.get('type'),
      title: f.get('title'),
      body: f.get('body'),
      audience,
      classification: f.get('classification'),
      expiresOn: f.get('expiresOn') || null,
      ...(audience === 'states' ? { states: codes(f.get('states')).map((s) => s.toUpperCase()) } : {}),
      ...(audience === 'groups' ? { groups: codes(f.get('groups')).map((s) => s.toLowerCase()) } : {}),
    });
    navigate(`/alerts/${created.id}`);
  };
  return (
    <section aria-labelledby="issue-alert">
      <h2 id="issue-alert">{t('tabs.issue')}</h2>
      <Form onSubmit={submit} className="form-grid" aria-labelledby="issue-alert">
        <Select label={t('type')} name="type" options={TYPES.map((v) => ({ value: v, label: t(`types.${v}`) }))} />
        <Field label={t('alertTitle')} name="title" required maxLength={300} />
        <TextArea label={t('body')} name="body" required rows={5} maxLength={20000} />
        <Select
          label={t('audience')}
          name="audience"
          value={audience}
          onChange={(e) => setAudience(e.target.value)}
          options={(['all', 'states', 'groups'] as const).map((v) => ({ value: v, label: t(`audiences.${v}`) }))}
        />
        {audience === 'states' && <Field label={t('states')} name="states" required />}
        {audience === 'groups' && <Field label={t('groups')} name="groups" required />}
        <Select
          label={t('classification')}
          name="classification"
          defaultValue="restricted"
          options={(['members', 'restricted', 'confidential', 'secret'] as const).map((c) => ({ value: c, label: t(`core:classification.${c}`) }))}
        />
        <Field label={t('expires')} name="expiresOn" type="date" />
        <button type="submit">{t('issue')}</button>
      </Form>
    </section>
  );
}
