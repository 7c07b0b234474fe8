/**
 * pnpm demo:dry-run [--cycles N] [--assumption ALL_TARGETS_HIT|MISS_LAST_SET_EVERY_NTH_SESSION]
 *                   [--miss-every N] [--athlete EMAIL] [--today YYYY-MM-DD] [--with-rules]
 *
 * The engine's dry run of a demo athlete's active routine, through the real API: a fresh database
 * (an ephemeral embedded PostgreSQL without DATABASE_URL; with it, a new database on that server,
 * dropped afterwards: nothing else on it is touched), migrated, seeded exactly as `pnpm start`
 * seeds the demo (catalog, then seedDemo), then the app on a free local port, a logIn and the
 * query `viewer { athlete { activeRoutine { dryRun(…) } } }` over HTTP. Prints each session's
 * targets (weight × reps, "+" for as-many-as-possible) with the deload flag and the decisions
 * (rule code and message) behind them.
 *
 * The demo's history is generated relative to `--today` (default 2026-11-23, so the output is the
 * same on every run); `pnpm start` uses the real date.
 *
 * The seeded routine has no progression rules: its loads come from RPE targets (best e1RM × the
 * RPE chart) and planned weights. `--with-rules` first gives the four main barbell lifts a
 * progression rule through `updateRoutine` (as the athlete would in the app), replacing their RPE
 * targets by the rule, so the dry run shows progression and deloads too.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Logger } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { createApp } from '../app.js';
import { createAppPubSub } from '../graphql/pubsub.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { ormConfig } from './orm.config.js';
import { syncCatalog } from './seeders/catalog.seeder.js';
import { DEMO_PASSWORD, seedDemo } from './seeders/demo.seeder.js';

const argv = process.argv.slice(2);
const { values } = parseArgs({
  // `pnpm demo:dry-run -- --cycles 3` hands the script a literal "--" first.
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: {
    cycles: { type: 'string', default: '2' },
    assumption: { type: 'string', default: 'ALL_TARGETS_HIT' },
    'miss-every': { type: 'string', default: '3' },
    athlete: { type: 'string', default: 'athlete@repwise.dev' },
    today: { type: 'string', default: '2026-11-23' },
    'with-rules': { type: 'boolean', default: false },
  },
});
const cycles = Number(values.cycles);
const missEvery = Number(values['miss-every']);
if (!/^\d{4}-\d{2}-\d{2}$/.test(values.today) || Number.isNaN(Date.parse(`${values.today}T00:00:00Z`))) throw new Error(`--today must be YYYY-MM-DD (got ${values.today})`);
if (!['ALL_TARGETS_HIT', 'MISS_LAST_SET_EVERY_NTH_SESSION'].includes(values.assumption)) throw new Error(`--assumption must be ALL_TARGETS_HIT or MISS_LAST_SET_EVERY_NTH_SESSION (got ${values.assumption})`);

/** The rules `--with-rules` gives the main barbell lifts (the Upper/Lower demo's first slot of each day). */
const DEMO_RULES: Record<string, Record<string, unknown>> = {
  'barbell-bench-press': { style: 'DOUBLE_PROGRESSION', incrementKg: 2.5, repRangeMin: 6, repRangeMax: 8, deloadEveryNCycles: 4, deloadPct: 60 },
  'barbell-back-squat': { style: 'SINGLE_PROGRESSION', incrementKg: 5, deloadEveryNCycles: 3, deloadPct: 60 },
  'overhead-press': { style: 'WAVE_LOADING', incrementKg: 2.5, repRangeMin: 4, repRangeMax: 8, waveLength: 3, deloadPct: 60 },
  'conventional-deadlift': { style: 'PERCENT_1RM_WAVE', incrementKg: 5, waveLength: 3, deloadEveryNCycles: 4, deloadPct: 60 },
};

interface Decision {
  setIndex: number | null;
  code: string;
  message: string;
}
interface DryRunSet {
  setIndex: number;
  isWarmup: boolean;
  targetWeightKg: number | null;
  targetReps: number | null;
  targetRpe: number | null;
  amrap: boolean;
}
interface DryRunExercise {
  exercise: { name: string };
  cycleNumber: number | null;
  isDeload: boolean;
  sets: DryRunSet[];
  decisions: Decision[];
}
interface DryRun {
  startCycleNumber: number;
  barWeightKg: number;
  platesKg: number[];
  e1rmFormula: string;
  sessions: { index: number; dayIndex: number; dayTitle: string | null; cycleNumber: number; isDeload: boolean; exercises: DryRunExercise[] }[];
}

