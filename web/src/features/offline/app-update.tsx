/// <reference types="vite-plugin-pwa/react" />
import { useRegisterSW } from 'virtual:pwa-register/react';
import './offline.css';

/** A deployed update can take an hour to be noticed by a page that stays open (a logger on a gym bench). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the service worker (the app shell offline) and offers a new version when one has
 * been deployed: the new worker waits until the athlete taps Reload, so a page is never swapped
 * mid-set, and sets waiting to sync stay on the device across the reload.
 */
export function AppUpdate() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      window.setInterval(() => {
        if (navigator.onLine) void registration.update();
      }, UPDATE_CHECK_MS);
    },
    onRegisterError(error) {
      console.warn('The service worker did not register: Repwise works, but not offline.', error);
    },
  });
  if (!needRefresh) return null;
  return (
    <div className="app-update" role="region" aria-label="Update">
      <p>A new version of Repwise is ready.</p>
      <button type="button" className="button button-primary button-small" onClick={() => void updateServiceWorker(true)}>
        Reload
      </button>
      <button type="button" className="button button-ghost button-small" onClick={() => setNeedRefresh(false)}>
        Later
      </button>
    </div>
  );
}
