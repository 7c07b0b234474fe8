import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Client, Provider, subscriptionExchange } from 'urql';
import { setLiveConnectionState } from '../../lib/live-connection';
import type { SessionStatus } from '../../gql/graphql';
import { WeightUnitProvider } from '../../lib/units';
import { ActivityFeed, type ActivityEvent } from './activity-feed';

afterEach(() => {
  cleanup();
  setLiveConnectionState('idle');
});

/**
 * A real urql client whose subscription transport is scripted: the feed runs its own document
 * through urql's subscription exchange, and the test pushes what the server would send.
 */
function renderFeed(onEvent?: (event: ActivityEvent) => void, unit: 'kg' | 'lb' = 'kg') {
  const sinks = new Set<{ next(value: unknown): void }>();
  const sentQueries: string[] = [];
  const client = new Client({
    url: 'http://test.invalid/graphql',
    exchanges: [
      subscriptionExchange({
        forwardSubscription(request) {
          sentQueries.push(request.query ?? '');
          return {
            subscribe(observer) {
              const sink = observer as { next(value: unknown): void };
              sinks.add(sink);
              return { unsubscribe: () => sinks.delete(sink) };
            },
          };
        },
      }),
    ],
  });
  render(
    <Provider value={client}>
      <MemoryRouter>
        <WeightUnitProvider unit={unit}>
          <ActivityFeed onEvent={onEvent} />
        </WeightUnitProvider>
      </MemoryRouter>
    </Provider>,
  );
  // urql subscribes to the transport a microtask after the hook mounts.
  const push = async (event: Partial<ActivityEvent>) => {
    await waitFor(() => expect(sinks.size).toBe(1));
    act(() => {
      for (const sink of sinks) sink.next({
        data: {
          rosterActivity: {
            __typename: 'RosterActivity',
            at: '2026-11-23T18:30:00.000Z',
            athleteId: 'a-alex',
            athleteName: 'Alex Kim',
            sessionId: 's-1',
            dayTitle: 'Upper A',
            watchingAthleteIds: [],
            set: null,
            records: [],
            progress: null,
            checkIn: null,
            ...event,
          },
        },
      });
    });
  };
  return { push, sentQueries };
}

const set = (setIndex: number, weightKg: number, reps: number) => ({
  __typename: 'RosterActivitySet' as const,
  id: `set-${setIndex}`,
  exerciseName: 'Barbell Bench Press',
  setIndex,
  weightKg,
  reps,
  rpe: 8,
  isWarmup: false,
});
const progress = (setsDone: number, status: SessionStatus = 'IN_PROGRESS') => ({ __typename: 'SessionProgress' as const, sessionId: 's-1', setsDone, plannedSetsDone: setsDone, setsPlanned: 16, volumeKg: 0, status });

describe('ActivityFeed', () => {
  it('says whom it watches once live, and lists each event newest first, in words', async () => {
    const onEvent = vi.fn();
    const { push, sentQueries } = renderFeed(onEvent);
    expect(sentQueries[0]).toContain('rosterActivity');
    expect(screen.getByText(/Nothing yet/)).toBeTruthy();
    act(() => setLiveConnectionState('connected'));
    await push({ kind: 'WATCHING', athleteId: null, athleteName: null, sessionId: null, dayTitle: null, watchingAthleteIds: ['a-alex', 'a-sam', 'a-jordan'] });
    expect(screen.getByRole('status').textContent).toBe('Live · 3 athletes');

    await push({ kind: 'SESSION_STARTED', progress: progress(0) });
    await push({ kind: 'SET_LOGGED', set: set(1, 80, 6), progress: progress(1), at: '2026-11-23T18:32:00.000Z' });
    await push({
      kind: 'RECORD_SET',
      set: set(1, 80, 6),
      records: [{ __typename: 'RosterActivityRecord', kind: 'HEAVIEST_WEIGHT', valueKg: 80, exerciseName: 'Barbell Bench Press' }],
      at: '2026-11-23T18:32:00.000Z',
    });
    await push({
      kind: 'READINESS_CHECK_IN',
      athleteId: 'a-sam',
      athleteName: 'Sam Lee',
      sessionId: null,
      dayTitle: null,
      checkIn: { __typename: 'RosterActivityCheckIn', day: '2026-11-23', sleepHours: 6.5, hrvMs: null, restingHr: null, sorenessMax: 3, soreBodyParts: ['QUADS', 'LOWER_BACK'] },
    });
    await push({ kind: 'SESSION_COMPLETED', progress: progress(12, 'PARTIAL') });

    const items = within(screen.getByRole('list', { name: 'Recent activity' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.replace(/^\S+\s?(AM|PM)?/, '').trim())).toEqual([
      'Alex Kim finished Upper A: 12 / 16 sets (partial)',
      'Sam Lee checked in: slept 6.5 h · soreness 3/5 (quads, lower back)',
      'Alex Kim new record: Barbell Bench Press heaviest 80 kg',
      'Alex Kim Barbell Bench Press set 1: 80 kg × 6 @ RPE 8',
      'Alex Kim started Upper A (16 sets planned)Watch',
    ]);
    expect(within(items[4]!).getByRole('link', { name: 'Watch' }).getAttribute('href')).toBe('/watch/s-1');
    expect(within(items[1]!).getByRole('link', { name: 'Sam Lee' }).getAttribute('href')).toBe('/athletes/a-sam');
    // Every event but WATCHING reaches the screen's handler (it refetches the roster on starts and finishes).
    expect(onEvent.mock.calls.map(([event]) => (event as ActivityEvent).kind)).toEqual(['SESSION_STARTED', 'SET_LOGGED', 'RECORD_SET', 'READINESS_CHECK_IN', 'SESSION_COMPLETED']);
  });

  it('shows loads in the viewer’s unit', async () => {
    const { push } = renderFeed(undefined, 'lb');
    await push({ kind: 'SET_LOGGED', set: set(2, 100, 5), progress: progress(2) });
    expect(screen.getByRole('list', { name: 'Recent activity' }).textContent).toContain('Barbell Bench Press set 2: 220.5 lb × 5 @ RPE 8');
  });

  it('says so when the connection is being re-established', () => {
    renderFeed();
    act(() => setLiveConnectionState('reconnecting'));
    expect(screen.getByRole('status').textContent).toBe('Reconnecting…');
  });
});
