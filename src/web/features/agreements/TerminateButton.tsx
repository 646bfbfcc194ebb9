// Terminating an agreement: asked first (the matrix stops counting it for every member), said after; shown only when the
// server's `can.edit` says the reader keeps it.
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../server/modules/agreements/schemas';
import { api } from '../../api';
import { ActionButton } from '../../components/form';
import { formatDate } from '../../components/ui';

export function TerminateButton({ agreement, onDone }: { agreement: Agreement; onDone: (said: string | null) => void }) {
  const { t, i18n } = useTranslation('agreements');
  if (!agreement.can?.edit || (agreement.status !== 'in_force' && agreement.status !== 'signed')) return null;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <ActionButton
      className="danger"
      onDone={onDone}
      confirm={{
        title: t('terminateTitle', { title: agreement.title }),
        body: t('terminateBody', { date: formatDate(today, i18n.language) }),
        confirm: t('terminate'),
        danger: true,
      }}
      onAction={async () => {
        await api.patch(`/api/agreements/${agreement.id}`, { status: 'terminated', terminatedOn: today });
        return t('terminated');
      }}
    >
      {t('terminate')}
    </ActionButton>
  );
}