const DRY_RUN = `query DemoDryRun($cycles: Int!, $assumption: DryRunAssumption!, $missEvery: Int!) {
  viewer { fullName athlete { activeRoutine { id name
    dryRun(cycles: $cycles, assumption: $assumption, missEvery: $missEvery) {
      startCycleNumber barWeightKg platesKg e1rmFormula
      sessions { index dayIndex dayTitle cycleNumber isDeload
        exercises { exercise { name } cycleNumber isDeload
          sets { setIndex isWarmup targetWeightKg targetReps targetRpe amrap }
          decisions { setIndex code message } } } } } } } }`;

const ROUTINE_TREE = `query DemoRoutine { viewer { athlete { activeRoutine { id revision
  days { dayIndex title isRest notes exercises { exercise { id slug } notes section supersetGroup
    sets { setIndex isWarmup notes targetDistanceMeters targetDurationSeconds targetPct1rm targetReps targetRepsMax targetRepsMin
      targetRestSeconds targetRir targetRpe targetTempo targetWeightKg toFailure } } } } } } }`;

const UPDATE_ROUTINE = `mutation DemoRules($input: UpdateRoutineInput!) { updateRoutine(input: $input) { routine { revision } } }`;

/** A database of our own: on DATABASE_URL's server (dropped afterwards), else on an ephemeral embedded cluster. */
async function ownDatabase(): Promise<{ url: string; dispose: () => Promise<void> }> {
  const external = process.env.DATABASE_URL;
  if (!external) {
    const embedded = await startEmbeddedPostgres({ ephemeral: true });
    return { url: await embedded.createDatabase('repwise_dry_run_demo'), dispose: () => embedded.stop() };
  }
  const name = `repwise_dry_run_demo_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: external });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const url = new URL(external);
  url.pathname = `/${name}`;
  return { url: url.toString(), dispose: () => admin(`drop database if exists "${name}" with (force)`) };
}

async function gql<T>(base: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Gives the main lifts their DEMO_RULES through updateRoutine, the rest of the tree sent back as read. */
async function applyDemoRules(base: string, token: string): Promise<string[]> {
  type TreeSet = Record<string, unknown>;
  type TreeExercise = { exercise: { id: string; slug: string }; notes: string | null; section: string; supersetGroup: number | null; sets: TreeSet[] };
  type TreeDay = { dayIndex: number; title: string | null; isRest: boolean; notes: string | null; exercises: TreeExercise[] };
  const data = await gql<{ viewer: { athlete: { activeRoutine: { id: string; revision: number; days: TreeDay[] } | null } } }>(base, ROUTINE_TREE, {}, token);
  const routine = data.viewer.athlete.activeRoutine;
  if (!routine) throw new Error('the demo athlete has no active routine');
  const applied: string[] = [];
  const days = [...routine.days]
    .sort((a, b) => a.dayIndex - b.dayIndex)
    .map((day) => ({
      title: day.title,
      isRest: day.isRest,
      notes: day.notes,
      exercises: day.exercises.map(({ exercise, sets, ...rest }) => {
        const rule = DEMO_RULES[exercise.slug];
        if (rule) applied.push(`${exercise.slug}: ${Object.entries(rule).map(([key, value]) => `${key} ${String(value)}`).join(', ')}`);
        return {
          ...rest,
          exerciseId: exercise.id,
          progressionRule: rule ?? null,
          // An RPE target would set the load before the rule does (prescription.ts): the rule takes over.
          sets: sets.map(({ setIndex: _setIndex, ...set }) => (rule ? { ...set, targetRpe: null } : set)),
        };
      }),
    }));
  await gql(base, UPDATE_ROUTINE, { input: { id: routine.id, revision: routine.revision, days } }, token);
  return applied;
}

const kg = (value: number | null) => (value === null ? '—' : String(Number(value.toFixed(2))));

/** "85×6 ×4" for four equal sets, "85×6+" for an AMRAP set; warm-ups marked w. */
function setsText(sets: DryRunSet[]): string {
  const parts: string[] = [];
  let previous = '';
  let count = 0;
  const flush = () => {
    if (count > 0) parts.push(count > 1 ? `${previous} ×${count}` : previous);
  };
  for (const set of sets) {
    const text = `${set.isWarmup ? 'w ' : ''}${kg(set.targetWeightKg)}×${set.targetReps ?? '—'}${set.amrap ? '+' : ''}${set.targetRpe !== null ? ` @${set.targetRpe}` : ''}`;
    if (text === previous) count += 1;
    else {
      flush();
      previous = text;
      count = 1;
    }
  }
  flush();
  return parts.join(', ');
}

/** Decisions with the same code and message on several sets, as one line naming the sets. */
function decisionLines(decisions: Decision[]): string[] {
  const grouped = new Map<string, { code: string; message: string; sets: number[] }>();
  for (const decision of decisions) {
    const key = `${decision.code}\u0000${decision.message}`;
    const entry = grouped.get(key) ?? { code: decision.code, message: decision.message, sets: [] };
    if (decision.setIndex !== null) entry.sets.push(decision.setIndex);
    grouped.set(key, entry);
  }
  return [...grouped.values()].map(({ code, message, sets }) => {
    const where = sets.length === 0 ? '' : sets.length === 1 ? `set ${sets[0]}: ` : `sets ${sets.join(',')}: `;
    return `${code.padEnd(22)} ${where}${message}`;
  });
}

const database = await ownDatabase();
// Quiet: the migrator's per-file lines and the query log would bury the table; errors still print.
const quietLogger = (): Logger => ({
  log: () => {},
  error: (namespace, message) => console.error(`[orm:${namespace}] ${message}`),
  warn: (namespace, message) => console.error(`[orm:${namespace}] ${message}`),
  logQuery: () => {},
  setDebugMode: () => {},
  isEnabled: () => false,
});
const orm = await MikroORM.init(ormConfig(database.url, { pool: { min: 0, max: 5 }, loggerFactory: quietLogger }));
const pubSub = createAppPubSub();
let app: Awaited<ReturnType<typeof createApp>> | undefined;
let exitCode = 0;
try {
  const migrations = await orm.migrator.up();
  await syncCatalog(orm.em.fork());
  const summary = await seedDemo(orm.em.fork(), new Date(`${values.today}T12:00:00Z`));
  app = await createApp({ orm, pubSub, production: false, exposeQueryStats: false });
  const base = await app.listen(0, '127.0.0.1');

  const { logIn } = await gql<{ logIn: { token: string } }>(base, 'mutation ($input: LogInInput!) { logIn(input: $input) { token } }', {
    input: { email: values.athlete, password: DEMO_PASSWORD },
  });
  const applied = values['with-rules'] ? await applyDemoRules(base, logIn.token) : [];
  const data = await gql<{ viewer: { fullName: string | null; athlete: { activeRoutine: { name: string; dryRun: DryRun } | null } } }>(
    base,
    DRY_RUN,
    { cycles, assumption: values.assumption, missEvery },
    logIn.token,
  );
  const routine = data.viewer.athlete.activeRoutine;
  if (!routine) throw new Error(`${values.athlete} has no active routine`);
  const run = routine.dryRun;

  const out: string[] = [];
  out.push(`Database: ${migrations.length} migrations applied; demo data as of ${values.today}: ${summary}.`);
  for (const line of applied) out.push(`updateRoutine gave ${line}`);
  out.push(
    `Routine.dryRun of "${routine.name}" for ${data.viewer.fullName ?? values.athlete}: ${cycles} cycle(s), ${values.assumption}` +
      `${values.assumption === 'ALL_TARGETS_HIT' ? '' : ` (every ${missEvery})`}; bar ${kg(run.barWeightKg)} kg, plates ${run.platesKg.map(kg).join('/')}, ` +
      `e1RM ${run.e1rmFormula}, from cycle ${run.startCycleNumber}.`,
  );
  for (const session of run.sessions) {
    out.push('');
    out.push(`#${session.index}  cycle ${session.cycleNumber}  ${session.dayTitle ?? `day ${session.dayIndex}`}${session.isDeload ? '  [DELOAD]' : ''}`);
    for (const exercise of session.exercises) {
      const tags = [exercise.cycleNumber !== null ? `rule cycle ${exercise.cycleNumber}` : null, exercise.isDeload ? 'DELOAD' : null].filter(Boolean).join(', ');
      out.push(`  ${exercise.exercise.name.padEnd(30)} ${setsText(exercise.sets)}${tags ? `   (${tags})` : ''}`);
      for (const line of decisionLines(exercise.decisions)) out.push(`      ${line}`);
    }
  }
  console.log(out.join('\n'));
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await app?.close();
  await pubSub.close();
  await orm.close();
  await database.dispose();
}
process.exit(exitCode);
