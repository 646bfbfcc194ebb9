// Referral and return: the cases I work on (as identifying state, home state or referred organisation), opening one,
// and one case with its steps.

import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router-dom';
import { Page } from '../../components/ui';
import { CasePage } from './CasePage';
import { CasesList } from './CasesList';
import { NewCasePage } from './NewCasePage';

export default function VictimsRoutes() {
  const { t } = useTranslation('victims');
  return (
    <Page title={t('title')} intro={t('intro')}>
      <nav aria-label={t('nav')} className="filters">
        <NavLink to="/victims" end>
          {t('tabs.cases')}
        </NavLink>
        <NavLink to="/victims/new" end>
          {t('tabs.new')}
        </NavLink>
        <NavLink to="/verifications/officers" end>
          {t('tabs.officers')}
        </NavLink>
      </nav>
      <Routes>
        <Route index element={<CasesList />} />
        <Route path="new" element={<NewCasePage />} />
        <Route path=":id" element={<CasePage />} />
      </Routes>
    </Page>
  );
}
