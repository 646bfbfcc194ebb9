// Document checks: check a batch (the landing tab), record documents, our list and who checked it, how the list is kept.

import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router-dom';
import { Permission } from '../../../server/access/permissions';
import { usePermission, useUser } from '../../app/session';
import { Page } from '../../components/ui';
import { CheckPage } from './CheckPage';
import { OurListPage } from './OurListPage';
import { RecordPage } from './RecordPage';

export default function DocumentsRoutes() {
  const { t } = useTranslation('documents');
  const user = useUser();
  const keeps = user.clearanceInForce !== 'none';
  const records = usePermission(Permission.DocumentsRecord);
  const tabs = [['', 'check'], ...(records ? [['record', 'record']] : []), ...(keeps ? [['ours', 'ours']] : [])] as const;
  return (
    <Page title={t('title')} intro={t('intro')}>
      <nav aria-label={t('nav')} className="filters">
        {tabs.map(([path, key]) => (
          <NavLink key={key} to={`/documents/${path}`} end>
            {t(`tabs.${key}`)}
          </NavLink>
        ))}
      </nav>
      <Routes>
        <Route index element={<CheckPage />} />
        <Route path="record" element={<RecordPage />} />
        <Route path="ours" element={<OurListPage />} />
      </Routes>
    </Page>
  );
}
