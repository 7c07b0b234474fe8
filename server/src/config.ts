/** Runtime configuration, read once from the environment. */
export interface AppConfig {
  port: number;
  /** When absent, main.ts starts an embedded PostgreSQL under ./.data/. */
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  production: boolean;
  /** Directory of the built SPA to serve at `/`, when present. */
  webDist: string | undefined;
  /** Adds `extensions.sqlStatements` to every response; on outside production. */
  exposeQueryStats: boolean;
  logSql: boolean;
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
    exposeQueryStats: !production || env.EXPOSE_QUERY_STATS === '1',
    logSql: env.LOG_SQL === '1',
  };
}
