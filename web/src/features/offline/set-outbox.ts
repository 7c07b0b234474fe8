import type { CombinedError } from 'urql';
import type { LogSetInput, LogSetMutation } from '../../gql/graphql';
import { type AppError, toAppError } from '../../lib/errors';
import type { OutboxEntry, OutboxStorage } from './outbox-storage';

/** One attempt at the server: urql's answer for the LogSet mutation. */
export interface SendResult {
  data?: LogSetMutation | null;
  error?: CombinedError;
}
export type SendLogSet = (input: LogSetInput) => Promise<SendResult>;

/**
 * What became of a set the athlete just logged.
 * - `sent`: the server stored it (or already had it: the same clientId is a no-op).
 * - `queued`: no network (or a transient server failure): it is on the device and goes out later.
 * - `rejected`: the server refused it (BAD_USER_INPUT, CONFLICT, …); nothing is kept, the form
 *   shows why, as it would without the outbox.
 */
export type LogSetOutcome = { kind: 'sent'; data: LogSetMutation } | { kind: 'queued' } | { kind: 'rejected'; error: AppError };

export interface OutboxSnapshot {
  /** Every set of the logged-in account not yet confirmed, in logging order. */
  entries: readonly OutboxEntry[];
  /** What the browser says (navigator.onLine): false means certainly offline, true only maybe online. */
  online: boolean;
  /** The stored queue has been read (until then a reloaded page knows of no waiting sets). */
  ready: boolean;
}

export interface SetOutboxOptions {
  storage: OutboxStorage;
  online?: boolean;
  /** Wait before the next attempt after `round` failed rounds in a row (0-based). */
  retryDelayMs?(round: number): number;
  /** A transient server failure (INTERNAL_SERVER_ERROR) is tried this often before the set is marked not saved. */
  maxServerFailures?: number;
  setTimer?(callback: () => void, ms: number): () => void;
  now?(): Date;
}

/** 1 s, 2 s, 4 s … capped at 60 s, randomised so a gym full of phones does not retry in step. */
export function defaultRetryDelayMs(round: number): number {
  return Math.min(60_000, 1000 * 2 ** round) * (0.5 + Math.random() / 2);
}

/** Codes that say "try again later", not "this set is wrong". */
const TRANSIENT: ReadonlySet<AppError['code']> = new Set(['INTERNAL_SERVER_ERROR', 'UNKNOWN']);

/**
 * The logger's outbox: every logSet is written to the device first, then sent, one at a time in
 * logging order. Without a network the sets wait and go out when it returns (the `online` event,
 * and retries with backoff for networks the browser thinks are up). Each set keeps its clientId
 * across every resend, and the server answers a known clientId with the set it already has, so a
 * set whose answer was lost is never stored twice. A set the server refuses on replay is kept,
 * marked with the server's reason, until the athlete discards it.
 */
export class SetOutbox {
  private entries: OutboxEntry[] = [];
  private snapshot: OutboxSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly waiters = new Map<string, (outcome: LogSetOutcome) => void>();
  private readonly loaded: Promise<void>;
  private send: SendLogSet | null = null;
  private flushing: Promise<void> | null = null;
  private flushAgain = false;
  /** The login expired: nothing goes out until the next login hands over its client. */
  private paused = false;
  private cancelRetry: (() => void) | null = null;
  private failedRounds = 0;
  private lastSeq = 0;
  /** The logged-in account (User id); null until known, when every set counts as its own. */
  private owner: string | null = null;

  constructor(private readonly options: SetOutboxOptions) {
    this.snapshot = { entries: [], online: options.online ?? true, ready: false };
    this.loaded = options.storage
      .all()
      .catch((error: unknown) => {
        console.warn('The set outbox could not be read; sets logged now are kept for this page only.', error);
        return [];
      })
      .then((stored) => {
        this.entries = [...stored, ...this.entries].sort((a, b) => a.seq - b.seq);
        this.lastSeq = Math.max(0, ...this.entries.map((entry) => entry.seq));
        this.emit({ ready: true });
      });
  }

  getSnapshot = (): OutboxSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Resolves once the stored queue is loaded (tests, and callers that must not race a reload). */
  whenReady(): Promise<void> {
    return this.loaded;
  }

  /** How sets reach the server: the current login's client, or null when logged out (they wait). */
  setSender(send: SendLogSet | null): void {
    if (send === this.send) return;
    this.send = send;
    this.paused = false;
    if (send) void this.flush();
  }

  /**
   * Whose login sends: sets another account logged on this device stay stored, unseen and unsent,
   * until that account logs in again (they would be refused under this login, or worse, land in it).
   */
  setOwner(owner: string | null): void {
    if (owner === this.owner) return;
    this.owner = owner;
    this.emit({});
    void this.flush();
  }

  setOnline(online: boolean): void {
    if (online === this.snapshot.online) return;
    this.emit({ online });
    if (online) {
      // The network is back: start at once, and from the shortest backoff.
      this.failedRounds = 0;
      void this.flush();
    }
  }

