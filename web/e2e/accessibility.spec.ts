import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, NARROW_PHONE, useJourney } from './journey.js';

/**
 * Every screen, as an athlete and as a coach, at the narrowest phone we support and on a desktop:
 * axe-core's WCAG 2.1 A/AA rules find nothing serious, and nothing spills sideways. The demo
 * athlete is only looked at (other journeys use it); the live states come from accounts of its own.
 */
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const journey = useJourney();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function logIn(page: Page, email: string, password?: string): Promise<void> {
  await journey.logIn(page, email, password);
  await page.getByRole('button', { name: 'Log out' }).waitFor();
}

/** The screen's serious and critical WCAG 2.1 A/AA violations, as "rule: selector" lines. */
async function audit(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.help}): ${node.target.join(' ')}`));
}

/** Opens `path` (or follows the first link matching `link` from the current screen) and waits for its heading. */
async function visit(page: Page, target: { path: string } | { link: string }): Promise<string> {
  if ('path' in target) await page.goto(`${journey.url}${target.path}`);
  else await page.locator(target.link).first().click();
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  return new URL(page.url()).pathname;
}

const AUDIT_PASSWORD = 'Audit-athlete-1';
const AUDIT_EMAIL = `audit-${randomUUID()}@example.com`;
const AUDIT_COACH_EMAIL = `audit-coach-${randomUUID()}@example.com`;

/**
 * The states other journeys may or may not have left behind, made here: an athlete of this spec's
 * own with a session in progress (the live logger on Today, one set logged), on the roster of a
 * coach of its own (so the roster shows a training card and "Watch live"). No demo account changes.
 */
async function athleteTrainingNow(): Promise<void> {
  const { api } = journey;
  const { signUp } = await api<{ signUp: { token: string } }>('mutation ($input: SignUpInput!) { signUp(input: $input) { token } }', {
    input: { email: AUDIT_EMAIL, password: AUDIT_PASSWORD, role: 'ATHLETE', fullName: 'Ada Audit' },
  });
  const token = signUp.token;
  const { viewer, bench, row } = await api<{ viewer: { athlete: { id: string } }; bench: { id: string }; row: { id: string } }>(
    'query { viewer { athlete { id } } bench: exercise(slug: "barbell-bench-press") { id } row: exercise(slug: "barbell-row") { id } }',
    {},
    token,
  );
  const sets = [60, 62.5].map((kg) => ({ targetReps: 5, targetWeightKg: kg, targetRestSeconds: 90 }));
  const { createRoutine } = await api<{ createRoutine: { routine: { days: { id: string; exercises: { exercise: { id: string }; sets: { id: string }[] }[] }[] } } }>(
    'mutation ($input: CreateRoutineInput!) { createRoutine(input: $input) { routine { days { id exercises { exercise { id } sets { id } } } } } }',
    {
      input: {
        athleteId: viewer.athlete.id,
        name: 'Audit day',
        makeActive: true,
        days: [{ title: 'Audit A', exercises: [{ exerciseId: bench.id, supersetGroup: 1, sets }, { exerciseId: row.id, supersetGroup: 1, sets }] }],
      },
    },
    token,
  );
  const day = createRoutine.routine.days[0]!;
  const { startSession } = await api<{ startSession: { session: { id: string } } }>(
    'mutation ($input: StartSessionInput!) { startSession(input: $input) { session { id } } }',
    { input: { routineDayId: day.id } },
    token,
  );
  const first = day.exercises[0]!;
  await api(
    'mutation ($input: LogSetInput!) { logSet(input: $input) { setLog { id } } }',
    { input: { clientId: randomUUID(), sessionId: startSession.session.id, exerciseId: first.exercise.id, plannedSetId: first.sets[0]!.id, weightKg: 60, reps: 5 } },
    token,
  );
  const { signUp: coach } = await api<{ signUp: { token: string } }>('mutation ($input: SignUpInput!) { signUp(input: $input) { token } }', {
    input: { email: AUDIT_COACH_EMAIL, password: AUDIT_PASSWORD, role: 'COACH', fullName: 'Cody Audit' },
  });
  const { createCoachInvite } = await api<{ createCoachInvite: { code: string } }>(
    'mutation ($input: CreateCoachInviteInput!) { createCoachInvite(input: $input) { code } }',
    { input: { clientId: randomUUID(), label: 'Ada' } },
    coach.token,
  );
  await api('mutation ($input: AcceptCoachInviteInput!) { acceptCoachInvite(input: $input) { __typename } }', { input: { code: createCoachInvite.code } }, token);
}

const ATHLETE_SCREENS: ({ path: string } | { link: string })[] = [
  { path: '/' },
  { path: '/routines' },
  { link: 'main a[href^="/routines/"]:not([href^="/routines/new"])' },
  { path: '/routines/new' },
  { path: '/history' },
  { link: 'main a[href^="/history/"]' },
  { path: '/progress' },
  { path: '/settings' },
];
const COACH_SCREENS: ({ path: string } | { link: string })[] = [
  { path: '/coach' },
  { link: 'main a[href^="/watch/"]' },
  { path: '/coach' },
  { link: 'main a[href^="/athletes/"]' },
  { path: '/settings' },
];

async function auditAll(email: string, screens: ({ path: string } | { link: string })[], password?: string): Promise<{ visited: string[]; problems: string[] }> {
  const visited: string[] = [];
  const problems: string[] = [];
  for (const viewport of [NARROW_PHONE, DESKTOP]) {
    const page = await (await journey.browser.newContext({ viewport })).newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await logIn(page, email, password);
    for (const screen of screens) {
      const path = await visit(page, screen);
      visited.push(`${path} @${viewport.width}`);
      for (const line of await audit(page)) problems.push(`${path} @${viewport.width}: ${line}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > viewport.width) {
        // Name what sticks out (the nav scrolls inside the header, so its links do not count).
        const culprits = await page.evaluate((limit) => {
          // An element past the edge, or text spilling out of its box (text has no box of its own).
          const out = [...document.querySelectorAll('body *')].filter((element) => {
            if (element.closest('.app-nav')) return false;
            const box = element.getBoundingClientRect();
            return box.right > limit + 0.5 || (getComputedStyle(element).overflowX === 'visible' && box.left + element.scrollWidth > limit + 0.5);
          });
          return out.slice(-5).map((element) => `${element.tagName.toLowerCase()}.${String(element.className).replaceAll(' ', '.')} "${element.getAttribute('aria-label') ?? element.textContent?.slice(0, 24) ?? ''}"`);
        }, viewport.width);
        problems.push(`${path} @${viewport.width}: the page is ${width} px wide (${culprits.join(', ')})`);
      }
    }
    await page.context().close();
  }
  return { visited, problems };
}

