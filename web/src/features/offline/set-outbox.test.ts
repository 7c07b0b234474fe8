import 'fake-indexeddb/auto';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import type { LogSetInput, LogSetMutation } from '../../gql/graphql';
import { indexedDbOutboxStorage, memoryOutboxStorage, type OutboxStorage } from './outbox-storage';
import { type SendResult, SetOutbox } from './set-outbox';

let counter = 0;
function setInput(reps: number, clientId = `client-${++counter}`): LogSetInput {
  return { clientId, sessionId: 'session-1', exerciseId: 'exercise-1', plannedSetId: `planned-${reps}`, weightKg: 100, reps, rpe: null, isWarmup: false };
}

function stored(input: LogSetInput, id: string): LogSetMutation {
  return {
    logSet: {
      setLog: { id, plannedSetId: input.plannedSetId ?? null, ' $fragmentRefs': { LoggedSetFragment: { ' $fragmentName': 'LoggedSet' } } },
      progress: { ' $fragmentRefs': { SessionProgressFieldsFragment: { ' $fragmentName': 'SessionProgressFields' } } },
      records: [],
    },
  } as unknown as LogSetMutation;
}

const networkDown = (): SendResult => ({ error: new CombinedError({ networkError: new TypeError('Failed to fetch') }) });
const refused = (code: string, message: string, extra: Record<string, unknown> = {}): SendResult => ({ error: new CombinedError({ graphQLErrors: [{ message, extensions: { code, ...extra } }] }) });

/**
 * The server as the outbox sees it: idempotent on clientId, like the real one
 * (server/src/modules/execution/set-log.service.ts; set-log.api.test.ts proves it against PostgreSQL).
 * `script` may fail a call before (or after: a lost answer) the server stores the set.
 */
function fakeServer(script: (call: number, input: LogSetInput) => 'ok' | 'down' | 'lost-answer' | SendResult = () => 'ok') {
  const sets = new Map<string, LogSetInput>();
  const calls: LogSetInput[] = [];
  const send = async (input: LogSetInput): Promise<SendResult> => {
    calls.push(input);
    const step = script(calls.length, input);
    if (step === 'down') return networkDown();
    if (typeof step === 'object') return step;
    if (!sets.has(input.clientId)) sets.set(input.clientId, input);
    if (step === 'lost-answer') return networkDown();
    return { data: stored(input, `log-${input.clientId}`) };
  };
  return { sets, calls, send };
}

