// Verification requests: incoming (asked of my state), outgoing, a new request, one request, time to answer, and who in
// my state is designated to answer and to work returns.

import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router-dom';
import { Page } from '../../components/ui';
import { DashboardPage } from './DashboardPage';
import { DesignationsPage } from './DesignationsPage';
import { NewRequestPage } from './NewRequestPage';
import { RequestPage } from './RequestPage';
import { RequestsList } from './RequestsList';

export default function VerificationsRoutes() {
  const { t } = useTranslation('verifications');
  const tabs = [
    ['', 'incoming'],
    ['outgoing', 'outgoing'],
    ['new', 'new'],
    ['dashboard', 'dashboard'],
    ['officers', 'officers'],
  ] as const;
  return (
    <Page title={t('title')} intro={t('intro')}>
      <nav aria-label={t('nav')} className="filters">
        {tabs.map(([path, key]) => (
          <NavLink key={key} to={`/verifications/${path}`} end>
            {t(`tabs.${key}`)}
          </NavLink>
        ))}
      </nav>
      <Routes>
        <Route index element={<RequestsList direction="incoming" />} />
        <Route path="outgoing" element={<RequestsList direction="outgoing" />} />
        <Route path="new" element={<NewRequestPage />} />
        <Route path="dashboard" element={<DashboardPage />} />
        <Route path="officers" element={<DesignationsPage />} />
        <Route path=":id" element={<RequestPage />} />
      </Routes>
    </Page>
  );
}
