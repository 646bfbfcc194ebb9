// Regional flows: tabs for the regional picture, reporting a period, and data quality.

import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router-dom';
import { Permission } from '../../../server/access/permissions';
import { usePermission } from '../../app/session';
import { Page } from '../../components/ui';
import { PicturePage } from './PicturePage';
import { QualityPage } from './QualityPage';
import { ReportPage } from './ReportPage';

export default function FlowsRoutes() {
  const { t } = useTranslation('flows');
  const reports = usePermission(Permission.FlowsContribute);
  return (
    <Page title={t('title')} intro={t('intro')}>
      <nav aria-label={t('nav')} className="filters">
        <NavLink to="/flows" end>
          {t('tabs.picture')}
        </NavLink>
        {reports && <NavLink to="/flows/report">{t('tabs.report')}</NavLink>}
        <NavLink to="/flows/quality">{t('tabs.quality')}</NavLink>
      </nav>
      <Routes>
        <Route index element={<PicturePage />} />
        <Route path="report" element={<ReportPage />} />
        <Route path="quality" element={<QualityPage />} />
      </Routes>
    </Page>
  );
}
