/**
 * bench/dashboard — the coach dashboard's roster tree, Repwise against its floor.
 *
 *   pnpm bench            (uses DATABASE_URL, else an embedded PostgreSQL under .data/bench)
 *
 * Generates 200 athletes with a year of history once (reused on later runs), the first 50 on one
 * coach's roster; starts the built server; then loads the roster tree for those 50 athletes
 * (active routine → days → exercises → planned sets, and the last 5 sessions → set logs) at
 * concurrency 1 and 10 over loopback HTTP. The floor is one hand-written SQL statement that
 * returns the same tree as JSON, timed the same way from the same process. Prints req/s, p50,
 * p99 and SQL statements per request for both, and the ratios.
 *
 *   BENCH_COMPARE='READ_LANES=1' pnpm bench
 *
 * also starts a second server with those environment variables (space-separated NAME=value) and
 * measures both in alternating rounds in the same run, so a shared machine's noise falls on both.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from '../server/src/db/embedded-postgres.js';
import { ensureVolume } from '../server/src/db/seeders/volume.js';

const ATHLETES = 200;
const WEEKS = 52;
const ROSTER = 50;
const COACH = 'coach.bench@generated.repwise.dev';
const PASSWORD = 'repwise-demo';
const repoRoot = fileURLToPath(new URL('../', import.meta.url));

const ROSTER_TREE = `query RosterTree {
  viewer { coach { athletes(first: 50) { edges { node {
    id displayName
    activeRoutine { name days { title exercises { position exercise { name primaryMuscle } sets { setIndex targetReps targetWeightKg } } } }
    sessions(first: 5) { edges { node { workoutDate status setLogs { weightKg reps exercise { name } } } } }
  } } } } }
}`;

/** The floor: the same tree, built by PostgreSQL in one statement. */
const FLOOR_SQL = `
select coalesce(json_agg(json_build_object(
  'id', s.id,
  'displayName', coalesce(u.full_name, u.username),
  'activeRoutine', (
    select json_build_object('name', r.name, 'days', (
      select json_agg(json_build_object('title', d.title, 'exercises', (
        select json_agg(json_build_object(
          'position', rde.position,
          'exercise', json_build_object('name', e.name, 'primaryMuscle', e.primary_muscle),
          'sets', (select json_agg(json_build_object('setIndex', res.set_index, 'targetReps', res.target_reps, 'targetWeightKg', res.target_weight_kg) order by res.set_index)
                     from routine_exercise_sets res where res.routine_day_exercise_id = rde.id)
        ) order by rde.position)
        from routine_day_exercises rde join exercises e on e.id = rde.exercise_id where rde.routine_day_id = d.id
      )) order by d.day_index)
      from routine_days d where d.routine_id = r.id
    ))
    from routines r where r.subject_id = s.id and r.is_active order by r.created_at desc, r.id desc limit 1
  ),
  'sessions', (
    select json_agg(json_build_object('workoutDate', ws.workout_date, 'status', ws.status, 'setLogs', (
      select json_agg(json_build_object('weightKg', l.actual_weight_kg, 'reps', l.actual_reps, 'exercise', json_build_object('name', e2.name)) order by l.performed_at, l.id)
      from exercise_set_logs l join exercises e2 on e2.id = l.exercise_id where l.session_id = ws.id
    )) order by ws.workout_date desc, ws.id desc)
    from (select * from workout_sessions w where w.subject_id = s.id order by w.workout_date desc, w.id desc limit 5) ws
  )
) order by ca.id), '[]') as tree
from coach_athletes ca join users u on u.id = ca.athlete_id join subjects s on s.user_id = u.id
where ca.coach_id = (select id from users where email = $1)`;

interface Figures {
  requests: number;
  reqPerSec: number;
  p50: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Samples {
  latencies: number[];
  seconds: number;
}

function figures(samples: Samples[]): Figures {
  const latencies = samples.flatMap((sample) => sample.latencies).sort((a, b) => a - b);
  const seconds = samples.reduce((sum, sample) => sum + sample.seconds, 0);
  return { requests: latencies.length, reqPerSec: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** Runs `task` `total` times with `concurrency` workers; returns each latency and the time it all took. */
async function measure(concurrency: number, total: number, task: () => Promise<void>): Promise<Samples> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        const t0 = performance.now();
        await task();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

function countObjects(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countObjects(item), 0);
  if (value && typeof value === 'object') return 1 + Object.values(value).reduce((sum: number, item) => sum + countObjects(item), 0);
  return 0;
}

async function prepareDatabase(): Promise<{ url: string; stop(): Promise<void> }> {
  let url: string;
  let stop = async () => {};
  if (process.env.DATABASE_URL) {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    const exists = await admin.query("select 1 from pg_database where datname = 'repwise_bench'");
    if (exists.rowCount === 0) await admin.query('create database repwise_bench');
    await admin.end();
    const parsed = new URL(process.env.DATABASE_URL);
    parsed.pathname = '/repwise_bench';
    url = parsed.toString();
  } else {
    const embedded = await startEmbeddedPostgres({ dataDir: `${repoRoot}.data/bench` });
    url = await embedded.createDatabase('repwise_bench');
    stop = () => embedded.stop();
  }
  const t0 = performance.now();
  const { generated } = await ensureVolume(url, {
    athletes: ATHLETES,
    weeks: WEEKS,
    rosterSize: ROSTER,
    coachEmail: COACH,
    password: PASSWORD,
    tag: 'bench',
    onProgress: (done) => done % 50 === 0 && console.log(`  generated ${done}/${ATHLETES} athletes`),
  });
  if (generated) console.log(`Generated ${ATHLETES} athletes × ${WEEKS} weeks in ${((performance.now() - t0) / 1000).toFixed(0)} s (reused by later runs).`);
  return { url, stop };
}

async function startServer(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--enable-source-maps', 'server/dist/main.js'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', NODE_ENV: 'production', EXPOSE_QUERY_STATS: '1', SEED_DEMO: '0', ...extraEnv },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving on (http:\/\/localhost:\d+)/.exec(output);
      if (match) resolve(match[1]!.replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}); run \`pnpm build\` first?\n${output}`)));
  });
  return { url, child };
}

