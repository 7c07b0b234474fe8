import { createContext, useContext } from 'react';

export interface Auth {
  token: string | null;
  /** Why the last session ended, when it was not the person's choice (shown on the login screen). */
  notice: string | null;
  logIn(token: string): void;
  logOut(notice?: string): void;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth needs <AppProvider> above it');
  return auth;
}
