// My account: password, language, second factor, active sessions, sign out everywhere.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useSession, useUser } from '../app/session';
import { ActionButton, Form } from '../components/form';
import { ErrorMessage, Field, formatDateTime, Page, useApi } from '../components/ui';
import MfaEnrol from './MfaEnrol';

interface Sessions {
  sessions: { createdAt: string; lastSeenAt: string; ip: string | null; userAgent: string | null; current: boolean }[];
}

export default function Profile() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const { signOut } = useSession();
  const [enrolling, setEnrolling] = useState(false);
  const sessions = useApi(() => api.get<Sessions>('/api/auth/sessions'), []);

  async function change(data: FormData) {
    await api.post('/api/auth/password', { currentPassword: data.get('currentPassword'), newPassword: data.get('newPassword') });
    return t('profile.changed');
  }

  if (enrolling) return <MfaEnrol onDone={() => setEnrolling(false)} />;

  return (
    <Page title={t('profile.title')} intro={`${user.name} · ${user.email}`}>
      <div className="cards">
        <section className="card" aria-labelledby="pw-h">
          <h2 id="pw-h">{t('profile.password')}</h2>
          <Form onSubmit={change} resetOnSuccess aria-labelledby="pw-h">
            <Field label={t('profile.current')} name="currentPassword" type="password" autoComplete="current-password" required />
            <Field label={t('profile.new')} name="newPassword" help={t('profile.newHelp')} type="password" autoComplete="new-password" required />
            <button type="submit" className="primary">
              {t('profile.change')}
            </button>
          </Form>
        </section>
        <section className="card" aria-labelledby="mfa-h">
          <h2 id="mfa-h">{t('profile.mfa')}</h2>
          <p>{user.mfaEnabled ? t('profile.mfaOn') : t('profile.mfaOff')}</p>
          <button type="button" onClick={() => setEnrolling(true)}>
            {t('profile.mfaSetup')}
          </button>
        </section>
      </div>
      <section aria-labelledby="sessions-h">
        <h2 id="sessions-h">{t('profile.sessions')}</h2>
        <ErrorMessage error={sessions.error} />
        <ul>
          {sessions.data?.sessions.map((s, i) => (
            <li key={i}>
              {s.userAgent ?? '?'} · {s.ip ?? '?'} · {t('profile.started')} {formatDateTime(s.createdAt, i18n.language)} · {t('profile.lastSeen')}{' '}
              {formatDateTime(s.lastSeenAt, i18n.language)}
              {s.current && <strong> ({t('profile.thisSession')})</strong>}
            </li>
          ))}
        </ul>
        <ActionButton
          className="danger"
          onAction={() => signOut(true)}
          confirm={{
            title: t('profile.signOutEverywhereTitle'),
            body: t('profile.signOutEverywhereBody'),
            confirm: t('profile.signOutEverywhere'),
            danger: true,
          }}
        >
          {t('profile.signOutEverywhere')}
        </ActionButton>
      </section>
    </Page>
  );
}
