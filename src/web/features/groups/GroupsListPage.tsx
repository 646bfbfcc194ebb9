// The list of working groups with their member states and current co-chairs.

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api';
import { DemoBadge, ErrorMessage, Loading, Page, useApi } from '../../components/ui';
import type { GroupsList } from './types';

export function GroupsListPage() {
  const { t } = useTranslation('groups');
  const { data, error, loading } = useApi(() => api.get<GroupsList>('/api/groups'), []);
  return (
    <Page title={t('title')} intro={t('intro')}>
      <ErrorMessage error={error} />
      {loading && <Loading />}
      {data && data.groups.length === 0 && <p>{t('none')}</p>}
      <div className="cards">
        {data?.groups.map((g) => (
          <article key={g.code} className="card">
            <h2>
              <Link to={`/groups/${g.code}`}>{g.name}</Link> <DemoBadge demo={g.demo} />
            </h2>
            <p>{g.description}</p>
            <p>
              <strong>{t('coChairsNow')}:</strong> {g.coChairs.join(', ') || t('notDecided')}
            </p>
            <p>
              <strong>{t('members')}:</strong> {g.memberStates.join(', ')}
            </p>
          </article>
        ))}
      </div>
    </Page>
  );
}
