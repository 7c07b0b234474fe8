import { Navigate, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../../features/auth/auth-context';
import { LoginForm } from '../../features/auth/login-form';

/** `/login`: where a person without a token lands, then goes back to where they were headed. */
export function LoginRoute() {
  const { token, notice, logIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const returnTo = from && from !== '/' && from !== '/login' ? from : null;

  if (token) return <Navigate to={returnTo ?? '/'} replace />;
  return (
    <main id="main" className="login-page">
      <title>Log in · Repwise</title>
      <div className="login-card">
        <p className="brand brand-large">Repwise</p>
        <h1>Log in</h1>
        <p className="text-muted">Log your sets, watch your athletes.</p>
        <LoginForm
          notice={notice}
          onLoggedIn={(next, homePath) => {
            logIn(next);
            navigate(returnTo ?? homePath, { replace: true });
          }}
        />
      </div>
    </main>
  );
}
