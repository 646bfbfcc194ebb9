// Sign in: e-mail and password, then the authenticator code when the account needs one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api';
import { LanguageSwitcher } from '../app/LanguageSwitcher';
import { type SignedIn, useSession } from '../app/session';
import { Form } from '../components/form';
import { Field, Notice } from '../components/ui';

export default function Login() {
  const { t } = useTranslation();
  const { signedIn, notice } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needTotp, setNeedTotp] = useState(false);

  // A wrong password or code is said in the form (the code beside its field), in the reader's language, from the server.
  async function submit() {
    try {
      signedIn(await api.post<SignedIn>('/api/auth/login', { email, password, ...(needTotp && totp ? { totp } : {}) }));
    } catch (err) {
      // The account has a second factor: ask for the code, which is not a mistake.
      if (err instanceof ApiError && err.code === 'mfa_required' && !needTotp) setNeedTotp(true);
      else throw err;
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
        <Form onSubmit={submit} aria-label={t('login.title')}>
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
          <button type="submit" className="primary">
            {t('login.submit')}
          </button>
        </Form>
        <p className="public-link">
          <a href="/public">{t('public:nav')}</a>
        </p>
      </div>
    </main>
  );
}
