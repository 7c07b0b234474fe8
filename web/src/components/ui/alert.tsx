import type { ReactNode } from 'react';

interface AlertProps {
  tone?: 'error' | 'info' | 'success';
  children: ReactNode;
  id?: string;
}

/** Errors interrupt (role="alert"); info and success are announced politely. */
export function Alert({ tone = 'error', children, id }: AlertProps) {
  return (
    <div id={id} role={tone === 'error' ? 'alert' : undefined} aria-live={tone === 'error' ? undefined : 'polite'} className={`alert alert-${tone}`}>
      {children}
    </div>
  );
}
