import { Suspense, useEffect } from 'react';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { Loading } from '../../components/ui/loading';
import { useAuth } from '../../features/auth/auth-context';
import { ViewerQuery } from '../../features/auth/api/viewer';
import { SyncIndicator } from '../../features/offline/sync-indicator';
import { unitOf, WeightUnitProvider } from '../../lib/units';

/** Every screen behind the login: header with the person's name and Log out, then the page. */
export function AppLayout() {
  const { token } = useAuth();
  const location = useLocation();
  if (!token) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return <Shell />;
}

function Shell() {
  const { logOut } = useAuth();
  const [{ data }] = useQuery({ query: ViewerQuery });
  const viewer = data?.viewer;

  // A token the server no longer knows (expired, revoked) reads as viewer: null.
  const expired = data !== undefined && viewer === null;
  useEffect(() => {
    if (expired) logOut('Your login has expired. Log in again.');
  }, [expired, logOut]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <NavLink to={viewer?.coach && !viewer.athlete ? '/coach' : '/'} className="brand" aria-label="Repwise home">
            <svg className="brand-mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="7" fill="currentColor" />
              <path d="M7 13h3v6H7zm15 0h3v6h-3zM10 11h3v10h-3zm9 0h3v10h-3zm-6 4h6v2h-6z" fill="#fff" />
            </svg>
            <span className="brand-name">Repwise</span>
          </NavLink>
          <nav aria-label="Main" className="app-nav">
            {viewer?.athlete ? <NavLink to="/" end>Today</NavLink> : null}
            {viewer?.athlete ? <NavLink to="/routines">Routines</NavLink> : null}
            {viewer?.athlete ? <NavLink to="/history">History</NavLink> : null}
            {viewer?.athlete ? <NavLink to="/progress">Progress</NavLink> : null}
            {viewer?.coach ? <NavLink to="/coach">Roster</NavLink> : null}
            {viewer ? <NavLink to="/settings">Settings</NavLink> : null}
          </nav>
          <SyncIndicator always={Boolean(viewer?.athlete)} owner={viewer?.id ?? null} />
          <div className="app-user">
            {viewer ? <span className="app-user-name">{viewer.fullName ?? viewer.username}</span> : null}
            <button type="button" className="button button-ghost button-small" onClick={() => logOut()}>
              Log out
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <WeightUnitProvider unit={unitOf(viewer?.settings.unitSystem)}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </WeightUnitProvider>
      </main>
    </>
  );
}
