// Regional alerts: tabs for the alerts for my state, issuing one, my watch-lists and my notifications; one alert and one
// watch-list have their own address (notifications link to them).

import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router-dom';
import { Page } from '../../components/ui';
import { AlertPage } from './AlertPage';
import { AlertsListPage } from './AlertsListPage';
import { IssueAlertPage } from './IssueAlertPage';
import { NotificationsPage } from './NotificationsPage';
import { WatchlistMatchesPage, WatchlistsPage } from './WatchlistsPage';

export default function AlertsRoutes() {
  const { t } = useTranslation('alerts');
  const tabs = [
    ['', 'list'],
    ['issue', 'issue'],
    ['watchlists', 'watchlists'],
    ['notifications', 'notifications'],
  ] as const;
  return (
    <Page title={t('title')} intro={t('intro')}>
      <nav aria-label={t('nav')} className="filters">
        {tabs.map(([path, key]) => (
          <NavLink key={key} to={`/alerts/${path}`} end>
            {t(`tabs.${key}`)}
          </NavLink>
        ))}
      </nav>
      <Routes>
        <Route index element={<AlertsListPage />} />
        <Route path="issue" element={<IssueAlertPage />} />
        <Route path="watchlists" element={<WatchlistsPage />} />
        <Route path="watchlists/:id" element={<WatchlistMatchesPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path=":id" element={<AlertPage />} />
      </Routes>
    </Page>
  );
}
