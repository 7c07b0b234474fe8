import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, NARROW_PHONE, DESKTOP, useJourney } from './journey.js';
import { artifactsDir } from './server.js';


const journey = useJourney();
const { logIn } = journey;

const progress = (page: Page, text: string) =>
  page.getByRole('status', { name: 'Session progress' }).filter({ hasText: text }).waitFor({ timeout: 10_000 });

describe('athlete logs a session while others watch live', () => {
  it('logs in, checks in (sleep, soreness, energy), starts today’s session and sees its readiness, logs two sets and sees 2/N; the coach’s roster and activity feed show the third set arrive live, a second tab and the coach’s live view the fourth; the coach drills into the athlete', async () => {
    const athlete = await (await journey.browser.newContext({ viewport: PHONE })).newPage();
    const errors: string[] = [];
    athlete.on('pageerror', (error) => errors.push(error.message));
    // What the SPA posts to /graphql: persisted documents go out as their hash alone.
    const posted: { query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } }[] = [];
    athlete.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') posted.push(request.postDataJSON());
    });

    await logIn(athlete, 'athlete@repwise.dev');
    await athlete.getByRole('heading', { name: /Upper A/ }).waitFor();
    await athlete.getByText(/6 reps × 80 kg/).first().waitFor();

    // The optional check-in before Start, at the narrowest phone we support: nothing spills sideways.
    await athlete.setViewportSize(NARROW_PHONE);
    const checkIn = athlete.getByRole('region', { name: 'Check-in (optional)' });
    const sleep = checkIn.getByLabel('Sleep last night (hours)');
    await sleep.fill('30');
    await checkIn.getByRole('button', { name: 'Save check-in' }).click();
    await checkIn.getByRole('alert').filter({ hasText: 'from 0 to 24' }).waitFor();
    expect(await sleep.getAttribute('aria-invalid')).toBe('true');
    await sleep.fill('8');
    await checkIn.getByLabel('Soreness').selectOption('1');
    await checkIn.getByLabel('Where (optional)').selectOption('CHEST');
    await checkIn.getByLabel(/^Energy/).selectOption('10');
    await checkIn.getByRole('button', { name: 'Save check-in' }).click();
    await checkIn.getByText('Check-in saved').waitFor();
    expect(await athlete.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW_PHONE.width);
    await athlete.screenshot({ path: `${artifactsDir}athlete-check-in-360.png`, fullPage: true });
    await athlete.setViewportSize(PHONE);

    await athlete.getByRole('button', { name: 'Start session' }).click();
    // 8 h of sleep, barely sore, energy 10: every signal scores 100, so the loads stay as planned.
    const readiness = athlete.getByRole('region', { name: 'Readiness: High (100 / 100)' });
    await readiness.getByText('You are well recovered: train as planned.').waitFor();

    await athlete.getByRole('button', { name: 'Log Barbell Bench Press set 1' }).click();
    await progress(athlete, '1 / 16 sets');
    await athlete.getByLabel('Barbell Bench Press set 2 weight (kg)').fill('82.5');
    await athlete.getByRole('button', { name: 'Log Barbell Bench Press set 2' }).click();
    await progress(athlete, '2 / 16 sets');
    await athlete.screenshot({ path: `${artifactsDir}athlete-logger-phone.png`, fullPage: true });

    // A second tab of the same athlete and the coach, both watching.
    const secondTab = await athlete.context().newPage();
    await secondTab.goto(journey.url);
    await progress(secondTab, '2 / 16 sets');

    const coach = await (await journey.browser.newContext({ viewport: DESKTOP })).newPage();
    coach.on('pageerror', (error) => errors.push(error.message));
    const frames: string[] = [];
    coach.on('websocket', (socket) => socket.on('framereceived', (frame) => frames.push(String(frame.payload))));
    await logIn(coach, 'coach@repwise.dev');
    await coach.getByRole('heading', { name: 'Roster' }).waitFor();

    // The roster at a glance: Alex's card shows the session in progress, the feed is live for the whole roster.
    const alexCard = coach.getByRole('listitem', { name: 'Alex Kim' });
    await alexCard.getByText(/Training now · Upper A · 2 \/ 16 sets/).waitFor();
    await alexCard.getByRole('img', { name: /^Set compliance, last 6 weeks: / }).waitFor();
    const feed = coach.getByRole('region', { name: 'Live activity' });
    await feed.getByRole('status').filter({ hasText: 'Live · 3 athletes' }).waitFor();
    await coach.screenshot({ path: `${artifactsDir}coach-roster-desktop.png`, fullPage: true });

    // Alex's third set reaches the coach's feed and card as it is logged.
    await athlete.getByRole('button', { name: 'Log Barbell Bench Press set 3' }).click();
    await progress(athlete, '3 / 16 sets');
    await progress(secondTab, '3 / 16 sets');
    await feed.getByRole('listitem').filter({ hasText: /Alex Kim Barbell Bench Press set 3: \d+(\.\d+)? kg × \d+/ }).waitFor({ timeout: 10_000 });
    await alexCard.getByText(/Training now · Upper A · 3 \/ 16 sets/).waitFor({ timeout: 10_000 });
    expect(frames.some((frame) => frame.includes('"rosterActivity"') && frame.includes('"SET_LOGGED"') && frame.includes('"setsDone":3'))).toBe(true);

    // The same roster on a phone: one column, nothing spills sideways.
    await coach.setViewportSize(PHONE);
    expect(await coach.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await coach.screenshot({ path: `${artifactsDir}coach-roster-phone.png`, fullPage: true });
    await coach.setViewportSize(DESKTOP);

    await coach.getByRole('link', { name: 'Watch live: Alex Kim' }).click();
    await progress(coach, '3 / 16 sets');

    await athlete.getByRole('button', { name: 'Log Barbell Bench Press set 4' }).click();
    await progress(athlete, '4 / 16 sets');
    await progress(secondTab, '4 / 16 sets');
    await progress(coach, '4 / 16 sets');
    // It came over graphql-ws: the coach's socket carried the event.
    expect(frames.some((frame) => frame.includes('"sessionProgress"') && frame.includes('"setsDone":4'))).toBe(true);
    await coach.screenshot({ path: `${artifactsDir}coach-watch-desktop.png`, fullPage: true });

    // Drill into Alex: the plan tree, recent sessions and analytics, with the plan actions.
    await coach.getByRole('link', { name: '← Roster' }).click();
    await coach.getByRole('link', { name: 'Alex Kim', exact: true }).first().click();
    await coach.getByRole('heading', { name: 'Alex Kim', level: 1 }).waitFor();
    const plan = coach.getByRole('region', { name: 'Plan' });
    await plan.getByRole('heading', { name: /Day 1 · Upper A/ }).first().waitFor();
    await plan.getByText(/Set 1: 6 reps × 80 kg @ RPE 8/).first().waitFor();
    const edit = plan.getByRole('link', { name: /^Edit routine / }).first();
    expect(await edit.getAttribute('href')).toMatch(/^\/routines\/[^/]+$/);
    expect(await coach.getByRole('link', { name: 'New routine' }).getAttribute('href')).toMatch(/^\/routines\/new\?athlete=/);
    await coach.getByRole('region', { name: 'Recent sessions' }).getByText(/Barbell Bench Press/).first().waitFor();
    await coach.getByRole('region', { name: 'Estimated 1RM' }).getByRole('img').first().waitFor();
    await coach.screenshot({ path: `${artifactsDir}coach-athlete-desktop.png`, fullPage: true });

    // Log in, Today, check-in, start, four sets: every one by hash, none with its document.
    expect(posted.length).toBeGreaterThanOrEqual(5);
    for (const body of posted) {
      expect(body.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
      expect(body.query).toBeUndefined();
    }

    await secondTab.screenshot({ path: `${artifactsDir}athlete-second-tab-phone.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
});