/** Timers the test fires by hand, remembering each delay asked for. */
function manualTimers() {
  const pending: { callback: () => void; ms: number }[] = [];
  const delays: number[] = [];
  return {
    delays,
    setTimer(callback: () => void, ms: number) {
      const timer = { callback, ms };
      pending.push(timer);
      delays.push(ms);
      return () => void pending.splice(pending.indexOf(timer) >>> 0, 1);
    },
    async fireAll() {
      for (const timer of pending.splice(0)) timer.callback();
      await settle();
    },
    get count() {
      return pending.length;
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function makeOutbox(options: { storage?: OutboxStorage; online?: boolean; timers?: ReturnType<typeof manualTimers>; maxServerFailures?: number } = {}) {
  const timers = options.timers ?? manualTimers();
  const outbox = new SetOutbox({
    storage: options.storage ?? memoryOutboxStorage(),
    online: options.online ?? true,
    retryDelayMs: (round) => 1000 * 2 ** round,
    setTimer: timers.setTimer,
    maxServerFailures: options.maxServerFailures,
  });
  return { outbox, timers };
}

describe('SetOutbox', () => {
  it('sends a set at once when online and keeps nothing once the server has it', async () => {
    const server = fakeServer();
    const { outbox } = makeOutbox();
    outbox.setSender(server.send);
    const input = setInput(5);
    const outcome = await outbox.logSet(input);
    expect(outcome.kind).toBe('sent');
    expect(server.calls).toEqual([input]);
    expect(outbox.getSnapshot().entries).toEqual([]);
  });

  it('keeps sets logged offline in IndexedDB, where a reloaded page finds them, in logging order', async () => {
    const name = `outbox-${crypto.randomUUID()}`;
    const server = fakeServer();
    const first = makeOutbox({ storage: indexedDbOutboxStorage(name), online: false }).outbox;
    first.setSender(server.send);
    const inputs = [setInput(1), setInput(2), setInput(3)];
    for (const input of inputs) expect((await first.logSet(input)).kind).toBe('queued');
    expect(server.calls).toEqual([]);
    expect(first.getSnapshot().entries.map((entry) => entry.status)).toEqual(['pending', 'pending', 'pending']);

    // The page reloads: a new outbox over the same database.
    const reloaded = makeOutbox({ storage: indexedDbOutboxStorage(name), online: false }).outbox;
    await reloaded.whenReady();
    expect(reloaded.getSnapshot().ready).toBe(true);
    expect(reloaded.getSnapshot().entries.map((entry) => entry.input)).toEqual(inputs);

    reloaded.setSender(server.send);
    reloaded.setOnline(true);
    await reloaded.flush();
    expect(server.calls.map((input) => input.clientId)).toEqual(inputs.map((input) => input.clientId));
    expect(reloaded.getSnapshot().entries).toEqual([]);
    expect(await indexedDbOutboxStorage(name).all()).toEqual([]);
  });

  it('stores a set once when its answer is lost and it is sent again (same clientId), and once when logged twice', async () => {
    const server = fakeServer((call) => (call === 1 ? 'lost-answer' : 'ok'));
    const { outbox, timers } = makeOutbox();
    outbox.setSender(server.send);
    const input = setInput(5);
    expect((await outbox.logSet(input)).kind).toBe('queued');
    // A double tap while it waits adds nothing.
    expect((await outbox.logSet({ ...input })).kind).toBe('queued');
    expect(outbox.getSnapshot().entries).toHaveLength(1);
    await timers.fireAll();
    expect(server.calls.map((call) => call.clientId)).toEqual([input.clientId, input.clientId]);
    expect(server.sets.size).toBe(1);
    expect(outbox.getSnapshot().entries).toEqual([]);
  });

  it('retries a network failure with growing waits, and starts over at once when the browser comes online', async () => {
    let down = true;
    const server = fakeServer(() => (down ? 'down' : 'ok'));
    const { outbox, timers } = makeOutbox();
    outbox.setSender(server.send);
    await outbox.logSet(setInput(1));
    await timers.fireAll();
    await timers.fireAll();
    expect(timers.delays).toEqual([1000, 2000, 4000]);
    expect(server.calls).toHaveLength(3);
    expect(outbox.getSnapshot().entries[0]?.attempts).toBe(3);

    outbox.setOnline(false);
    await timers.fireAll();
    // Certainly offline: no attempt until the online event.
    expect(server.calls).toHaveLength(3);
    down = false;
    outbox.setOnline(true);
    await outbox.flush();
    expect(server.calls).toHaveLength(4);
    expect(outbox.getSnapshot().entries).toEqual([]);
    expect(timers.count).toBe(0);
  });

  it('does not send a later set past an earlier one that is still waiting', async () => {
    let down = true;
    const server = fakeServer(() => (down ? 'down' : 'ok'));
    const { outbox, timers } = makeOutbox();
    outbox.setSender(server.send);
    const first = setInput(1);
    const second = setInput(2);
    await outbox.logSet(first);
    expect((await outbox.logSet(second)).kind).toBe('queued');
    // The second set's own attempt tried the first one again, and stopped there.
    expect(server.calls.map((call) => call.clientId)).toEqual([first.clientId, first.clientId]);
    down = false;
    await timers.fireAll();
    expect(server.calls.map((call) => call.clientId).slice(2)).toEqual([first.clientId, second.clientId]);
  });

  it('waits as long as RATE_LIMITED says', async () => {
    const server = fakeServer((call) => (call === 1 ? refused('RATE_LIMITED', 'Too many requests.', { retryAfterSeconds: 12 }) : 'ok'));
    const { outbox, timers } = makeOutbox();
    outbox.setSender(server.send);
    expect((await outbox.logSet(setInput(1))).kind).toBe('queued');
    expect(timers.delays).toEqual([12_000]);
    await timers.fireAll();
    expect(server.sets.size).toBe(1);
  });

  it('hands a refusal of a set just logged back to the form, keeping nothing', async () => {
    const server = fakeServer(() => refused('BAD_USER_INPUT', 'RPE must be between 1 and 10.', { field: 'input.rpe' }));
    const { outbox, timers } = makeOutbox();
    outbox.setSender(server.send);
    const outcome = await outbox.logSet(setInput(1));
    expect(outcome).toEqual({ kind: 'rejected', error: { code: 'BAD_USER_INPUT', message: 'RPE must be between 1 and 10.', field: 'input.rpe' } });
    expect(outbox.getSnapshot().entries).toEqual([]);
    expect(timers.count).toBe(0);
  });

  it('marks a queued set the server refuses on replay, never resends it, sends the rest, and drops it when discarded', async () => {
    const finished = 'This session is COMPLETED: only a session IN_PROGRESS takes new sets (start it first).';
    const refusedSet = setInput(1);
    const server = fakeServer((_call, input) => (input.clientId === refusedSet.clientId ? refused('CONFLICT', finished) : 'ok'));
    const { outbox, timers } = makeOutbox({ online: false });
    outbox.setSender(server.send);
    const later = setInput(2);
    await outbox.logSet(refusedSet);
    await outbox.logSet(later);
    outbox.setOnline(true);
    await outbox.flush();
    expect(server.calls.map((call) => call.clientId)).toEqual([refusedSet.clientId, later.clientId]);
    expect(outbox.getSnapshot().entries).toEqual([expect.objectContaining({ clientId: refusedSet.clientId, status: 'failed', error: { code: 'CONFLICT', message: finished } })]);
    expect(timers.count).toBe(0);

    await outbox.flush();
    expect(server.calls).toHaveLength(2);
    await outbox.discard(refusedSet.clientId);
    expect(outbox.getSnapshot().entries).toEqual([]);
  });

  it('tries a set the server failed on a few times, then marks it with the error id to quote', async () => {
    const message = 'Something went wrong on our side. Quote error id abc if you report it.';
    const server = fakeServer(() => refused('INTERNAL_SERVER_ERROR', message, { errorId: 'abc' }));
    const { outbox, timers } = makeOutbox({ maxServerFailures: 3 });
    outbox.setSender(server.send);
    expect((await outbox.logSet(setInput(1))).kind).toBe('queued');
    await timers.fireAll();
    expect(outbox.getSnapshot().entries[0]?.status).toBe('pending');
    await timers.fireAll();
    expect(server.calls).toHaveLength(3);
    expect(outbox.getSnapshot().entries[0]).toMatchObject({ status: 'failed', error: { code: 'INTERNAL_SERVER_ERROR', message } });
    expect(timers.count).toBe(0);
  });

  it('holds sets while logged out or when the login has expired, and sends them with the next login', async () => {
    const { outbox, timers } = makeOutbox();
    const input = setInput(1);
    expect((await outbox.logSet(input)).kind).toBe('queued');

    const expired = fakeServer(() => refused('UNAUTHENTICATED', 'Your login has expired.'));
    outbox.setSender(expired.send);
    await outbox.flush();
    expect(expired.calls).toHaveLength(1);
    expect(outbox.getSnapshot().entries[0]?.status).toBe('pending');
    expect(timers.count).toBe(0);

    const loggedInAgain = fakeServer();
    outbox.setSender(loggedInAgain.send);
    await outbox.flush();
    expect([...loggedInAgain.sets.keys()]).toEqual([input.clientId]);
    expect(outbox.getSnapshot().entries).toEqual([]);
  });

  it("keeps one account's waiting sets away from another login on the same phone, and sends them when their account is back", async () => {
    const { outbox } = makeOutbox({ online: false });
    outbox.setOwner('user-a');
    const aliceSet = setInput(1);
    expect((await outbox.logSet(aliceSet)).kind).toBe('queued');

    // Bob logs in on the same phone, and the network returns: Alice's set is neither shown nor sent under Bob's login.
    const bobServer = fakeServer();
    outbox.setOwner('user-b');
    outbox.setSender(bobServer.send);
    outbox.setOnline(true);
    await outbox.flush();
    expect(outbox.getSnapshot().entries).toEqual([]);
    expect(bobServer.calls).toEqual([]);
    const bobSet = setInput(2);
    expect((await outbox.logSet(bobSet)).kind).toBe('sent');
    expect(bobServer.calls.map((input) => input.clientId)).toEqual([bobSet.clientId]);

    // Alice again: her set shows as waiting and goes out under her login, once.
    const aliceServer = fakeServer();
    outbox.setSender(aliceServer.send);
    outbox.setOwner('user-a');
    await outbox.flush();
    expect(aliceServer.calls.map((input) => input.clientId)).toEqual([aliceSet.clientId]);
    expect(outbox.getSnapshot().entries).toEqual([]);
  });
});
