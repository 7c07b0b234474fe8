import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, DESKTOP, useJourney } from './journey.js';
import { artifactsDir } from './server.js';

/**
 * Jordan (jordan@repwise.dev, only this account) logs a whole session on a phone: a superset, a
 * warm-up and a drop set, an exercise swapped for one of the engine's substitutes, an exercise
 * added from the catalog, a new personal record, then Finish and the summary with next time.
 */

const EMAIL = 'jordan@repwise.dev';

const journey = useJourney();
const { api } = journey;

/**
 * Jordan's demo routine has no progression rules and no supersets; he writes himself a day that
 * has both (through the same API the routine builder uses), so "next time" has something to say.
 */
async function giveJordanAPushPullDay(): Promise<string> {
  const { logIn } = await api<{ logIn: { token: string } }>('mutation ($input: LogInInput!) { logIn(input: $input) { token } }', { input: { email: EMAIL, password: 'repwise-demo' } });
  const token = logIn.token;
  const { viewer } = await api<{ viewer: { athlete: { id: string } } }>('{ viewer { athlete { id } } }', {}, token);
  const ids: Record<string, string> = {};
  for (const slug of ['barbell-bench-press', 'barbell-row', 'lat-pulldown']) {
    ids[slug] = (await api<{ exercise: { id: string } }>('query ($slug: String!) { exercise(slug: $slug) { id } }', { slug }, token)).exercise.id;
  }
  const linear = { style: 'SINGLE_PROGRESSION', incrementKg: 2.5 };
  await api(
    'mutation ($input: CreateRoutineInput!) { createRoutine(input: $input) { routine { id } } }',
    {
      input: {
        athleteId: viewer.athlete.id,
        name: 'Push & Pull (full-session journey)',
        makeActive: true,
        days: [
          {
            title: 'Push & Pull',
            exercises: [
              { exerciseId: ids['barbell-bench-press'], progressionRule: linear, sets: [1, 2].map(() => ({ targetReps: 5, targetWeightKg: 90, targetRestSeconds: 120 })) },
              { exerciseId: ids['barbell-row'], supersetGroup: 1, progressionRule: linear, sets: [1, 2].map(() => ({ targetReps: 8, targetWeightKg: 70, targetRestSeconds: 60 })) },
              { exerciseId: ids['lat-pulldown'], supersetGroup: 1, sets: [1, 2].map(() => ({ targetReps: 10, targetWeightKg: 60, targetRestSeconds: 60 })) },
            ],
          },
        ],
      },
    },
    token,
  );
  return token;
}

const progress = (page: Page, text: string) => page.getByRole('status', { name: 'Session progress' }).filter({ hasText: text }).waitFor({ timeout: 10_000 });

/** Logs the set behind `Log <name>`, typing a weight when the row has none (a substitute without history). */
async function logSet(page: Page, name: string, values: { weight?: string; reps?: string } = {}): Promise<void> {
  const weight = page.getByRole('textbox', { name: `${name} weight (kg)`, exact: true });
  if (values.weight !== undefined) await weight.fill(values.weight);
  else if ((await weight.inputValue()) === '') await weight.fill('30');
  if (values.reps !== undefined) await page.getByRole('textbox', { name: `${name} reps`, exact: true }).fill(values.reps);
  const log = page.getByRole('button', { name: `Log ${name}`, exact: true });
  await log.click();
  // Logged: the form gives way to what was done.
  await log.waitFor({ state: 'detached' });
}

