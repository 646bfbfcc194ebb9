// Sign in: e-mail and password, then the authenticator code when the account needs one.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api';
import { LanguageSwitcher } from '../app/LanguageSwitcher';
import { type SignedIn, useSession } from '../app/session';
import { ErrorMessage, Field, Notice } from '../components/ui';

export default function Login() {
  const { t } = useTranslation();
  const { signedIn, notice } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needTotp, setNeedTotp] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      signedIn(await api.post<SignedIn>('/api/auth/login', { email, password, ...(needTotp && totp ? { totp } : {}) }));
    } catch (err) {
      if (err instanceof ApiError && err.code === 'mfa_required') setNeedTotp(true);
      else setError(err instanceof ApiError && err.status === 429 ? new Error(t('login.locked')) : err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="login">
      <div className="login-card">
        <div className="login-top">
          <LanguageSwitcher />
        </div>
        <p className="brand">{t('app.name')}</p>
        <p className="tagline">{t('app.tagline')}</p>
        <h1>{t('login.title')}</h1>
        {notice && <Notice>{t(notice)}</Notice>}
        <form onSubmit={submit} noValidate>
          <Field label={t('login.email')} type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          <Field
            label={t('login.password')}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          {needTotp && (
            <Field
              label={t('login.totp')}
              help={t('login.totpHelp')}
              name="totp"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="\d{6}"
              maxLength={6}
              required
              autoFocus
              value={totp}
              onChange={(e) => setTotp(e.target.value.trim())}
            />
          )}
          <ErrorMessage error={error} />
          <button type="submit" className="primary" disabled={busy}>
            {t('login.submit')}
          </button>
        </form>
        <p className="public-link">
          <a href="/public">{t('app.tagline')} — public site</a>
        </p>
      </div>
    </main>
  );
}
