/**
 * Test data through the same builders as the demo seeder. Every call makes new users with
 * unique e-mails, so tests never share or depend on each other's rows.
 */
import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { type DaySpec, createAthlete, createHistory, createRoutine, createUser, ensureCatalog, seededRandom } from '../db/seeders/generator.js';
import { toGlobalId } from '../graphql/global-id.js';
import { hashPassword } from '../modules/identity/auth.service.js';
import { Role, type User } from '../modules/identity/user.entity.js';
import type { TestServer } from './harness.js';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;
const unique = () => randomBytes(5).toString('hex');

/** Two days: enough to test rotation and a plan tree without slowing the suite. */
export const SMALL_SPLIT: DaySpec[] = [
  {
    title: 'Push',
    exercises: [
      { slug: 'barbell-bench-press', sets: 3, reps: 5, weightKg: 80 },
      { slug: 'overhead-press', sets: 2, reps: 8, weightKg: 40 },
    ],
  },
  {
    title: 'Pull',
    exercises: [
      { slug: 'barbell-row', sets: 3, reps: 8, weightKg: 60 },
      { slug: 'barbell-curl', sets: 2, reps: 12, weightKg: 25 },
    ],
  },
];

export interface TestAthlete {
  email: string;
  userId: number;
  subjectId: number;
  routineId: number;
  /** Global ids of the routine's days, in order. */
  dayIds: string[];
}

export async function createTestCoach(orm: MikroORM): Promise<{ email: string; user: User }> {
  const em = orm.em.fork();
  const email = `coach-${unique()}@test.repwise.dev`;
  const user = createUser(em, { email, username: `coach_${unique()}`, passwordHash: await (passwordHash ??= hashPassword(TEST_PASSWORD)), role: Role.COACH });
  await em.flush();
  return { email, user };
}

export async function createTestAthlete(
  orm: MikroORM,
  options: { coach?: User; days?: DaySpec[]; historyWeeks?: number } = {},
): Promise<TestAthlete> {
  const em = orm.em.fork();
  const catalog = await ensureCatalog(em);
  const email = `athlete-${unique()}@test.repwise.dev`;
  const { user, subject } = createAthlete(em, {
    email,
    username: `athlete_${unique()}`,
    fullName: `Test Athlete ${unique()}`,
    passwordHash: await (passwordHash ??= hashPassword(TEST_PASSWORD)),
    coach: options.coach ? em.merge(options.coach) : undefined,
  });
  const built = createRoutine(em, subject, { name: 'Test routine', days: options.days ?? SMALL_SPLIT, catalog });
  if (options.historyWeeks) {
    const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
    createHistory(em, subject, built, { weeks: options.historyWeeks, today, random: seededRandom(user.email.length) });
  }
  await em.flush();
  return {
    email,
    userId: user.id,
    subjectId: subject.id,
    routineId: built.routine.id,
    dayIds: built.days.map((day) => toGlobalId('RoutineDay', day.id)),
  };
}

/** Logs in through the API and returns the bearer token. */
export async function logInAs(server: TestServer, email: string): Promise<string> {
  const result = await server.gql<{ logIn: { token: string } }>(
    'mutation ($input: LogInInput!) { logIn(input: $input) { token } }',
    { input: { email, password: TEST_PASSWORD } },
  );
  if (!result.data) throw new Error(`log in failed: ${JSON.stringify(result.errors)}`);
  return result.data.logIn.token;
}
