import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, DESKTOP, useJourney } from './journey.js';
import { artifactsDir } from './server.js';

const PASSWORD = 'Offline-athlete-1';

const journey = useJourney();
const { api: graphql } = journey;

/** An athlete of this journey's own, with a one-day routine of three bench sets (no demo account is touched). */
async function signUpAthleteWithRoutine(email: string): Promise<string> {
  const { signUp } = await graphql<{ signUp: { token: string } }>('mutation ($input: SignUpInput!) { signUp(input: $input) { token } }', {
    input: { email, password: PASSWORD, role: 'ATHLETE', fullName: 'Olive Offline' },
  });
  const token = signUp.token;
  const { viewer, exercise } = await graphql<{ viewer: { athlete: { id: string } }; exercise: { id: string } }>(
    'query { viewer { athlete { id } } exercise(slug: "barbell-bench-press") { id } }',
    {},
    token,
  );
  await graphql(
    'mutation ($input: CreateRoutineInput!) { createRoutine(input: $input) { routine { id } } }',
    {
      input: {
        athleteId: viewer.athlete.id,
        name: 'Offline strength',
        makeActive: true,
        days: [{ title: 'Gym basement', exercises: [{ exerciseId: exercise.id, sets: [60, 62.5, 65].map((kg) => ({ targetReps: 5, targetWeightKg: kg, targetRestSeconds: 90 })) }] }],
      },
    },
    token,
  );
  return token;
}

const syncStatus = (page: Page) => page.getByRole('banner').getByRole('status');
const waitForStatus = (page: Page, text: string) => syncStatus(page).filter({ hasText: new RegExp(`^${text}$`) }).waitFor({ timeout: 15_000 });

describe('athlete logs sets with no network', () => {
  it('installs as an app, logs three sets offline (kept across a reload with the app served by its service worker), and syncs them once, exactly once, when the network returns', async () => {
    const email = `offline-${Date.now()}@repwise.dev`;
    const token = await signUpAthleteWithRoutine(email);

    // Installable: the manifest says standalone, with PNG icons the server has.
    const manifest = (await (await fetch(`${journey.url}/manifest.webmanifest`)).json()) as { display: string; start_url: string; icons: { src: string; sizes: string; type: string }[] };
    expect(manifest).toMatchObject({ display: 'standalone', start_url: '/' });
    for (const size of ['192x192', '512x512']) {
      const icon = manifest.icons.find((candidate) => candidate.sizes === size && candidate.type === 'image/png');
      expect(icon, size).toBeDefined();
      const response = await fetch(`${journey.url}${icon!.src}`);
      expect(response.headers.get('content-type')).toBe('image/png');
    }
    // A deploy must reach phones: the page and the worker are revalidated on every load.
    expect((await fetch(`${journey.url}/sw.js`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${journey.url}/`)).headers.get('cache-control')).toBe('no-cache');

    const context = await journey.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const logSetInputs: { clientId: string }[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'POST' || new URL(request.url()).pathname !== '/graphql') return;
      const body = request.postDataJSON() as { operationName?: string; variables?: { input?: { clientId: string } } };
      if (body.operationName === 'LogSet' && body.variables?.input) logSetInputs.push(body.variables.input);
    });

    await page.goto(journey.url);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: /Gym basement/ }).waitFor();
    await page.getByRole('button', { name: 'Start session' }).click();
    await page.getByRole('button', { name: 'Log Barbell Bench Press set 1' }).waitFor();
    await waitForStatus(page, 'All sets synced');
    // The service worker has precached the app shell.
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active))).toBe(true);

    await context.setOffline(true);
    await waitForStatus(page, 'Offline');
    for (const set of [1, 2, 3]) {
      await page.getByRole('button', { name: `Log Barbell Bench Press set ${set}` }).click();
      await page.getByText(`Barbell Bench Press set ${set} saved on this device, not yet on the server`).waitFor();
    }
    await waitForStatus(page, 'Offline · 3 sets waiting to sync');
    expect(await page.getByText('waiting to sync', { exact: true }).count()).toBe(3);
    // The session's live badge says so too, instead of "Live" over a socket that has not noticed yet.
    await page.locator('.progress-live').getByText('Offline', { exact: true }).waitFor();
    await page.screenshot({ path: `${artifactsDir}offline-waiting-phone.png`, fullPage: true });

    // Still offline, the page reloads: the service worker serves the app, the device keeps the
    // sets and the last known session.
    await page.reload();
    await waitForStatus(page, 'Offline · 3 sets waiting to sync');
    await page.getByRole('heading', { name: /Gym basement/ }).waitFor();
    expect(await page.getByText('waiting to sync', { exact: true }).count()).toBe(3);
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: `${artifactsDir}offline-waiting-desktop.png`, fullPage: true });

    await context.setOffline(false);
    await waitForStatus(page, 'All sets synced');
    for (const set of [1, 2, 3]) await page.getByText(`Barbell Bench Press set ${set} logged`).waitFor();
    expect(await page.getByText('waiting to sync', { exact: true }).count()).toBe(0);
    await page.screenshot({ path: `${artifactsDir}offline-synced-desktop.png`, fullPage: true });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: `${artifactsDir}offline-synced-phone.png`, fullPage: true });

    // The server has exactly the three sets, each under the clientId the device gave it.
    const sessionLogs = async () => {
      const { viewer } = await graphql<{ viewer: { athlete: { currentSession: { id: string; setLogs: { clientId: string; weightKg: number; reps: number }[] } } } }>(
        'query { viewer { athlete { currentSession { id setLogs { clientId weightKg reps } } } } }',
        {},
        token,
      );
      return viewer.athlete.currentSession.setLogs;
    };
    const logs = await sessionLogs();
    expect(logs.map((log) => [log.weightKg, log.reps])).toEqual([
      [60, 5],
      [62.5, 5],
      [65, 5],
    ]);
    const clientIds = [...new Set(logSetInputs.map((input) => input.clientId))];
    expect(clientIds).toHaveLength(3);
    expect(logs.map((log) => log.clientId).sort()).toEqual([...clientIds].sort());

    // Sending them all again (a retry whose answer was lost) stores nothing new.
    for (const clientId of clientIds) {
      const input = logSetInputs.find((candidate) => candidate.clientId === clientId)!;
      await graphql('mutation ($input: LogSetInput!) { logSet(input: $input) { setLog { id } } }', { input }, token);
    }
    expect(await sessionLogs()).toHaveLength(3);

    // The worker never stored an API answer.
    const cachedUrls = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls;
    });
    expect(cachedUrls.some((url) => url.includes('/index.html'))).toBe(true);
    expect(cachedUrls.filter((url) => url.includes('/graphql'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
