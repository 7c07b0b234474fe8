import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, DESKTOP, useJourney } from './journey.js';
import { artifactsDir } from './server.js';


const journey = useJourney();
const { api, logIn } = journey;

async function addExercise(page: Page, day: string, search: string, name: string): Promise<void> {
  await page.getByRole('button', { name: `Add exercise to ${day}` }).click();
  await page.getByRole('searchbox', { name: `Search exercises for ${day}` }).fill(search);
  await page.getByRole('button', { name: `Add ${name} to ${day}` }).click();
}

async function fillSets(page: Page, prefix: string, reps: string, weight: string): Promise<void> {
  for (const set of [1, 2, 3]) {
    await page.getByLabel(`${prefix} set ${set} reps`).fill(reps);
    await page.getByLabel(`${prefix} set ${set} weight (kg)`).fill(weight);
  }
}

describe('routines', () => {
  it('a new athlete builds a two-day routine from the catalog with sets and progression rules, saves it, sees the dry run of the next weeks, duplicates and archives', async () => {
    const email = `builder-${randomUUID().slice(0, 8)}@example.com`;
    const password = 'Builder-Pass-2026';
    await api('mutation ($input: SignUpInput!) { signUp(input: $input) { token } }', { input: { email, password, role: 'ATHLETE', fullName: 'Riley Builder' } });

    const page = await (await journey.browser.newContext({ viewport: PHONE })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await logIn(page, email, password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Routines' }).click();
    await page.getByRole('heading', { name: 'Routines' }).waitFor();
    await page.getByText('You have no routines yet').waitFor();
    await page.getByRole('link', { name: 'Build a routine' }).click();
    await page.getByRole('heading', { name: 'New routine' }).waitFor();

    await page.getByLabel('Name', { exact: true }).fill('Full body 2x');
    await page.getByLabel('Day 1 title').fill('Full body A');
    // The catalog search matches aliases too: "bench" finds Barbell Bench Press.
    await addExercise(page, 'Day 1', 'bench', 'Barbell Bench Press');
    await addExercise(page, 'Day 1', 'back squat', 'Barbell Back Squat');
    await fillSets(page, 'Day 1 Barbell Bench Press', '5', '60');
    await fillSets(page, 'Day 1 Barbell Back Squat', '5', '80');
    await page.getByLabel('Day 1 Barbell Bench Press progression').selectOption('SINGLE_PROGRESSION');
    await page.getByLabel('Day 1 Barbell Bench Press deload every n cycles').fill('3');
    await page.getByLabel('Day 1 Barbell Back Squat progression').selectOption('SINGLE_PROGRESSION');
    await page.getByLabel('Day 1 Barbell Back Squat increment (kg)').fill('5');

    await page.getByRole('button', { name: 'Add day' }).click();
    await page.getByLabel('Day 2 title').fill('Full body B');
    await addExercise(page, 'Day 2', 'rdl', 'Romanian Deadlift');
    await fillSets(page, 'Day 2 Romanian Deadlift', '8-12', '70');
    await page.getByLabel('Day 2 Romanian Deadlift progression').selectOption('DOUBLE_PROGRESSION');

    // Double progression without its rep range, and an RPE off the scale: refused at the inputs before anything is sent.
    await page.getByLabel('Day 2 Romanian Deadlift set 1 RPE').fill('11');
    await page.getByRole('button', { name: 'Create routine' }).click();
    await page.getByRole('alert').filter({ hasText: 'Check the 3 marked fields' }).waitFor();
    expect(await page.getByLabel('Day 2 Romanian Deadlift set 1 RPE').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Day 2 Romanian Deadlift rep range from').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Day 2 Romanian Deadlift set 1 RPE').fill('8');
    await page.getByLabel('Day 2 Romanian Deadlift rep range from').fill('8');
    await page.getByLabel('Day 2 Romanian Deadlift rep range to').fill('12');
    // Nothing spills sideways on a phone, down to the narrowest we support.
    for (const viewport of [PHONE, { width: 360, height: 780 }]) {
      await page.setViewportSize(viewport);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    }
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: `${artifactsDir}routine-builder-phone.png`, fullPage: true });

    await page.getByRole('button', { name: 'Create routine' }).click();
    await page.getByRole('heading', { name: 'Edit routine' }).waitFor();
    expect(page.url()).toMatch(/\/routines\/[^/]+$/);

    // The engine's plan: the bench climbs 2.5 kg a session from 60 and deloads in cycle 3.
    const dryRun = page.getByRole('region', { name: 'Next weeks (dry run)' });
    const first = dryRun.getByRole('article', { name: /^Session 1: cycle 1, day 1 Full body A/ });
    await first.getByText('3 × 60 kg × 5').waitFor();
    await first.getByText('3 × 80 kg × 5').waitFor();
    await dryRun.getByRole('article', { name: /^Session 3: cycle 2, day 1/ }).getByText('3 × 62.5 kg × 5').waitFor();
    await dryRun.getByRole('article', { name: /^Session 2: cycle 1, day 2 Full body B/ }).getByText(/× 70 kg × 8/).waitFor();
    expect(await dryRun.getByText('Deload', { exact: true }).count()).toBeGreaterThan(0);
    await first.getByText('Why these numbers? (Barbell Bench Press)').click();
    await first.getByRole('listitem').filter({ hasText: /60/ }).first().waitFor();

    await page.setViewportSize(DESKTOP);
    // On a desktop the dry run sits beside the editor: the first screen shows both.
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await dryRun.boundingBox()).toMatchObject({ y: expect.any(Number) });
    expect((await dryRun.boundingBox())!.x).toBeGreaterThan(DESKTOP.width / 2);
    await page.screenshot({ path: `${artifactsDir}routine-dry-run-desktop.png` });

    // The list: the first routine became active; a copy is made once, opened, then archived.
    await page.getByRole('link', { name: '← Routines' }).click();
    const card = page.getByRole('article', { name: 'Full body 2x' });
    await card.getByText('Active').waitFor();
    await card.getByRole('button', { name: 'Duplicate Full body 2x' }).click();
    await page.getByRole('heading', { name: 'Edit routine' }).waitFor();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Full body 2x (copy)');
    await page.getByRole('link', { name: '← Routines' }).click();
    await page.getByRole('button', { name: 'Archive Full body 2x (copy)' }).click();
    await page.getByText('“Full body 2x (copy)” archived.').waitFor();
    await page.getByRole('article', { name: 'Full body 2x (copy)' }).waitFor({ state: 'detached' });
    await page.getByLabel('Show archived routines').check();
    await page.getByRole('article', { name: 'Full body 2x (copy)' }).getByText('Archived').waitFor();
    await page.screenshot({ path: `${artifactsDir}routine-list-desktop.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it("the coach changes a target on the day Sam does next in Sam's active routine; Sam's Today shows it", async () => {
    const { logIn: coachLogin } = await api<{ logIn: { token: string } }>('mutation ($input: LogInInput!) { logIn(input: $input) { token } }', {
      input: { email: 'coach@repwise.dev', password: 'repwise-demo' },
    });
    const roster = await api<{ viewer: { coach: { athletes: { edges: { node: { id: string; displayName: string } }[] } } } }>(
      '{ viewer { coach { athletes(first: 50) { edges { node { id displayName } } } } } }',
      {},
      coachLogin.token,
    );
    const sam = roster.viewer.coach.athletes.edges.map((edge) => edge.node).find((athlete) => athlete.displayName === 'Sam Rivera')!;
    expect(sam).toBeDefined();

    const coach = await (await journey.browser.newContext({ viewport: DESKTOP })).newPage();
    await logIn(coach, 'coach@repwise.dev');
    await coach.getByRole('heading', { name: /Roster/ }).first().waitFor();
    await coach.goto(`${journey.url}/routines?athlete=${encodeURIComponent(sam.id)}`);
    const active = coach.getByRole('article').filter({ has: coach.getByText('Active', { exact: true }) });
    await active.getByRole('link', { name: /^Edit / }).click();
    await coach.getByText('Routine for Sam Rivera').waitFor();

    // The day marked "Next up" is the one Sam's Today shows: change its first exercise's first set.
    const nextDay = coach.locator('section').filter({ has: coach.getByText('Next up') });
    const weight = nextDay.getByLabel(/ set 1 weight \(kg\)$/).first();
    const reps = nextDay.getByLabel(/ set 1 reps$/).first();
    const label = (await weight.getAttribute('aria-label'))!;
    const exercise = label.replace(/^Day \d+ /, '').replace(/ set 1 weight \(kg\)$/, '');
    const newWeight = String(Number(await weight.inputValue()) + 7.5);
    await weight.fill(newWeight);
    await reps.fill('4');
    await coach.getByRole('button', { name: 'Save changes' }).click();
    await coach.getByRole('status').filter({ hasText: /Saved \(revision \d+\)\./ }).waitFor();
    // The dry run beside the editor is run again on the saved tree: the 4 reps appear (the load is the
    // engine's, from Sam's RPE targets and history).
    await coach.getByRole('region', { name: 'Next weeks (dry run)' }).getByText(/ kg × 4( ·|$)/).first().waitFor();
    await nextDay.scrollIntoViewIfNeeded();
    await coach.screenshot({ path: `${artifactsDir}coach-edit-routine-desktop.png` });

    const athlete = await (await journey.browser.newContext({ viewport: PHONE })).newPage();
    await logIn(athlete, 'sam@repwise.dev');
    const card = athlete.getByRole('listitem').filter({ has: athlete.getByRole('heading', { name: exercise, exact: true }) }).first();
    await card.getByText(`Set 1 · 4 reps × ${newWeight} kg`).waitFor();
    await athlete.screenshot({ path: `${artifactsDir}athlete-today-after-edit-phone.png`, fullPage: true });
  });
});
