// Offers of assistance from states and organisations; focal points, policy officers and coordinators record their own.
import { useTranslation } from 'react-i18next';
import { Permission } from '../../../server/access/permissions';
import { api } from '../../api';
import { usePermission, useUser } from '../../app/session';
import { Form } from '../../components/form';
import { CheckGroup, DemoBadge, ErrorMessage, Field, formatDate, Loading, Page, useApi } from '../../components/ui';
import { useMemberNames } from '../../i18n/states';
import { useVocabulary } from '../../i18n/vocabulary';
import { CapacityNav } from './CapacityNav';
import { WithHelpKinds } from './HelpKinds';
import { list, type Offer } from './types';

export function OffersPage() {
  const { t, i18n } = useTranslation('capacity');
  const memberName = useMemberNames();
  const user = useUser();
  const keeps = usePermission(Permission.CapacityOffersKeep) && user.state !== null;
  const offers = useApi(() => api.get<{ offers: Offer[] }>('/api/capacity/offers'), []);
  const label = useVocabulary();

  async function onRecord(f: FormData) {
    const s = (k: string) => String(f.get(k) ?? '').trim();
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
    offers.reload();
    return t('recorded');
  }

  return (
    <Page title={t('offers')} intro={t('intro')}>
      <CapacityNav />
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
          <h2 id="record-offer">{t('recordOffer', { provider: memberName(user.state ?? '') })}</h2>
          <WithHelpKinds>
            {(helpKinds) => (
              <Form onSubmit={onRecord} resetOnSuccess className="form-grid" aria-labelledby="record-offer">
                <Field label={t('offer')} name="title" required minLength={3} />
                <Field label={t('description')} name="description" />
                <CheckGroup legend={t('helpKinds')} name="helpKinds" required options={helpKinds} />
                <Field label={t('topics')} name="topics" />
                <Field label={t('subregions')} name="subregions" />
                <Field label={t('languages')} name="languages" />
                <Field label={t('availableFrom')} name="availableFrom" type="date" />
                <Field label={t('availableUntil')} name="availableUntil" type="date" />
                <button type="submit">{t('record')}</button>
              </Form>
            )}
          </WithHelpKinds>
        </section>
      )}
    </Page>
  );
}
