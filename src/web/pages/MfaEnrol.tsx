// TOTP enrolment: a QR code from the server, then a first code to prove the authenticator works.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useSession } from '../app/session';
import { Form } from '../components/form';
import { ErrorMessage, Field, Page } from '../components/ui';

interface Enrolment {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

export default function MfaEnrol({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api.post<Enrolment>('/api/auth/mfa/enrol').then(setEnrolment, setError);
  }, []);

  async function confirm() {
    await api.post('/api/auth/mfa/confirm', { totp: code });
    await refresh();
    onDone?.();
  }

  return (
    <Page title={t('mfa.title')} intro={t('mfa.intro')}>
      {enrolment && (
        <div className="mfa">
          <img className="qr" alt={t('mfa.title')} src={`data:image/svg+xml;base64,${btoa(enrolment.qrSvg)}`} width={220} height={220} />
          <p>
            {t('mfa.secret')}: <code data-testid="totp-secret">{enrolment.secret}</code>
          </p>
          <Form onSubmit={confirm} aria-label={t('mfa.title')}>
            <Field
              label={t('login.totp')}
              help={t('login.totpHelp')}
              name="totp"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              pattern="\d{6}"
              required
              value={code}
              onChange={(e) => setCode(e.target.value.trim())}
            />
            <button type="submit" className="primary">
              {t('mfa.confirm')}
            </button>
          </Form>
        </div>
      )}
      <ErrorMessage error={error} />
    </Page>
  );
}
