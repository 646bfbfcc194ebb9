// My account: password, language, second factor, active sessions, sign out everywhere.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useSession, useUser } from '../app/session';
import { ErrorMessage, Field, formatDateTime, Notice, Page, useApi } from '../components/ui';
import MfaEnrol from './MfaEnrol';

interface Sessions { sessions: { createdAt: string; lastSeenAt: string; ip: string | null; userAgent: string | null; current: boolean }[] }

export default function Profile() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const { signOut } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [enrolling, setEnrolling] = useState(false);
  const sessions = useApi(() => api.get<Sessions>('/api/auth/sessions'), []);

  async function change(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setDone(false);
    try {
      await api.post('/api/auth/password', { currentPassword: current, newPassword: next });
      setDone(true);
      setCurrent('');
      setNext('');
    } catch (err) {
      setError(err);
    }
  }

  if (enrolling) return <MfaEnrol onDone={() => setEnrolling(false)} />;

  return (
    <Page title={t('profile.title')} intro={`${user.name} · ${user.email}`}>
      <div className="cards">
        <section className="card" aria-labelledby="pw-h">
          <h2 id="pw-h">{t('profile.password')}</h2>
          <form onSubmit={change}>
            <Field label={t('profile.current')} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
            <Field label={t('profile.new')} help={t('profile.newHelp')} type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />
            <ErrorMessage error={error} />
            {done && <Notice>{t('profile.changed')}</Notice>}
            <button type="submit" className="primary">{t('profile.change')}</button>
          </form>
        </section>
        <section className="card" aria-labelledby="mfa-h">
          <h2 id="mfa-h">{t('profile.mfa')}</h2>
          <p>{user.mfaEnabled ? t('profile.mfaOn') : t('profile.mfaOff')}</p>
          <button type="button" onClick={() => setEnrolling(true)}>{t('profile.mfaSetup')}</button>
        </section>
      </div>
      <section aria-labelledby="sessions-h">
        <h2 id="sessions-h">{t('profile.sessions')}</h2>
        <ErrorMessage error={sessions.error} />
        <ul>
          {sessions.data?.sessions.map((s, i) => (
            <li key={i}>
              {s.userAgent ?? '?'} · {s.ip ?? '?'} · {t('profile.started')} {formatDateTime(s.createdAt, i18n.language)} · {t('profile.lastSeen')} {formatDateTime(s.lastSeenAt, i18n.language)}
              {s.current && <strong> ({t('profile.thisSession')})</strong>}
            </li>
          ))}
        </ul>
        <button type="button" className="danger" onClick={() => void signOut(true)}>{t('profile.signOutEverywhere')}</button>
      </section>
    </Page>
  );
}