  /** Keep the set on the device, then send it (after any set still waiting). */
  async logSet(input: LogSetInput): Promise<LogSetOutcome> {
    await this.loaded;
    // The same set again (a double tap, a second Log before the first answer): it is queued already.
    if (this.entries.some((entry) => entry.clientId === input.clientId)) return { kind: 'queued' };
    const now = this.options.now?.() ?? new Date();
    this.lastSeq = Math.max(now.getTime(), this.lastSeq + 1);
    const entry: OutboxEntry = {
      clientId: input.clientId,
      seq: this.lastSeq,
      input,
      ...(this.owner === null ? {} : { owner: this.owner }),
      queuedAt: now.toISOString(),
      attempts: 0,
      status: 'pending',
    };
    this.entries = [...this.entries, entry];
    this.emit({});
    await this.store(entry);
    const outcome = new Promise<LogSetOutcome>((resolve) => this.waiters.set(entry.clientId, resolve));
    void this.flush();
    return outcome;
  }

  /** Drop a set the server refused (the athlete logs it again, or not). */
  async discard(clientId: string): Promise<void> {
    await this.loaded;
    await this.remove(clientId);
  }

  /** Send what is waiting now (also on the `online` event and on every retry timer). */
  flush(): Promise<void> {
    if (this.flushing) {
      this.flushAgain = true;
      return this.flushing;
    }
    this.flushing = this.drain().finally(() => {
      this.flushing = null;
      if (!this.flushAgain) return;
      this.flushAgain = false;
      // Asked again mid-way (a set logged meanwhile): go again, unless waiting is the answer now.
      if (this.cancelRetry || this.paused || !this.send || !this.snapshot.online) this.settleWaiting();
      else void this.flush();
    });
    return this.flushing;
  }

  private async drain(): Promise<void> {
    await this.loaded;
    this.cancelRetry?.();
    this.cancelRetry = null;
    for (;;) {
      const entry = this.entries.find((candidate) => candidate.status === 'pending' && this.isMine(candidate));
      if (!entry) {
        this.failedRounds = 0;
        return;
      }
      // Offline for certain, or logged out: wait for the `online` event or the next login.
      if (!this.send || !this.snapshot.online || this.paused) return this.settleWaiting();

      let result: SendResult;
      try {
        result = await this.send(entry.input);
      } catch (error) {
        result = { error: { graphQLErrors: [], networkError: error as Error, message: String(error) } as unknown as CombinedError };
      }
      const data = result.data?.logSet ? result.data : null;
      if (!result.error && data) {
        this.failedRounds = 0;
        await this.remove(entry.clientId);
        this.settle(entry.clientId, { kind: 'sent', data });
        continue;
      }

      const error: AppError = result.error ? toAppError(result.error) : { code: 'UNKNOWN', message: 'The server sent no answer for this set.' };
      if (error.code === 'NETWORK') return this.retryLater(entry);
      if (error.code === 'RATE_LIMITED') return this.retryLater(entry, (error.retryAfterSeconds ?? 5) * 1000);
      // The login expired: the app asks for a new one, and sending resumes with it.
      if (error.code === 'UNAUTHENTICATED') {
        this.paused = true;
        return this.settleWaiting();
      }
      if (TRANSIENT.has(error.code) && entry.attempts + 1 < (this.options.maxServerFailures ?? 5)) return this.retryLater(entry);

      if (this.waiters.has(entry.clientId)) {
        // The athlete is still at the form waiting for this answer: show it there, as without an outbox.
        await this.remove(entry.clientId);
        this.settle(entry.clientId, { kind: 'rejected', error });
      } else {
        await this.replace({ ...entry, attempts: entry.attempts + 1, status: 'failed', error: { code: error.code, message: error.message } });
      }
    }
  }

  private async retryLater(entry: OutboxEntry, delayMs?: number): Promise<void> {
    await this.replace({ ...entry, attempts: entry.attempts + 1 });
    this.settleWaiting();
    const ms = delayMs ?? (this.options.retryDelayMs ?? defaultRetryDelayMs)(this.failedRounds++);
    const setTimer = this.options.setTimer ?? ((callback, wait) => {
      const timer = setTimeout(callback, wait);
      return () => clearTimeout(timer);
    });
    this.cancelRetry = setTimer(() => {
      this.cancelRetry = null;
      void this.flush();
    }, ms);
  }

  /** Everyone still waiting for an answer learns their set is queued. */
  private settleWaiting(): void {
    for (const clientId of [...this.waiters.keys()]) this.settle(clientId, { kind: 'queued' });
  }

  private settle(clientId: string, outcome: LogSetOutcome): void {
    const resolve = this.waiters.get(clientId);
    this.waiters.delete(clientId);
    resolve?.(outcome);
  }

  private async replace(entry: OutboxEntry): Promise<void> {
    this.entries = this.entries.map((candidate) => (candidate.clientId === entry.clientId ? entry : candidate));
    this.emit({});
    await this.store(entry);
  }

  private async remove(clientId: string): Promise<void> {
    this.entries = this.entries.filter((entry) => entry.clientId !== clientId);
    this.emit({});
    try {
      await this.options.storage.delete(clientId);
    } catch (error) {
      console.warn('A synced set could not be removed from the outbox; resending it later is harmless (same clientId).', error);
    }
  }

  private async store(entry: OutboxEntry): Promise<void> {
    try {
      await this.options.storage.put(entry);
    } catch (error) {
      console.warn('A set could not be written to the outbox; it is kept for this page only.', error);
    }
  }

  private isMine(entry: OutboxEntry): boolean {
    return this.owner === null || entry.owner === undefined || entry.owner === this.owner;
  }

  private emit(change: Partial<OutboxSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change, entries: this.entries.filter((entry) => this.isMine(entry)) };
    for (const listener of this.listeners) listener();
  }
}
