// Opening a case: only what a return needs about the person, the protection in place, and the person's informed consent
// to share with the home state (without it, only the identifying state sees the case).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api';
import { Form } from '../../components/form';
import { ClassificationSelect, MeasuresChecklist, PartialDateField, SexSelect } from '../../components/identity-fields';
import { Field } from '../../components/ui';
import { PROTECTION_MEASURES } from './kinds';

const today = () => new Date().toISOString().slice(0, 10);

export function NewCasePage() {
  const { t } = useTranslation('victims');
  const navigate = useNavigate();
  const [form, setForm] = useState({
    homeState: '',
    name: '',
    birthDate: '',
    sex: '',
    minor: false,
    identifiedOn: today(),
    classification: 'restricted',
    consentHome: false,
    informedIn: '',
  });
  const [protection, setProtection] = useState<string[]>([]);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  // Inputs are named after the API's fields (person.name, consents.0.informedIn...): a refusal is said beside its input.
  const open = async () => {
    {
      const created = await api.post<{ id: string }>('/api/victims/cases', {
        kind: 'victim',
        homeState: form.homeState.trim().toUpperCase(),
        identifiedOn: form.identifiedOn,
        classification: form.classification,
        protection,
        person: { name: form.name, ...(form.birthDate ? { birthDate: form.birthDate } : {}), ...(form.sex ? { sex: form.sex } : {}), minor: form.minor },
        consents: form.consentHome
          ? [{ scope: 'home_state', givenOn: form.identifiedOn, givenBy: form.minor ? 'guardian' : 'person', informedIn: form.informedIn }]
          : [],
      });
      navigate(`/victims/${created.id}`);
    }
  };

  return (
    <Form onSubmit={open} aria-label={t('new.title')}>
      <h2>{t('new.title')}</h2>
      <p>{t('new.intro')}</p>
      <div className="form-grid">
        <Field
          label={t('homeState')}
          help={t('new.homeStateHelp')}
          name="homeState"
          value={form.homeState}
          onChange={set('homeState')}
          required
          maxLength={3}
        />
        <Field label={t('new.name')} help={t('new.nameHelp')} name="person.name" value={form.name} onChange={set('name')} required maxLength={200} />
        <PartialDateField label={t('birthDate')} help={t('new.birthDateHelp')} name="person.birthDate" value={form.birthDate} onChange={set('birthDate')} />
        <SexSelect ns="victims" name="person.sex" value={form.sex} onChange={set('sex')} />
        <Field label={t('minor')} type="checkbox" checked={form.minor} onChange={(e) => setForm({ ...form, minor: e.target.checked })} />
        <Field label={t('identifiedOn')} name="identifiedOn" type="date" value={form.identifiedOn} onChange={set('identifiedOn')} required />
        <ClassificationSelect label={t('classification')} value={form.classification} onChange={set('classification')} />
      </div>
      <MeasuresChecklist ns="victims" name="protection" legend={t('protection')} measures={PROTECTION_MEASURES} value={protection} onChange={setProtection} />
      <fieldset>
        <legend>{t('new.consent')}</legend>
        <p>{t('new.consentHelp')}</p>
        <Field label={t('new.consentHome')} type="checkbox" checked={form.consentHome} onChange={(e) => setForm({ ...form, consentHome: e.target.checked })} />
        {form.consentHome && (
          <Field
            label={t('informedIn')}
            help={t('informedInHelp')}
            name="consents.0.informedIn"
            value={form.informedIn}
            onChange={set('informedIn')}
            required
            maxLength={60}
          />
        )}
      </fieldset>
      <button type="submit">{t('new.submit')}</button>
    </Form>
  );
}
