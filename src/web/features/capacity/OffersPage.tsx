// Offers of assistance from states and organisations; focal points, policy officers and coordinators record their own.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Permission } from '../../../server/access/permissions';
import { api } from '../../api';
import { usePermission, useUser } from '../../app/session';
import { DemoBadge, ErrorMessage, Field, formatDate, Loading, Notice, Page, useApi } from '../../components/ui';
import { useVocabulary } from '../../i18n/vocabulary';
import { CapacityNav } from './CapacityNav';
import { type HelpKind, list, type Offer } from './types';

export function OffersPage() {
  const { t, i18n } = useTranslation('capacity');
  const user = useUser();
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const keeps = usePermission(Permission.CapacityOffersKeep) && user.state !== null;
  const kinds = useApi(() => api.get<{ helpKinds: HelpKind[] }>('/api/capacity/help-kinds'), []);
  const offers = useApi(() => api.get<{ offers: Offer[] }>('/api/capacity/offers'), []);
  const helpKinds = kinds.data?.helpKinds ?? [];
  const label = useVocabulary();

  async function onRecord(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const s = (k: string) => String(f.get(k) ?? '').trim();
    setError(null);
    setMessage(null);
    try {
      await api.post('/api/capacity/offers', {
        provider: user.state,
        title: s('title'),
        description: s('description'),
        helpKinds: f.getAll('helpKinds').map(String),
        topics: list(f.get('topics')),
        subregions: list(f.get('subregions')),
        languages: list(f.get('languages')),
        ...(s('availableFrom') ? { availableFrom: s('availableFrom') } : {}),
        ...(s('availableUntil') ? { availableUntil: s('availableUntil') } : {}),
      });
      setMessage(t('recorded'));
      form.reset();
      offers.reload();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <Page title={t('offers')} intro={t('intro')}>
      <CapacityNav />
      {message && <Notice>{message}</Notice>}
      {offers.loading && !offers.data ? <Loading /> : <ErrorMessage error={offers.error} />}
      {offers.data &&
        (offers.data.offers.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('provider')}</th>
                <th scope="col">{t('offer')}</th>
                <th scope="col">{t('helpKinds')}</th>
                <th scope="col">{t('region')}</th>
                <th scope="col">{t('languages')}</th>
                <th scope="col">{t('available')}</th>
              </tr>
            </thead>
            <tbody>
              {offers.data.offers.map((o) => (
                <tr key={o.id}>
                  <td>{o.providerName}</td>
                  <td>
                    {o.title} <DemoBadge demo={o.demo} />
                  </td>
                  <td>{o.helpKinds.map((k) => label('capacityHelpKind', k)).join(', ')}</td>
                  <td>{o.subregions.map((s) => label('subregion', s)).join(', ') || t('wholeRegion')}</td>
                  <td>{o.languages.join(', ') || '—'}</td>
                  <td>
                    {formatDate(o.availableFrom, i18n.language)} – {formatDate(o.availableUntil, i18n.language)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {keeps && (
        <section aria-labelledby="record-offer">
          <h2 id="record-offer">{t('recordOffer', { provider: user.state })}</h2>
          <ErrorMessage error={error} />
          <form onSubmit={onRecord} className="form-grid" aria-labelledby="record-offer">
            <Field label={t('offer')} name="title" required minLength={3} />
            <Field label={t('description')} name="description" />
            <fieldset>
              <legend>{t('helpKinds')}</legend>
              {helpKinds.map((k) => (
                <label key={k.id} className="field checkbox">
                  <input type="checkbox" name="helpKinds" value={k.id} /> {label('capacityHelpKind', k.id)}
                </label>
              ))}
            </fieldset>
            <Field label={t('topics')} name="topics" />
            <Field label={t('subregions')} name="subregions" />
            <Field label={t('languages')} name="languages" />
            <Field label={t('availableFrom')} name="availableFrom" type="date" />
            <Field label={t('availableUntil')} name="availableUntil" type="date" />
            <button type="submit">{t('record')}</button>
          </form>
        </section>
      )}
    </Page>
  );
}
