import { Alert } from './alert';

interface ErrorStateProps {
  title: string;
  message: string;
  onRetry?: () => void;
  retryLabel?: string;
}

/** A screen that could not load: what happened, and the one thing to try. */
export function ErrorState({ title, message, onRetry, retryLabel = 'Try again' }: ErrorStateProps) {
  return (
    <section className="error-state" aria-labelledby="error-state-title">
      <h1 id="error-state-title">{title}</h1>
      <Alert>{message}</Alert>
      {onRetry ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {retryLabel}
        </button>
      ) : null}
    </section>
  );
}
