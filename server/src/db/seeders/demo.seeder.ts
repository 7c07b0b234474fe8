import type { EntityManager } from '@mikro-orm/postgresql';
import { rebuildPersonalRecords } from '../../modules/execution/personal-record.service.js';
import { hashPassword } from '../../modules/identity/auth.service.js';
import { Role } from '../../modules/identity/user.entity.js';
import { UPPER_LOWER_SPLIT, createAthlete, createHistory, createRoutine, createUser, ensureCatalog, seededRandom } from './generator.js';

export const DEMO_PASSWORD = 'repwise-demo';

export const DEMO_LOGINS = [
  { email: 'athlete@repwise.dev', what: 'athlete: Today, live logger' },
  { email: 'coach@repwise.dev', what: 'coach of three athletes: watch them live' },
  { email: 'sam@repwise.dev', what: 'athlete on the same roster' },
  { email: 'jordan@repwise.dev', what: 'athlete on the same roster' },
] as const;

/**
 * Demo data: a coach, three athletes on the coach's roster, the shipped catalog, an active
 * 4-day routine per athlete with a cycle, and eight weeks of logged history ending yesterday.
 */
export async function seedDemo(em: EntityManager, today = new Date()): Promise<string> {
  const catalog = await ensureCatalog(em);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const coach = createUser(em, { email: 'coach@repwise.dev', username: 'coach', fullName: 'Casey Morgan', passwordHash, role: Role.COACH });
  const athletes = [
    { email: 'athlete@repwise.dev', username: 'alex', fullName: 'Alex Kim', scale: 1 },
    { email: 'sam@repwise.dev', username: 'sam', fullName: 'Sam Rivera', scale: 0.8 },
    { email: 'jordan@repwise.dev', username: 'jordan', fullName: 'Jordan Lee', scale: 1.15 },
  ];
  const random = seededRandom(20261123);
  const midnight = new Date(`${today.toISOString().slice(0, 10)}T00:00:00Z`);
  const startsOn = new Date(midnight.getTime() - 8 * 7 * 86_400_000).toISOString().slice(0, 10);
  let sessions = 0;
  let sets = 0;
  const subjects: { id: number }[] = [];
  for (const spec of athletes) {
    const { subject } = createAthlete(em, { ...spec, passwordHash, coach });
    subjects.push(subject);
    const built = createRoutine(em, subject, { name: 'Upper / Lower 4-day', days: UPPER_LOWER_SPLIT, catalog, scale: spec.scale, startsOn });
    const history = createHistory(em, subject, built, { weeks: 8, today: midnight, random });
    sessions += history.sessions;
    sets += history.sets;
  }
  await em.flush();
  // The history bypassed logSet: derive the athletes' personal records from it.
  await em.transactional((tx) => rebuildPersonalRecords(tx, subjects.map((subject) => subject.id)));
  return `1 coach, ${athletes.length} athletes, ${catalog.size} exercises, ${sessions} sessions, ${sets} sets`;
}
