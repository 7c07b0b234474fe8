/**
 * Requests per window per bearer token (an API key or a login token) and per client address.
 * Counters live in process memory, or in Redis when REDIS_URL is set so replicas agree; if Redis
 * stops answering, each replica falls back to its own memory rather than failing open or closed.
 */
import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimitConfig } from '../config.js';
import { bearerToken } from './context.js';
import { RateLimitedError } from './errors.js';
import { sendGraphQLError } from './http-guards.js';

export interface RateLimitVerdict {
  /** Null while the request is within both limits. */
  error: RateLimitedError | null;
  /** For the RateLimit-* headers: the tighter of the limits that applied. */
  limit: number;
  remaining: number;
  resetSeconds: number;
}

type Scope = 'token' | 'address';

export class RateLimiter {
  private readonly limiters: Partial<Record<Scope, { limiter: RateLimiterAbstract; points: number }>> = {};
  private readonly redis: Redis | undefined;

  constructor(
    private readonly config: RateLimitConfig,
    redisUrl?: string,
    keyPrefix = 'repwise:rate',
  ) {
    // Fail fast when Redis is away (no offline queue): the insurance limiter takes over.
    this.redis = redisUrl && (config.perToken > 0 || config.perAddress > 0) ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : undefined;
    this.redis?.on('error', () => {});
    for (const [scope, points] of [
      ['token', config.perToken],
      ['address', config.perAddress],
    ] as const) {
      if (points <= 0) continue;
      const options = { points, duration: config.windowSeconds, keyPrefix: `${keyPrefix}:${scope}` };
      const limiter = this.redis
        ? new RateLimiterRedis({ ...options, storeClient: this.redis, insuranceLimiter: new RateLimiterMemory(options) })
        : new RateLimiterMemory(options);
      this.limiters[scope] = { limiter, points };
    }
  }

  /**
   * Resolves once Redis answers (at most `timeoutMs`): requests before that would be counted by
   * this replica's memory alone. False when Redis did not come up; counting goes on in memory.
   */
  async ready(timeoutMs = 3000): Promise<boolean> {
    const redis = this.redis;
    if (!redis || redis.status === 'ready') return true;
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      redis.once('ready', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  /** Counts one request against the address and, when it carries one, the bearer token. */
  async consume(address: string | null, authorization: unknown): Promise<RateLimitVerdict | null> {
    const token = bearerToken(authorization) ?? (typeof authorization === 'string' && authorization.trim() ? authorization.trim() : null);
    const checks: [Scope, string][] = [];
    if (this.limiters.address && address) checks.push(['address', address]);
    // Hashed: a rate-limit key must not hold a credential (Redis may be shared and inspected).
    if (this.limiters.token && token) checks.push(['token', createHash('sha256').update(token).digest('base64url')]);
    if (checks.length === 0) return null;

    const results = await Promise.all(
      checks.map(async ([scope, key]) => {
        const { limiter, points } = this.limiters[scope]!;
        try {
          return { scope, points, res: await limiter.consume(key), allowed: true };
        } catch (rejection) {
          if (rejection instanceof RateLimiterRes) return { scope, points, res: rejection, allowed: false };
          throw rejection;
        }
      }),
    );
    const refused = results.filter((result) => !result.allowed).sort((a, b) => b.res.msBeforeNext - a.res.msBeforeNext)[0];
    const tightest = [...results].sort((a, b) => a.res.remainingPoints - b.res.remainingPoints)[0]!;
    const shown = refused ?? tightest;
    const resetSeconds = Math.max(1, Math.ceil(shown.res.msBeforeNext / 1000));
    return {
      error: refused
        ? new RateLimitedError(
            `Too many requests from this ${refused.scope === 'token' ? 'token or API key' : 'address'}: the limit is ${refused.points} per ${this.config.windowSeconds} s. Retry after ${resetSeconds} s.`,
            resetSeconds,
          )
        : null,
      limit: shown.points,
      remaining: Math.max(0, shown.res.remainingPoints),
      resetSeconds,
    };
  }

  async close(): Promise<void> {
    this.redis?.disconnect();
  }
}

/** Refuses a request over its limits with 429, Retry-After and RATE_LIMITED; tells every client where it stands. */
export function rateLimitRequests(limiter: RateLimiter): RequestHandler {
  return async (req, res, next) => {
    const verdict = await limiter.consume(req.ip ?? null, req.headers.authorization);
    if (!verdict) return next();
    res.set({
      'RateLimit-Limit': String(verdict.limit),
      'RateLimit-Remaining': String(verdict.remaining),
      'RateLimit-Reset': String(verdict.resetSeconds),
    });
    if (!verdict.error) return next();
    sendGraphQLError(req, res, 429, verdict.error, { 'Retry-After': String(verdict.resetSeconds) });
  };
}
