// The steps of a case as forms, each shown only when the server says this user may take it: consent (and withdrawal),
// protection, referral, travel documents, the return plan, departure and reception.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ActionButton, Form } from '../../components/form';
import { MeasuresChecklist } from '../../components/identity-fields';
import { Field, formatDate, Select, TextArea } from '../../components/ui';
import type { Act, Case, Said } from './CasePage';
import { ORGANISATIONS, PROTECTION_MEASURES, TRAVEL_DOCUMENT_TYPES } from './kinds';

const today = () => new Date().toISOString().slice(0, 10);

export function ConsentSection({ c, act, said }: { c: Case; act: Act; said: Said }) {
  const { t, i18n } = useTranslation('victims');
  const [form, setForm] = useState({
    scope: c.kind === 'migrant' ? 'organisation' : 'home_state',
    givenOn: today(),
    givenBy: c.person.minor ? 'guardian' : 'person',
    informedIn: '',
  });
  const record = () => act(() => api.post(`/api/victims/cases/${c.id}/consents`, form), t('consent.recorded'));
  return (
    <section aria-labelledby="consent">
      <h3 id="consent">{t('consent.title')}</h3>
      <p>{t('consent.intro')}</p>
      {c.consents.length > 0 && (
        <table className="table">
          <caption>{t('consent.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('consent.scope')}</th>
              <th scope="col">{t('consent.givenOn')}</th>
              <th scope="col">{t('consent.givenBy')}</th>
              <th scope="col">{t('informedIn')}</th>
              <th scope="col">{t('consent.state')}</th>
            </tr>
          </thead>
          <tbody>
            {c.consents.map((x) => (
              <tr key={x.id}>
                <td>{t(`consent.scopes.${x.scope}`)}</td>
                <td>{formatDate(x.givenOn, i18n.language)}</td>
                <td>{t(`consent.by.${x.givenBy}`)}</td>
                <td>{x.informedIn}</td>
                <td>
                  {x.inForce ? t('consent.inForce') : t('consent.withdrawnOn', { date: formatDate(x.withdrawnOn, i18n.language) })}
                  {x.inForce && c.abilities.consent && (
                    <>
                      {' '}
                      <ActionButton
                        className="danger"
                        onDone={said}
                        confirm={{
                          title: t('consent.withdrawAsk', { scope: t(`consent.scopes.${x.scope}`) }),
                          body: t('consent.withdrawBody'),
                          confirm: t('consent.withdraw', { scope: t(`consent.scopes.${x.scope}`) }),
                          danger: true,
                        }}
                        onAction={() =>
                          act(() => api.post(`/api/victims/cases/${c.id}/consents/${x.id}/withdraw`, { withdrawnOn: today() }), t('consent.withdrawn'))
                        }
                      >
                        {t('consent.withdraw', { scope: t(`consent.scopes.${x.scope}`) })}
                      </ActionButton>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {c.abilities.consent && (
        <Form onSubmit={record} onDone={said} className="form-grid" aria-label={t('consent.record')}>
          <Select
            label={t('consent.scope')}
            name="scope"
            value={form.scope}
            onChange={(e) => setForm({ ...form, scope: e.target.value })}
            options={(c.kind === 'migrant' ? ['organisation'] : ['home_state', 'organisation']).map((s) => ({ value: s, label: t(`consent.scopes.${s}`) }))}
          />
          <Field
            label={t('consent.givenOn')}
            name="givenOn"
            type="date"
            value={form.givenOn}
            onChange={(e) => setForm({ ...form, givenOn: e.target.value })}
            required
          />
          <Select
            label={t('consent.givenBy')}
            name="givenBy"
            value={form.givenBy}
            onChange={(e) => setForm({ ...form, givenBy: e.target.value })}
            options={['person', 'guardian'].map((s) => ({ value: s, label: t(`consent.by.${s}`) }))}
          />
          <Field
            label={t('informedIn')}
            name="informedIn"
            help={t('informedInHelp')}
            value={form.informedIn}
            onChange={(e) => setForm({ ...form, informedIn: e.target.value })}
            required
            maxLength={60}
          />
          <button type="submit">{t('consent.record')}</button>
        </Form>
      )}
    </section>
  );
}

export function ProtectionForm({ c, act, said }: { c: Case; act: Act; said: Said }) {
  const { t } = useTranslation('victims');
  const [measures, setMeasures] = useState<string[]>(c.protection);
  const [notes, setNotes] = useState(c.protectionNotes);
  return (
    <Form
      onSubmit={() => act(() => api.post(`/api/victims/cases/${c.id}/protection`, { measures, notes }), t('protectionSaved'))}
      onDone={said}
      aria-label={t('protection')}
    >
      <MeasuresChecklist ns="victims" name="measures" legend={t('protectionEdit')} measures={PROTECTION_MEASURES} value={measures} onChange={setMeasures} />
      <TextArea label={t('protectionNotes')} name="notes" value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} maxLength={4000} />
      <button type="submit">{t('protectionSave')}</button>
    </Form>
  );
}

export function ReferralForm({ c, act, said }: { c: Case; act: Act; said: Said }) {
  const { t } = useTranslation('victims');
  const [organisation, setOrganisation] = useState('IOM');
  const [referredOn, setReferredOn] = useState(today());
  return (
    <Form
      onSubmit={() => act(() => api.post(`/api/victims/cases/${c.id}/referral`, { organisation, referredOn }), t('referral.saved'))}
      onDone={said}
      className="form-grid"
      aria-label={t('referral.refer')}
    >
      <Select
        label={t('referral.organisation')}
        name="organisation"
        value={organisation}
        onChange={(e) => setOrganisation(e.target.value)}
        options={ORGANISATIONS.map((o) => ({ value: o, label: o }))}
      />
      <Field label={t('referral.on')} name="referredOn" type="date" value={referredOn} onChange={(e) => setReferredOn(e.target.value)} required />
      <button type="submit">{t('referral.refer')}</button>
    </Form>
  );
}

export function TravelDocumentForm({ c, act, said }: { c: Case; act: Act; said: Said }) {
  const { t } = useTranslation('victims');
  const [form, setForm] = useState({ type: 'emergency_travel_document', number: '', issuedOn: today(), validUntil: '', mission: '' });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const send = () => {
    const { validUntil, ...rest } = form;
    return act(() => api.post(`/api/victims/cases/${c.id}/travel-document`, { ...rest, ...(validUntil ? { validUntil } : {}) }), t('travel.saved'));
  };
  return (
    <Form onSubmit={send} onDone={said} className="form-grid" aria-label={t('travel.issue')}>
      <Select
        label={t('travel.type')}
        name="type"
        value={form.type}
        onChange={set('type')}
        options={TRAVEL_DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`travel.types.${d}`) }))}
      />
      <Field label={t('travel.number')} name="number" value={form.number} onChange={set('number')} required maxLength={64} />
      <Field label={t('travel.issuedOn')} type="date" name="issuedOn" value={form.issuedOn} onChange={set('issuedOn')} required />
      <Field label={t('travel.validUntil')} type="date" name="validUntil" value={form.validUntil} onChange={set('validUntil')} />
      <Field
        label={t('travel.mission')}
        help={t('travel.missionHelp')}
        name="mission"
        value={form.mission}
        onChange={set('mission')}
        required
        maxLength={200}
      />
      <button type="submit">{t('travel.issue')}</button>
    </Form>
  );
}

export function ReturnSection({ c, act, said, post }: { c: Case; act: Act; said: Said; post: (path: string, body: unknown) => () => Promise<unknown> }) {
  const { t, i18n } = useTranslation('victims');
  const [plan, setPlan] = useState({ returnOn: c.returnOn ?? '', escort: c.escort, reception: c.reception });
  const [returnedOn, setReturnedOn] = useState(today());
  const [receivedOn, setReceivedOn] = useState(today());
  const { planReturn, escort, reception } = c.abilities;
  const savePlan = () => {
    const body = {
      ...(planReturn && plan.returnOn ? { returnOn: plan.returnOn } : {}),
      ...(escort ? { escort: plan.escort } : {}),
      ...(reception ? { reception: plan.reception } : {}),
    };
    return act(post('return-plan', body), t('return.saved'));
  };
  return (
    <section aria-labelledby="return">
      <h3 id="return">{t('return.title')}</h3>
      <dl className="facts">
        <dt>{t('returnOn')}</dt>
        <dd>{formatDate(c.returnOn, i18n.language)}</dd>
        <dt>{t('return.escort')}</dt>
        <dd>{c.escort || '—'}</dd>
        <dt>{t('return.reception')}</dt>
        <dd>{c.reception || '—'}</dd>
        <dt>{t('return.returnedOn')}</dt>
        <dd>{formatDate(c.returnedOn, i18n.language)}</dd>
        <dt>{t('return.receivedOn')}</dt>
        <dd>{formatDate(c.receivedOn, i18n.language)}</dd>
      </dl>
      {(planReturn || escort || reception) && (
        <Form onSubmit={savePlan} onDone={said} className="form-grid" aria-label={t('return.plan')}>
          {planReturn && (
            <Field label={t('returnOn')} name="returnOn" type="date" value={plan.returnOn} onChange={(e) => setPlan({ ...plan, returnOn: e.target.value })} />
          )}
          {escort && (
            <Field
              label={t('return.escort')}
              name="escort"
              value={plan.escort}
              onChange={(e) => setPlan({ ...plan, escort: e.target.value })}
              maxLength={1000}
            />
          )}
          {reception && (
            <Field
              label={t('return.reception')}
              name="reception"
              value={plan.reception}
              onChange={(e) => setPlan({ ...plan, reception: e.target.value })}
              maxLength={1000}
            />
          )}
          <button type="submit">{t('return.savePlan')}</button>
        </Form>
      )}
      {c.abilities.markReturned && (
        <Form
          onSubmit={() => act(post('returned', { returnedOn }), t('return.departed'))}
          onDone={said}
          className="form-grid"
          aria-label={t('return.markReturned')}
        >
          <Field label={t('return.returnedOn')} name="returnedOn" type="date" value={returnedOn} onChange={(e) => setReturnedOn(e.target.value)} required />
          <button type="submit">{t('return.markReturned')}</button>
        </Form>
      )}
      {c.side === 'host' && !c.travelDocument && !c.returnedOn && <p>{t('return.waitingDocuments', { state: c.homeState })}</p>}
      {c.abilities.confirmReception && (
        <Form
          onSubmit={() => act(post('received', { receivedOn }), t('return.received'))}
          onDone={said}
          className="form-grid"
          aria-label={t('return.confirmReception')}
        >
          <Field label={t('return.receivedOn')} name="receivedOn" type="date" value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} required />
          <button type="submit">{t('return.confirmReception')}</button>
        </Form>
      )}
    </section>
  );
}