const compareEnv = Object.fromEntries(
  (process.env.BENCH_COMPARE ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
);
const database = await prepareDatabase();
const servers = [{ label: 'Repwise', ...(await startServer(database.url)) }];
if (Object.keys(compareEnv).length > 0) servers.push({ label: process.env.BENCH_COMPARE!, ...(await startServer(database.url, compareEnv)) });
try {
  const post = async (url: string, body: unknown, token?: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { text: await response.text(), status: response.status };
  };
  const login = JSON.parse(
    (await post(servers[0]!.url, { query: 'mutation ($i: LogInInput!) { logIn(input: $i) { token } }', variables: { i: { email: COACH, password: PASSWORD } } })).text,
  );
  const token: string = login.data.logIn.token;

  const sample = await post(servers[0]!.url, { query: ROSTER_TREE }, token);
  const parsed = JSON.parse(sample.text);
  if (parsed.errors) throw new Error(JSON.stringify(parsed.errors));
  const statements: number = parsed.extensions.sqlStatements;
  const objects = countObjects(parsed.data.viewer.coach.athletes.edges);

  const pool = new pg.Pool({ connectionString: database.url, max: 10 });
  const floorSample = await pool.query(FLOOR_SQL, [COACH]);
  const floorObjects = countObjects(floorSample.rows[0].tree);
  const floorBytes = JSON.stringify(floorSample.rows[0].tree).length;

  const lanesSeen = servers.map(() => new Map<number, number>());
  const repwise = (index: number) => () =>
    post(servers[index]!.url, { query: ROSTER_TREE }, token).then((result) => {
      const lanes: number = JSON.parse(result.text).extensions?.readLanes ?? 1;
      lanesSeen[index]!.set(lanes, (lanesSeen[index]!.get(lanes) ?? 0) + 1);
    });
  const floor = () => pool.query(FLOOR_SQL, [COACH]).then(() => undefined);

  for (let i = 0; i < 10; i += 1) await Promise.all([...servers.map((_, index) => repwise(index)()), floor()]); // warm up JIT, caches, pools

  // Alternating rounds: each contender runs a third of its requests in each round.
  const ROUNDS = 3;
  const results: [string, Figures[], Figures][] = [];
  for (const [concurrency, total] of [
    [1, 60],
    [10, 120],
  ] as const) {
    for (const seen of lanesSeen) seen.clear();
    const ours: Samples[][] = servers.map(() => []);
    const theirs: Samples[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [index] of servers.entries()) ours[index]!.push(await measure(concurrency, total / ROUNDS, repwise(index)));
      theirs.push(await measure(concurrency, total / ROUNDS, floor));
    }
    results.push([`concurrency ${concurrency}`, ours.map(figures), figures(theirs)]);
    const lanes = lanesSeen.map((seen, index) => `${servers[index]!.label}: ${[...seen].sort(([a], [b]) => a - b).map(([n, times]) => `${n} lane(s) ×${times}`).join(', ')}`);
    console.log(`concurrency ${concurrency}, connections read on per request: ${lanes.join('; ')}`);
  }
  await pool.end();

  const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(8);
  console.log(`\nRoster tree: ${ROSTER} athletes, ${objects} objects, ${(sample.text.length / 1024).toFixed(0)} KiB of JSON (floor: ${floorObjects} objects, ${(floorBytes / 1024).toFixed(0)} KiB)`);
  console.log(`SQL statements per request: Repwise ${statements}, floor 1\n`);
  console.log('                    req/s   p50 ms   p99 ms');
  for (const [label, ours, theirs] of results) {
    console.log(`${label}`);
    for (const [index, figures] of ours.entries()) console.log(`  ${servers[index]!.label.padEnd(14)}${fmt(figures.reqPerSec)} ${fmt(figures.p50)} ${fmt(figures.p99)}`);
    console.log(`  floor (1 SQL)  ${fmt(theirs.reqPerSec)} ${fmt(theirs.p50)} ${fmt(theirs.p99)}`);
    for (const [index, figures] of ours.entries()) {
      console.log(`  ${servers[index]!.label}/floor: p50 ${(figures.p50 / theirs.p50).toFixed(2)}×, req/s ${(figures.reqPerSec / theirs.reqPerSec).toFixed(2)}×`);
    }
  }
  console.log('\nTargets: p50 at concurrency 1 within 2× of the floor; req/s at least 0.5× the floor.');
} finally {
  for (const server of servers) {
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
  }
  await database.stop();
}
