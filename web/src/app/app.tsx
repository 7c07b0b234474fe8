import { ErrorBoundary } from '../components/ui/error-boundary';
import { AppUpdate } from '../features/offline/app-update';
import { AppProvider } from './provider';
import { AppRouter } from './router';

export function App() {
  return (
    <ErrorBoundary>
      <AppUpdate />
      <AppProvider>
        <AppRouter />
      </AppProvider>
    </ErrorBoundary>
  );
}
