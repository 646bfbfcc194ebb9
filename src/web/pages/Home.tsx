// The signed-in landing page: who you are, what you are cleared for, and where to go.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { features } from '../app/features';
import { useFeatureOpen, useUser } from '../app/session';
import { formatDate, Page } from '../components/ui';

export default function Home() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const opens = useFeatureOpen();
  const inForce = user.clearanceInForce !== 'none';
  const visible = features.filter((f) => !f.public && opens(f.id));
  return (
    <Page title={t('home.welcome', { name: user.name })} intro={t('home.intro')}>
      <div className="cards">
        <section className="card" aria-labelledby="account-h">
          <h2 id="account-h">{t('home.yourAccount')}</h2>
          <dl className="facts">
            <dt>{t('home.state')}</dt>
            <dd>
              {user.state ?? 'RSO'} · {user.organisation.name}
            </dd>
            <dt>{t('home.roles')}</dt>
            <dd>{user.roles.map((r) => t(`roles.${r}`)).join(', ')}</dd>
            <dt>{t('home.clearance')}</dt>
            <dd>
              {t(`clearance.${user.clearance}`)}
              {user.clearance !== 'none' && (
                <> — {inForce ? t('home.clearanceInForce', { date: formatDate(user.clearanceExpires, i18n.language) }) : t('home.clearanceExpired')}</>
              )}
            </dd>
          </dl>
        </section>
        {/* One navigation landmark per purpose, each with its own name: the shell's menu is 'Main'. */}
        <nav className="card" aria-label={t('home.workNav')}>
          <ul className="link-list">
            <li>
              <Link to="/members">{t('nav.members')}</Link>
            </li>
            {visible.map((f) => (
              <li key={f.id}>
                <Link to={f.path}>{t(`${f.id}:${f.navLabel}`)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </Page>
  );
}
