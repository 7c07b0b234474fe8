import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { type Auth, AuthContext } from '../features/auth/auth-context';
import { clearToken, onTokenChangedElsewhere, readToken, writeToken } from '../lib/auth-token';
import { forgetOfflineCache } from '../lib/offline-cache';
import { createUrqlClient } from '../lib/urql-client';

/**
 * Auth state and the GraphQL client. A new token means a new client: a fresh cache (nothing of
 * the previous account survives) and a socket that authenticates as the new account.
 */
export function AppProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(readToken);
  const [notice, setNotice] = useState<string | null>(null);

  const logIn = useCallback((next: string) => {
    writeToken(next);
    setNotice(null);
    setToken(next);
  }, []);
  const logOut = useCallback((message?: string) => {
    const previous = readToken();
    if (previous) forgetOfflineCache(previous);
    clearToken();
    setNotice(message ?? null);
    setToken(null);
  }, []);

  const handle = useMemo(
    () =>
      createUrqlClient({
        token,
        // Errors surface inside urql's stream, possibly while React renders: log out afterwards.
        onUnauthenticated: () => queueMicrotask(() => logOut('Your login has expired. Log in again.')),
      }),
    [token, logOut],
  );
  useEffect(() => () => handle.dispose(), [handle]);

  // Logging in or out in another tab does the same here.
  useEffect(() => onTokenChangedElsewhere((next) => setToken(next)), []);

  const auth = useMemo<Auth>(() => ({ token, notice, logIn, logOut }), [token, notice, logIn, logOut]);
  return (
    <AuthContext value={auth}>
      <UrqlProvider value={handle.client}>{children}</UrqlProvider>
    </AuthContext>
  );
}
