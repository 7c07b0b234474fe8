import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, NARROW_PHONE, DESKTOP, useJourney } from './journey.js';
import { artifactsDir } from './server.js';


const journey = useJourney();
const { api: gql, logIn } = journey;

const DAY_MS = 86_400_000;
const pad = (value: number) => String(value).padStart(2, '0');
/** The UTC calendar day `days` from today (the browser runs in UTC too). */
const dayFromToday = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
const longDay = (day: string) => new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.parse(day));
const monthName = (day: string) => new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(day));

/**
 * Six weeks of a Strong export: every other day, bench and squat getting heavier, a warm-up first.
 * The newest workout (two days ago) beats every earlier one, so it sets all eight records.
 */
function strongExport(): string {
  const rows = ['Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE'];
  for (let index = 0; index < 20; index += 1) {
    const day = dayFromToday(-40 + index * 2);
    const title = index % 2 === 0 ? 'Push Legs A' : 'Push Legs B';
    const bench = 60 + index * 1.25;
    const squat = 80 + index * 2.5;
    const at = `${day} 18:${pad(index)}:00`;
    rows.push(`${at},"${title}",1h 2m,"Bench Press (Barbell)",W,40,10,0,0,,,`);
    for (const set of [1, 2, 3]) rows.push(`${at},"${title}",1h 2m,"Bench Press (Barbell)",${set},${bench},5,0,0,,,${set === 3 ? 9 : 8}`);
    for (const set of [1, 2, 3]) rows.push(`${at},"${title}",1h 2m,"Squat (Barbell)",${set},${squat},5,0,0,,,8`);
  }
  return rows.join('\n');
}

/** A fresh athlete of its own (no demo account shared with other journeys), with imported history, a skipped day and three weigh-ins. */
async function athleteWithHistory(): Promise<{ email: string; password: string }> {
  const email = `history-${Date.now()}@example.com`;
  const password = 'History-journey-2026';
  const { signUp } = await gql<{ signUp: { token: string; user: { athlete: { id: string } } } }>(
    'mutation ($input: SignUpInput!) { signUp(input: $input) { token user { athlete { id } } } }',
    { input: { email, password, role: 'ATHLETE', fullName: 'Harper History' } },
  );
  const { token } = signUp;
  const athleteId = signUp.user.athlete.id;

  const { importWorkouts } = await gql<{ importWorkouts: { created: { sessions: number; sets: number }; unmatchedExercises: string[] } }>(
    'mutation ($input: ImportWorkoutsInput!) { importWorkouts(input: $input) { created { sessions sets } unmatchedExercises } }',
    { input: { format: 'STRONG_CSV', content: strongExport(), dryRun: false } },
    token,
  );
  expect(importWorkouts).toEqual({ created: { sessions: 20, sets: 140 }, unmatchedExercises: [] });

  const { planSession } = await gql<{ planSession: { session: { id: string; revision: number } } }>(
    'mutation ($input: PlanSessionInput!) { planSession(input: $input) { session { id revision } } }',
    { input: { workoutDate: dayFromToday(-1) } },
    token,
  );
  await gql('mutation ($input: SkipSessionInput!) { skipSession(input: $input) { session { id status } } }', { input: { id: planSession.session.id, revision: planSession.session.revision } }, token);

  for (const [days, weightKg] of [[-35, 82.4], [-21, 81.6], [-7, 81.1]] as const) {
    await gql('mutation ($input: RecordBodyMetricsInput!) { recordBodyMetrics(input: $input) { created } }', { input: { athleteId, measuredOn: dayFromToday(days), weightKg } }, token);
  }
  return { email, password };
}

const fitsWidth = async (page: Page, width: number) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

