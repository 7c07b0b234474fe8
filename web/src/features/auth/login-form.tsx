import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Alert } from '../../components/ui/alert';
import { describeError, toAppError } from '../../lib/errors';
import { LogInMutation } from './api/log-in';
import { homePathFor } from './api/viewer';

interface LoginFormProps {
  /** Called with the token and where the person should land. */
  onLoggedIn(token: string, homePath: string): void;
  notice?: string | null;
}

export function LoginForm({ onLoggedIn, notice }: LoginFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, logIn] = useMutation(LogInMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (!email.trim() || !password) {
      setError('Enter your e-mail and password.');
      return;
    }
    const result = await logIn({ input: { email: email.trim(), password } });
    if (result.error) {
      const appError = toAppError(result.error);
      setError(
        describeError(appError, {
          UNAUTHENTICATED: 'E-mail or password is incorrect.',
          BAD_USER_INPUT: appError.field === 'email' ? 'Enter a valid e-mail address, e.g. you@example.com.' : appError.message,
        }),
      );
      return;
    }
    const payload = result.data?.logIn;
    if (payload) onLoggedIn(payload.token, homePathFor(payload.user));
  }

  return (
    <form className="login-form" onSubmit={submit} noValidate aria-describedby={error ? 'login-error' : undefined}>
      {notice && !error ? <Alert tone="info">{notice}</Alert> : null}
      <div className="field">
        <label htmlFor="login-email">Email</label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="login-password">Password</label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      {error ? <Alert id="login-error">{error}</Alert> : null}
      <button type="submit" className="button button-primary button-block" disabled={fetching}>
        {fetching ? 'Logging in…' : 'Log in'}
      </button>
    </form>
  );
}
