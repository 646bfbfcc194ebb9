// Routing: the public site and sign-in for everyone; the signed-in shell with every capability's pages.
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { Permission } from '../../server/access/permissions';
import { Loading, Page } from '../components/ui';
import { useMemberNames } from '../i18n/states';
import Audit from '../pages/Audit';
import Home from '../pages/Home';
import Login from '../pages/Login';
import { MemberDetail, MembersDirectory } from '../pages/Members';
import MfaEnrol from '../pages/MfaEnrol';
import Profile from '../pages/Profile';
import Users from '../pages/Users';
import { features } from './features';
import { Shell } from './Shell';
import { SessionProvider, useSession } from './session';

function NotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('app.notFound')}>
      <p>
        <a href="/">{t('nav.home')}</a>
      </p>
    </Page>
  );
}

function Forbidden() {
  const { t } = useTranslation();
  return (
    <Page title={t('app.forbidden')}>
      <p>
        <a href="/">{t('nav.home')}</a>
      </p>
    </Page>
  );
}

function SignedInRoutes() {
  const { session } = useSession();
  const can = (p: Permission) => session!.permissions.includes(p);
  if (session!.mfaEnrolmentRequired)
    return (
      <main id="main" className="content narrow">
        <MfaEnrol />
      </main>
    );
  return (
    <Shell>
      <Routes>
        <Route path="/" element={<Home />} />
        <Route path="/members" element={<MembersDirectory />} />
        <Route path="/members/:code" element={<MemberDetail />} />
        <Route path="/profile" element={<Profile />} />
        <Route path="/admin/users" element={can(Permission.UsersRead) ? <Users /> : <Forbidden />} />
        <Route path="/admin/audit" element={can(Permission.AuditRead) ? <Audit /> : <Forbidden />} />
        {features
          .filter((f) => !f.public)
          .map((f) => {
            const Component = f.component;
            return <Route key={f.id} path={`${f.path}/*`} element={session!.features.includes(f.id) ? <Component /> : <Forbidden />} />;
          })}
        <Route path="/login" element={<Navigate to="/" replace />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Shell>
  );
}

function Root() {
  const { session, loading } = useSession();
  // Pages name states everywhere: they are drawn once the (public, small) membership is read, alongside the session,
  // so that a reader never sees codes turn into names under their eyes.
  const names = useMemberNames();
  const publicFeatures = features.filter((f) => f.public);
  if (loading || !names.ready) return <Loading />;
  return (
    <Routes>
      {publicFeatures.map((f) => {
        const Component = f.component;
        return (
          <Route
            key={f.id}
            path={`${f.path}/*`}
            element={
              <Suspense fallback={<Loading />}>
                <Component />
              </Suspense>
            }
          />
        );
      })}
      <Route path="*" element={session ? <SignedInRoutes /> : <Login />} />
    </Routes>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Root />
      </SessionProvider>
    </BrowserRouter>
  );
}