describe('a full session in the live logger', () => {
  it('Jordan logs a superset, a warm-up, a drop set, a swap and an added exercise, sets a record, finishes and reads what changes next time', async () => {
    const token = await giveJordanAPushPullDay();
    const page = await (await journey.browser.newContext({ viewport: PHONE })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(journey.url);
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill('repwise-demo');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: /Push & Pull/ }).waitFor();
    await page.getByRole('button', { name: 'Start session' }).click();
    await progress(page, '0 / 6 sets');

    // Last time: Jordan benched in his demo history, and it shows on the card and beside each set.
    const bench = page.getByRole('article', { name: 'Barbell Bench Press' });
    await bench.getByText(/^Last time \(\d{4}-\d{2}-\d{2}\): /).waitFor();
    expect(await bench.getByText(/^Last time \d/).count()).toBeGreaterThan(0);

    // The row and pulldown are a superset, grouped for the eye and for screen readers.
    await page.getByRole('group', { name: 'Superset A: Barbell Row, Lat Pulldown' }).waitFor();

    // A warm-up first: an added set of the bench, marked with the large Warm-up control.
    await page.getByRole('button', { name: 'Add set to Barbell Bench Press' }).click();
    await page.getByRole('group', { name: 'Barbell Bench Press set 3 type' }).getByRole('radio', { name: 'Warm-up' }).check();
    await logSet(page, 'Barbell Bench Press set 3', { weight: '40', reps: '10' });
    await bench.getByText('warm-up', { exact: true }).waitFor();
    // The warm-up was added beyond the plan: it counts apart from the planned sets.
    await progress(page, '0 / 6 sets + 1 added');

    // Heavier than anything Jordan has benched: the record is celebrated where the set was logged.
    await logSet(page, 'Barbell Bench Press set 1', { weight: '150', reps: '5' });
    const celebration = bench.locator('.celebration').filter({ hasText: 'New record! Barbell Bench Press' });
    await celebration.waitFor();
    expect(await celebration.textContent()).toContain('heaviest weight 150 kg');
    await celebration.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${artifactsDir}full-session-record-phone.png` });

    await logSet(page, 'Barbell Bench Press set 2');
    // Then a drop set: the load cut right after the last work set, marked Drop set, taken to failure.
    await page.getByRole('button', { name: 'Add set to Barbell Bench Press' }).click();
    const dropType = page.getByRole('group', { name: 'Barbell Bench Press set 4 type' });
    await dropType.getByRole('radio', { name: 'Drop set' }).check();
    await dropType.getByRole('checkbox', { name: 'To failure' }).check();
    await logSet(page, 'Barbell Bench Press set 4', { weight: '60', reps: '12' });
    await bench.getByText('drop set', { exact: true }).waitFor();

    // The superset, rows first.
    await logSet(page, 'Barbell Row set 1');
    await logSet(page, 'Barbell Row set 2');

    // No pulldown station free: swap it for the engine's best substitute, with its reasons.
    await page.getByRole('button', { name: 'Swap Lat Pulldown' }).click();
    const swapPanel = page.getByRole('region', { name: 'Swap Lat Pulldown' });
    const firstChoice = swapPanel.locator('.choice').first();
    await firstChoice.waitFor();
    expect(await swapPanel.locator('.choice-detail').first().textContent()).toMatch(/\w/);
    const substitute = (await firstChoice.locator('.choice-title').textContent())!;
    await firstChoice.click();
    const swapped = page.getByRole('article', { name: substitute });
    await swapped.getByText('Swap for Lat Pulldown').waitFor();
    await logSet(page, `${substitute} set 1`);
    await logSet(page, `${substitute} set 2`);
    // Every planned set is done (the substitute's fulfil the pulldown's); the warm-up and the drop set are extra.
    await progress(page, '6 / 6 sets + 2 added');

    // And curls, which today's plan does not have, from the catalog.
    await page.getByRole('button', { name: '+ Add an exercise' }).click();
    await page.getByRole('searchbox', { name: 'Search the catalog' }).fill('barbell curl');
    await page.getByRole('button', { name: /^Barbell Curl/ }).first().click();
    const curls = page.getByRole('article', { name: 'Barbell Curl' });
    await curls.getByText('added', { exact: true }).first().waitFor();
    await logSet(page, 'Barbell Curl set 1', { weight: '35', reps: '10' });
    await progress(page, '6 / 6 sets + 3 added');

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${artifactsDir}full-session-logger-phone.png`, fullPage: true });
    await page.setViewportSize(DESKTOP);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${artifactsDir}full-session-logger-desktop.png`, fullPage: true });
    await page.setViewportSize(PHONE);

    // What the server stored: the swap against the planned sets, the curls without, the set types.
    const { viewer } = await api<{
      viewer: { athlete: { currentSession: { setLogs: { plannedSetId: string | null; isWarmup: boolean; isDropSet: boolean; toFailure: boolean; weightKg: number; exercise: { name: string } }[] } } };
    }>('{ viewer { athlete { currentSession { setLogs { plannedSetId isWarmup isDropSet toFailure weightKg exercise { name } } } } } }', {}, token);
    const logs = viewer.athlete.currentSession.setLogs;
    expect(logs).toHaveLength(9);
    expect(logs.filter((log) => log.exercise.name === substitute).map((log) => log.plannedSetId !== null)).toEqual([true, true]);
    expect(logs.filter((log) => log.exercise.name === 'Lat Pulldown')).toHaveLength(0);
    expect(logs.filter((log) => log.exercise.name === 'Barbell Curl').map((log) => log.plannedSetId)).toEqual([null]);
    expect(logs.filter((log) => log.isWarmup).map((log) => [log.exercise.name, log.weightKg, log.plannedSetId])).toEqual([['Barbell Bench Press', 40, null]]);
    expect(logs.filter((log) => log.isDropSet).map((log) => [log.exercise.name, log.weightKg, log.toFailure])).toEqual([['Barbell Bench Press', 60, true]]);

    // Finish: the summary with volume, sets, the record and what the progression rules change.
    await page.getByRole('button', { name: 'Finish session' }).click();
    await page.getByRole('heading', { name: 'Session complete' }).waitFor();
    await page.getByText('6 / 6 sets + 3 added').waitFor();
    const records = page.getByRole('region', { name: 'New records' });
    expect(await records.textContent()).toContain('Barbell Bench Press: heaviest weight 150 kg');
    const next = page.getByRole('region', { name: 'What changes next time' });
    await next.getByText('Barbell Bench Press', { exact: true }).waitFor();
    // Every bench set made its reps: the linear rule adds its step.
    expect(await next.textContent()).toContain('Barbell Bench Press: 2 × 5 × 92.5 kg');
    expect(await next.textContent()).toContain('Barbell Row');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${artifactsDir}full-session-summary-phone.png`, fullPage: true });
    await page.setViewportSize(DESKTOP);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${artifactsDir}full-session-summary-desktop.png`, fullPage: true });

    expect(errors).toEqual([]);
  });
});
