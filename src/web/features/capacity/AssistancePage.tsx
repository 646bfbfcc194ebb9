// All agreed assistance and its progress to completion.
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorMessage, Loading, Page, useApi } from '../../components/ui';
import { AssistanceList } from './AssistanceList';
import { CapacityNav } from './CapacityNav';
import type { Assistance } from './types';

export function AssistancePage() {
  const { t } = useTranslation('capacity');
  const { data, error, loading, reload } = useApi(() => api.get<{ assistance: Assistance[] }>('/api/capacity/assistance'), []);
  return (
    <Page title={t('assistance')} intro={t('intro')}>
      <CapacityNav />
      {loading && !data ? <Loading /> : <ErrorMessage error={error} />}
      {data && <AssistanceList items={data.assistance} onChange={reload} />}
    </Page>
  );
}
