/** Runtime configuration, read once from the environment. */
export interface AppConfig {
  port: number;
  /** When absent, main.ts starts an embedded PostgreSQL under ./.data/. */
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  production: boolean;
  /** Directory of the built SPA to serve at `/`, when present. */
  webDist: string | undefined;
  /** The SPA's persisted documents (hash → document), written by `pnpm codegen`. */
  persistedDocuments: string | undefined;
  /** Adds `extensions.sqlStatements` to every response; on outside production. */
  exposeQueryStats: boolean;
  logSql: boolean;
  endpoint: EndpointConfig;
}

/** What one request may ask of the endpoint (README: Configuration). */
export interface EndpointConfig {
  /** Largest request body; importWorkouts takes up to 2 MB of text, which JSON escaping inflates. */
  maxBodyBytes: number;
  /** Deepest field nesting; the coach's roster tree is 11 deep. */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens in one document (graphql-js stops parsing past it). */
  maxTokens: number;
  /**
   * Estimated cost: 1 per field, a connection multiplies what is under it by `first` (its default
   * when omitted), any other list by `listFactor`. The roster tree at `first: 50` costs ~12,900; the
   * plans of 50 athletes (3 routines each, planning-connections.api.test.ts) ~36,500.
   */
  maxComplexity: number;
  listFactor: number;
  rateLimit: RateLimitConfig;
  /**
   * Connections one query may read on at once (db/read-lanes.ts): its own, plus extra READ ONLY
   * lanes while the pool has connections to spare. 1 reads every query on one connection.
   */
  readLanes: number;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For names the client address. */
  trustProxy: boolean | string | number;
}

/** Requests per window per bearer token (API key or login) and per client address; 0 turns one off. */
export interface RateLimitConfig {
  windowSeconds: number;
  perToken: number;
  perAddress: number;
}

export const DEFAULT_ENDPOINT_CONFIG: EndpointConfig = {
  maxBodyBytes: 4 * 1024 * 1024,
  maxDepth: 15,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 5000,
  maxComplexity: 50_000,
  listFactor: 3,
  rateLimit: { windowSeconds: 60, perToken: 600, perAddress: 1200 },
  readLanes: 3,
  trustProxy: false,
};

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, { allowZero = false } = {}): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new Error(`${name} must be an integer ${allowZero ? '≥ 0' : '≥ 1'}, got "${raw}"`);
  }
  return value;
}

/** TRUST_PROXY: `1`/`true`, a hop count, or addresses/subnets/names as Express takes them ("loopback, uniquelocal"). */
function trustProxy(raw: string | undefined): boolean | string | number {
  if (!raw || raw === '0' || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw;
}

export function readEndpointConfig(env: NodeJS.ProcessEnv = process.env): EndpointConfig {
  const d = DEFAULT_ENDPOINT_CONFIG;
  return {
    maxBodyBytes: positiveInteger(env, 'MAX_BODY_BYTES', d.maxBodyBytes),
    maxDepth: positiveInteger(env, 'MAX_QUERY_DEPTH', d.maxDepth),
    maxAliases: positiveInteger(env, 'MAX_QUERY_ALIASES', d.maxAliases, { allowZero: true }),
    maxDirectives: positiveInteger(env, 'MAX_QUERY_DIRECTIVES', d.maxDirectives, { allowZero: true }),
    maxTokens: positiveInteger(env, 'MAX_QUERY_TOKENS', d.maxTokens),
    maxComplexity: positiveInteger(env, 'MAX_QUERY_COMPLEXITY', d.maxComplexity),
    listFactor: positiveInteger(env, 'QUERY_LIST_FACTOR', d.listFactor),
    rateLimit: {
      windowSeconds: positiveInteger(env, 'RATE_LIMIT_WINDOW_SECONDS', d.rateLimit.windowSeconds),
      perToken: positiveInteger(env, 'RATE_LIMIT_PER_TOKEN', d.rateLimit.perToken, { allowZero: true }),
      perAddress: positiveInteger(env, 'RATE_LIMIT_PER_ADDRESS', d.rateLimit.perAddress, { allowZero: true }),
    },
    readLanes: positiveInteger(env, 'READ_LANES', d.readLanes),
    trustProxy: trustProxy(env.TRUST_PROXY),
  };
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got "${env.PORT}"`);
  }
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    production,
    webDist: env.WEB_DIST || undefined,
    persistedDocuments: env.PERSISTED_DOCUMENTS || undefined,
    exposeQueryStats: !production || env.EXPOSE_QUERY_STATS === '1',
    logSql: env.LOG_SQL === '1',
    endpoint: readEndpointConfig(env),
  };
}