describe('athlete reviews history and progress', () => {
  it('imports six weeks, browses the calendar by keyboard into a session with its records, and reads e1RM, volume and body weight charts after recording today’s weight', async () => {
    const { email, password } = await athleteWithHistory();
    const context = await journey.browser.newContext({ viewport: PHONE, timezoneId: 'UTC' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await logIn(page, email, password);

    // History: this month's calendar, statuses told apart in each day's name.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    const today = dayFromToday(0);
    const grid = page.getByRole('grid', { name: `Sessions in ${monthName(today)}` });
    await grid.waitFor();
    const newest = dayFromToday(-2);
    const skipped = dayFromToday(-1);
    if (newest.slice(0, 7) === today.slice(0, 7)) {
      await grid.getByRole('button', { name: `${longDay(newest)}: Push Legs B, completed` }).waitFor();
    }
    if (skipped.slice(0, 7) === today.slice(0, 7)) {
      await grid.getByRole('button', { name: `${longDay(skipped)}: Workout, skipped` }).waitFor();
    }
    expect(await grid.getByRole('button', { name: `${longDay(today)}: no session` }).getAttribute('aria-current')).toBe('date');
    await page.screenshot({ path: `${artifactsDir}history-calendar-phone.png`, fullPage: true });
    await fitsWidth(page, PHONE.width);
    await page.setViewportSize(NARROW_PHONE);
    await fitsWidth(page, NARROW_PHONE.width);

    // Keyboard: from today's tab stop, two days back by arrow (across a month edge if need be), then Enter.
    await grid.getByRole('button', { name: `${longDay(today)}: no session` }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('grid', { name: `Sessions in ${monthName(newest)}` }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`${longDay(newest)}: Push Legs B, completed`);
    await page.keyboard.press('Enter');

    // The session: sets in the viewer's unit, the warm-up marked, volume, duration and the eight records it set.
    await page.getByRole('heading', { level: 1, name: 'Push Legs B' }).waitFor();
    await page.setViewportSize(DESKTOP);
    const bench = page.getByRole('table', { name: 'Sets of Barbell Bench Press' });
    await bench.waitFor();
    expect(await bench.getByRole('row').allTextContents()).toEqual(['SetWeight (kg)RepsEffort', 'Warm-up4010—', '183.755RPE 8', '283.755RPE 8', '383.755RPE 9']);
    const facts = page.locator('.session-facts');
    expect(await facts.textContent()).toContain('Volume3,168.75 kg');
    expect(await facts.textContent()).toContain('Duration1 h 2 min');
    const records = page.getByRole('region', { name: 'Records set' });
    expect(await records.getByRole('listitem').count()).toBe(8);
    await records.getByText(/Barbell Back Squat: Best estimated 1RM/).waitFor();
    await page.screenshot({ path: `${artifactsDir}history-session-desktop.png`, fullPage: true });

    // Progress on a phone: the e1RM trend of the most trained lift, the weekly volume, body weight.
    await page.setViewportSize(PHONE);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
    const exercise = page.getByLabel('Exercise', { exact: true });
    await exercise.waitFor();
    await exercise.selectOption({ label: 'Barbell Bench Press (20 sessions)' });
    const e1rm = page.getByRole('img', { name: 'Barbell Bench Press: estimated 1RM by training day' });
    await e1rm.waitFor();
    expect(await e1rm.locator('circle').count()).toBe(20);
    expect(await e1rm.locator('.chart-trend').count()).toBe(1);
    const describedBy = await e1rm.getAttribute('aria-describedby');
    const e1rmSummary = await page.evaluate((id) => document.getElementById(id!)?.textContent, describedBy);
    expect(e1rmSummary).toMatch(/^From [\d.]+ kg on .* to [\d.]+ kg on .* over 20 training days \(\+[\d.]+%\)\. Trend: \+[\d.]+ kg per week\.$/);
    await page.getByText('Best estimated 1RM').first().waitFor();
    const volume = page.getByRole('img', { name: 'Hard sets per week, by muscle' });
    expect(await volume.locator('rect').count()).toBeGreaterThan(5);

    const weight = page.getByLabel('Today’s body weight (kg)');
    await weight.fill('eighty');
    await page.getByRole('button', { name: 'Record weight' }).click();
    await page.getByRole('alert').filter({ hasText: 'Enter your body weight in kg' }).waitFor();
    await weight.fill('80.6');
    await page.getByRole('button', { name: 'Record weight' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved today’s weight: 80.6 kg.' }).waitFor();
    // Again, as a retry would: the day's row is updated, not doubled.
    await weight.fill('80.6');
    await page.getByRole('button', { name: 'Record weight' }).click();
    await page.getByRole('status').filter({ hasText: 'Updated today’s weight: 80.6 kg.' }).waitFor();
    const body = page.getByRole('img', { name: 'Body weight by day' });
    await body.locator('circle').nth(3).waitFor();
    expect(await body.locator('circle').count()).toBe(4);
    await page.getByRole('figure', { name: 'Body weight by day' }).getByText('Show the numbers').click();
    expect(await page.getByRole('table', { name: 'Body weight by day' }).getByRole('row').count()).toBe(5);
    await fitsWidth(page, PHONE.width);
    await page.screenshot({ path: `${artifactsDir}progress-phone.png`, fullPage: true });

    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: `${artifactsDir}progress-desktop.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
