// The signed-in user and CSRF token, shared with every page; restored from the server on reload.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Permission } from '../../server/access/permissions';
import type { UserView } from '../../server/auth/view';
import { ApiError, api, onSessionLost, setCsrfToken } from '../api';
import { i18n } from '../i18n';

export interface SignedIn {
  user: UserView;
  csrfToken: string;
  mfaEnrolmentRequired: boolean;
  /** What the server's access module allows this user (read these, never roles). */
  permissions: Permission[];
  /** Ids of the features (src/web/features/<id>) this user may open. */
  features: string[];
}

interface SessionState {
  session: SignedIn | null;
  loading: boolean;
  /** Why the user was sent to sign in (expired session, signed out), as an i18n key. */
  notice: string | null;
  signedIn(s: SignedIn): void;
  refresh(): Promise<void>;
  signOut(everywhere?: boolean): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SignedIn | null>(null);
  const [loading, setLoading] = useState(true);
  const [notice, setNotice] = useState<string | null>(null);

  const accept = useCallback((s: SignedIn | null) => {
    setSession(s);
    setCsrfToken(s?.csrfToken ?? null);
    // One language for the screen and for what the server writes: the language chosen on this device (the login
    // page has a switcher) is kept and saved on the account; on a new device the account's choice is taken.
    if (!s) return;
    const onDevice = localStorage.getItem('portal.lang');
    if (onDevice && onDevice !== s.user.locale) void api.put('/api/auth/locale', { locale: onDevice }).catch(() => undefined);
    else if (!onDevice && s.user.locale && s.user.locale !== i18n.language) void i18n.changeLanguage(s.user.locale);
  }, []);

  const refresh = useCallback(async () => {
    try {
      accept(await api.get<SignedIn>('/api/auth/session'));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'session_expired') setNotice('login.expired');
      accept(null);
    } finally {
      setLoading(false);
    }
  }, [accept]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // Any request that finds the session gone sends the user to sign in, saying why.
  useEffect(
    () =>
      onSessionLost((error) => {
        setNotice(error.code === 'session_expired' ? 'login.expired' : null);
        accept(null);
      }),
    [accept],
  );

  // The server times out idle sessions; check once a minute so the screen follows.
  useEffect(() => {
    if (!session) return;
    const timer = setInterval(() => void refresh(), 60_000);
    return () => clearInterval(timer);
  }, [session, refresh]);

  const value = useMemo<SessionState>(
    () => ({
      session,
      loading,
      notice,
      signedIn: (s) => {
        setNotice(null);
        accept(s);
      },
      refresh,
      async signOut(everywhere = false) {
        await api.post(everywhere ? '/api/auth/logout-all' : '/api/auth/logout').catch(() => undefined);
        setNotice('login.signedOut');
        accept(null);
      },
    }),
    [session, loading, notice, accept, refresh],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}

/** The signed-in user; only for pages inside the signed-in shell. */
export function useUser(): UserView {
  const { session } = useSession();
  if (!session) throw new Error('no session');
  return session.user;
}

/** Whether the server allows the signed-in user this permission (it still decides every request). */
export function usePermission(permission: Permission): boolean {
  const { session } = useSession();
  return session?.permissions.includes(permission) ?? false;
}

/** Whether the signed-in user may open this feature (from the session answer). */
export function useFeatureOpen(): (id: string) => boolean {
  const { session } = useSession();
  return (id) => session?.features.includes(id) ?? false;
}