describe('accessibility of every screen', () => {
  beforeAll(athleteTrainingNow);

  it('the live logger (a session in progress, a superset, a set logged) has no serious WCAG 2.1 A/AA violation and fits 360 px', async () => {
    const { visited, problems } = await auditAll(AUDIT_EMAIL, [{ path: '/' }], AUDIT_PASSWORD);
    console.log(`accessibility: athlete training now, ${visited.length} screen visits, ${problems.length} problems`);
    expect(problems).toEqual([]);
  });

  it('the athlete’s screens have no serious WCAG 2.1 A/AA violation and fit 360 px', async () => {
    const { visited, problems } = await auditAll('athlete@repwise.dev', ATHLETE_SCREENS);
    console.log(`accessibility: athlete, ${visited.length} screen visits (${visited.join(', ')}), ${problems.length} problems`);
    expect(problems).toEqual([]);
  });

  it('the coach’s screens have no serious WCAG 2.1 A/AA violation and fit 360 px', async () => {
    const { visited, problems } = await auditAll(AUDIT_COACH_EMAIL, COACH_SCREENS, AUDIT_PASSWORD);
    console.log(`accessibility: coach, ${visited.length} screen visits (${visited.join(', ')}), ${problems.length} problems`);
    expect(problems).toEqual([]);
  });
});
