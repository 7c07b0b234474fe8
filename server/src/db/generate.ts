/**
 * pnpm --filter @repwise/server generate -- --athletes N --weeks W [--roster R]
 * Adds N athletes with W weeks of history (the first R on a new coach's roster) to DATABASE_URL,
 * or to the embedded database under ./.data/ when it is not set. Prints the coach's login.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { ormConfig } from './orm.config.js';
import { generateVolume } from './seeders/volume.js';

const { values } = parseArgs({
  options: { athletes: { type: 'string', default: '50' }, weeks: { type: 'string', default: '8' }, roster: { type: 'string' } },
});
const athletes = Number(values.athletes);
const weeks = Number(values.weeks);
const rosterSize = values.roster === undefined ? Math.min(athletes, 50) : Number(values.roster);
for (const [name, value] of Object.entries({ athletes, weeks, roster: rosterSize })) {
  if (!Number.isInteger(value) || value < 0 || value > 100_000) throw new Error(`--${name} must be a whole number (got ${value})`);
}

const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: new URL('../../../.data', import.meta.url).pathname });
const url = process.env.DATABASE_URL ?? (await embedded!.createDatabase('repwise'));
const orm = await MikroORM.init(ormConfig(url));
try {
  await orm.migrator.up();
  const tag = randomBytes(3).toString('hex');
  const coachEmail = `coach.${tag}@generated.repwise.dev`;
  const started = performance.now();
  const result = await generateVolume(orm, {
    athletes,
    weeks,
    rosterSize,
    coachEmail,
    password: 'repwise-demo',
    tag,
    onProgress: (done) => done % 25 === 0 && console.log(`  ${done}/${athletes} athletes`),
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(`Generated ${athletes} athletes, ${result.sessions} sessions, ${result.sets} sets in ${seconds.toFixed(1)} s.`);
  console.log(`Coach of the first ${rosterSize}: ${coachEmail} / repwise-demo`);
} finally {
  await orm.close();
  await embedded?.stop();
}
