// Links between the capacity-building pages.
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';

export function CapacityNav() {
  const { t } = useTranslation('capacity');
  const tabs = [
    ['/capacity', 'needs'],
    ['/capacity/offers', 'offers'],
    ['/capacity/assistance', 'assistance'],
    ['/capacity/analysis', 'analysis'],
  ] as const;
  return (
    <nav aria-label={t('title')} className="row-actions">
      {tabs.map(([to, key]) => (
        <NavLink key={key} to={to} end>
          {t(`tabs.${key}`)}
        </NavLink>
      ))}
    </nav>
  );
}
