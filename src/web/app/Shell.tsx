// The signed-in frame: demo banner, header with language and account, navigation that grows with the capabilities.
import { type ReactNode, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import { Permission } from '../../server/access/permissions';
import { api } from '../api';
import { Loading } from '../components/ui';
import { features } from './features';
import { LanguageSwitcher } from './LanguageSwitcher';
import { useSession, useUser } from './session';

export function DemoBanner() {
  const { t } = useTranslation();
  const [demo, setDemo] = useState(false);
  useEffect(() => {
    api.get<{ demo: boolean }>('/api/health').then(
      (h) => setDemo(h.demo),
      () => undefined,
    );
  }, []);
  return demo ? (
    <div className="demo-banner" role="note">
      {t('app.demo')}
    </div>
  ) : null;
}

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const user = useUser();
  const { signOut, session } = useSession();
  const location = useLocation();
  const opens = (id: string) => session?.features.includes(id) ?? false;
  const can = (p: Permission) => session?.permissions.includes(p) ?? false;
  const main = features.filter((f) => !f.public && (f.section ?? 'main') === 'main' && opens(f.id));
  const admin = features.filter((f) => !f.public && f.section === 'admin' && opens(f.id));

  // On a narrow screen the navigation folds behind a Menu button; it folds again once a page is chosen.
  const [menuOpen, setMenuOpen] = useState(false);

  // Move focus to the new page's heading so screen readers announce navigation.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each navigation; the path is the trigger, not an input.
  useEffect(() => {
    setMenuOpen(false);
    document.getElementById('page-title')?.focus();
  }, [location.pathname]);

  return (
    <div className="shell">
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <DemoBanner />
        <div className="topbar">
          <NavLink to="/" className="brand">
            {t('app.name')}
          </NavLink>
          <button type="button" className="menu-toggle" aria-expanded={menuOpen} aria-controls="sidenav" onClick={() => setMenuOpen((open) => !open)}>
            {t('nav.menu')}
          </button>
          <div className="topbar-right">
            <LanguageSwitcher signedIn />
            <span className="who">
              {user.name} · {user.state ?? 'RSO'}
            </span>
            <button type="button" onClick={() => void signOut()}>
              {t('nav.signOut')}
            </button>
          </div>
        </div>
      </header>
      <div className="layout">
        <nav id="sidenav" className={menuOpen ? 'sidenav open' : 'sidenav'} aria-label={t('nav.main')}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/members">{t('nav.members')}</NavLink>
            </li>
            {main.map((f) => (
              <li key={f.id}>
                <NavLink to={f.path}>{t(`${f.id}:${f.navLabel}`)}</NavLink>
              </li>
            ))}
            <li>
              <NavLink to="/profile">{t('nav.profile')}</NavLink>
            </li>
          </ul>
          {(can(Permission.UsersRead) || admin.length > 0) && (
            <>
              <h2 className="nav-heading">{t('nav.admin')}</h2>
              <ul>
                {can(Permission.UsersRead) && (
                  <li>
                    <NavLink to="/admin/users">{t('nav.users')}</NavLink>
                  </li>
                )}
                {can(Permission.AuditRead) && (
                  <li>
                    <NavLink to="/admin/audit">{t('nav.audit')}</NavLink>
                  </li>
                )}
                {admin.map((f) => (
                  <li key={f.id}>
                    <NavLink to={f.path}>{t(`${f.id}:${f.navLabel}`)}</NavLink>
                  </li>
                ))}
              </ul>
            </>
          )}
        </nav>
        <main id="main" className="content">
          <Suspense fallback={<Loading />}>{children}</Suspense>
        </main>
      </div>
    </div>
  );
}
