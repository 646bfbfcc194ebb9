// The arrangement a verification or a return relies on, or a plain statement that none exists between the two states.

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../../components/ui';

export function Arrangement({
  arrangement,
  a,
  b,
}: {
  arrangement: { agreementId: string; title: string; scope: string; effectiveOn: string | null; expiresOn: string | null } | null;
  a: string;
  b: string;
}) {
  const { t, i18n } = useTranslation('verifications');
  if (!arrangement)
    return (
      <p role="note">
        <strong>{t('arrangement.label')}:</strong> {t('arrangement.none', { a, b })}
      </p>
    );
  return (
    <p role="note">
      <strong>{t('arrangement.label')}:</strong> <Link to="/agreements">{arrangement.title}</Link> ({t(`arrangement.scopes.${arrangement.scope}`)}
      {arrangement.effectiveOn ? `, ${t('arrangement.since', { date: formatDate(arrangement.effectiveOn, i18n.language) })}` : ''}
      {arrangement.expiresOn ? `, ${t('arrangement.until', { date: formatDate(arrangement.expiresOn, i18n.language) })}` : ''})
    </p>
  );
}
