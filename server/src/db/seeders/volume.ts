/**
 * Realistic volume for benchmarks and load tests: `athletes` athletes on the 4-day split with
 * `weeks` weeks of logged history each, the first `rosterSize` of them on one coach's roster.
 * Built with the same builders as the demo data; one transaction per athlete keeps memory flat.
 */
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../orm.config.js';
import { hashPassword } from '../../modules/identity/auth.service.js';
import { Exercise } from '../../modules/catalog/exercise.entity.js';
import { rebuildPersonalRecords } from '../../modules/execution/personal-record.service.js';
import { Role, User } from '../../modules/identity/user.entity.js';
import { UPPER_LOWER_SPLIT, createAthlete, createHistory, createRoutine, createUser, ensureCatalog, seededRandom } from './generator.js';

export interface VolumeOptions {
  athletes: number;
  weeks: number;
  rosterSize: number;
  coachEmail: string;
  password: string;
  /** Distinguishes the e-mails of separate generations in one database. */
  tag: string;
  today?: Date;
  onProgress?: (done: number) => void;
}

export async function generateVolume(orm: MikroORM, options: VolumeOptions): Promise<{ sessions: number; sets: number }> {
  const passwordHash = await hashPassword(options.password);
  const setup = orm.em.fork();
  const catalog = await ensureCatalog(setup);
  const coach = createUser(setup, { email: options.coachEmail, username: `coach_${options.tag}`, fullName: 'Bench Coach', passwordHash, role: Role.COACH });
  await setup.flush();

  const today = new Date(`${(options.today ?? new Date()).toISOString().slice(0, 10)}T00:00:00Z`);
  const startsOn = new Date(today.getTime() - options.weeks * 7 * 86_400_000).toISOString().slice(0, 10);
  const random = seededRandom(options.athletes * 7919 + options.weeks);
  let sessions = 0;
  let sets = 0;
  for (let i = 0; i < options.athletes; i += 1) {
    const em = orm.em.fork();
    const { subject } = createAthlete(em, {
      email: `athlete${i + 1}.${options.tag}@generated.repwise.dev`,
      username: `a${i + 1}_${options.tag}`,
      fullName: `Athlete ${i + 1}`,
      passwordHash,
      coach: i < options.rosterSize ? em.getReference(User, coach.id) : undefined,
    });
    const built = createRoutine(em, subject, {
      name: 'Upper / Lower 4-day',
      days: UPPER_LOWER_SPLIT,
      catalog: new Map([...catalog].map(([slug, exercise]) => [slug, em.getReference(Exercise, exercise.id)])),
      scale: 0.7 + random() * 0.6,
      startsOn,
    });
    const history = createHistory(em, subject, built, { weeks: options.weeks, today, random });
    await em.flush();
    // The history bypassed logSet: derive the athlete's personal records from it.
    await em.transactional((tx) => rebuildPersonalRecords(tx, [subject.id]));
    sessions += history.sessions;
    sets += history.sets;
    options.onProgress?.(i + 1);
  }
  return { sessions, sets };
}

/**
 * Migrates `url` and generates the volume there unless a previous run left it (found by the
 * coach's e-mail). For benchmarks, which reuse their data between runs.
 */
export async function ensureVolume(url: string, options: VolumeOptions): Promise<{ generated: boolean }> {
  const orm = await MikroORM.init(ormConfig(url, { debug: false }));
  try {
    await orm.migrator.up();
    if ((await orm.em.fork().count(User, { email: options.coachEmail })) > 0) return { generated: false };
    await generateVolume(orm, options);
    await orm.em.fork().execute('vacuum analyze');
    return { generated: true };
  } finally {
    await orm.close();
  }
}
