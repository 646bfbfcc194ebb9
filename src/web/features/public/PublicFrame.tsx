// The public site's own frame for a visitor: a header (portal name, language, sign-in), the page in <main>, a footer.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LanguageSwitcher } from '../../app/LanguageSwitcher';
import { DemoBanner } from '../../app/Shell';
import { useSession } from '../../app/session';

export function PublicFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation('public');
  const { session } = useSession();
  return (
    <div className="public-site">
      <a className="skip" href="#main">
        {t('app.skip', { ns: 'core' })}
      </a>
      <header className="site-header">
        <DemoBanner />
        <div className="topbar">
          <Link to="/public" className="brand">
            {t('app.name', { ns: 'core' })}
          </Link>
          <div className="topbar-right">
            {/* A visitor's language is kept in this browser: no account is needed to read the site in Bahasa or Thai. */}
            <LanguageSwitcher signedIn={Boolean(session)} />
            {session ? (
              <Link to="/" className="topbar-link">
                {t('openPortal')}
              </Link>
            ) : (
              <Link to="/login" className="topbar-link">
                {t('signIn')}
              </Link>
            )}
          </div>
        </div>
      </header>
      <main id="main" className="public-main">
        {children}
      </main>
      <footer className="public-footer">
        <p>{t('footer')}</p>
        <p>{t('languageKept')}</p>
      </footer>
    </div>
  );
}
