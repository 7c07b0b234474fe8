import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import { WeightUnitProvider, type WeightUnit } from '../../lib/units';
import { RosterAthlete, RosterAthleteFragment, readRosterAthlete, rosterOrder } from './roster-athlete';

afterEach(cleanup);

const week = (n: number, setRatio: number | null, sessionRatio: number | null, done = 3, planned = 4) => ({
  __typename: 'WeekAdherence' as const,
  week: `2026-W${43 + n}`,
  weekStart: `2026-10-${19 + n}`,
  sessionsPlanned: planned,
  sessionsDone: done,
  sessionRatio,
  setsPlanned: 16,
  setsDone: 12,
  setRatio,
});

function athlete(overrides: { name: string; attention?: boolean; training?: boolean; records?: boolean }) {
  return makeFragmentData(
    {
      __typename: 'Athlete',
      id: `a-${overrides.name.replaceAll(' ', '')}`,
      displayName: overrides.name,
      activeRoutine: { __typename: 'Routine', id: 'r-1', name: 'Upper/Lower 4-day' },
      currentSession: overrides.training
        ? {
            __typename: 'WorkoutSession',
            id: 's-live',
            status: 'IN_PROGRESS',
            startedAt: '2026-11-23T18:00:00.000Z',
            routineDay: { __typename: 'RoutineDay', id: 'd-1', title: 'Upper A' },
            progress: { __typename: 'SessionProgress', sessionId: 's-live', setsDone: 3, plannedSetsDone: 3, setsPlanned: 16, volumeKg: 1200, status: 'IN_PROGRESS' },
          }
        : null,
      lastSession: {
        __typename: 'WorkoutSessionConnection',
        edges: [
          {
            __typename: 'WorkoutSessionEdge',
            node: {
              __typename: 'WorkoutSession',
              id: 's-last',
              workoutDate: '2026-11-20',
              status: 'PARTIAL',
              routineDay: { __typename: 'RoutineDay', id: 'd-4', title: 'Lower B' },
              progress: { __typename: 'SessionProgress', sessionId: 's-last', setsDone: 12, plannedSetsDone: 10, setsPlanned: 16, volumeKg: 5000, status: 'PARTIAL' },
            },
          },
        ],
      },
      analytics: {
        __typename: 'AthleteAnalytics',
        asOf: '2026-11-23',
        adherence: [week(0, 1, 1), week(1, 1, 1), week(2, 0.95, 1), week(3, null, null, 0, 0), week(4, 0.5, 0.5), week(5, 0.5, 0.25, 1, 4)],
        readiness: { __typename: 'Readiness', score: 82, band: 'HIGH', reason: 'You are well recovered: train as planned.' },
        records: overrides.records
          ? [{ __typename: 'PersonalBest', id: 'pb-1', kind: 'HEAVIEST_WEIGHT', value: 100, achievedAt: '2026-11-20T18:00:00.000Z', exercise: { __typename: 'Exercise', id: 'e-1', name: 'Barbell Bench Press' } }]
          : [],
        attention: {
          __typename: 'Attention',
          needsAttention: overrides.attention ?? false,
          reasons: overrides.attention
            ? [
                { __typename: 'AttentionReason', code: 'COMPLIANCE_DROP', message: 'Set compliance fell from 98 % to 50 % (last 2 weeks vs the 4 weeks before).' },
                { __typename: 'AttentionReason', code: 'MISSED_SESSIONS', message: 'Missed 3 planned sessions in the last 2 weeks.' },
              ]
            : [],
          recentSetRatio: overrides.attention ? 0.5 : 0.97,
          baselineSetRatio: 0.98,
          missedSessions: overrides.attention ? 3 : 0,
          lastTrainedOn: '2026-11-20',
        },
      },
    },
    RosterAthleteFragment,
  );
}

function renderCards(athletes: ReturnType<typeof athlete>[], unit: WeightUnit = 'kg') {
  return render(
    <MemoryRouter>
      <WeightUnitProvider unit={unit}>
        <ul aria-label="Athletes">
          {athletes.map((ref) => (
            <RosterAthlete key={readRosterAthlete(ref).id} athlete={ref} />
          ))}
        </ul>
      </WeightUnitProvider>
    </MemoryRouter>,
  );
}

describe('RosterAthlete', () => {
  it('flags an athlete who needs attention, with each reason, and shows the weekly figures', () => {
    renderCards([athlete({ name: 'Sam Lee', attention: true })]);
    const card = screen.getByRole('listitem', { name: 'Sam Lee' });
    expect(within(card).getByText('Needs attention')).toBeTruthy();
    const reasons = within(card).getByRole('list', { name: 'Why Sam Lee needs attention' });
    expect(within(reasons).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Set compliance fell from 98 % to 50 % (last 2 weeks vs the 4 weeks before).',
      'Missed 3 planned sessions in the last 2 weeks.',
    ]);
    // Each week's figure reaches a screen reader; a week with nothing planned reads as a dash.
    expect(within(card).getByRole('img', { name: 'Set compliance, last 6 weeks: 100 %, 100 %, 95 %, –, 50 %, 50 %' })).toBeTruthy();
    expect(within(card).getByRole('img', { name: 'Sessions done, last 6 weeks: 100 %, 100 %, 100 %, –, 50 %, 25 %' })).toBeTruthy();
    expect(card.textContent).toContain('Last 2 weeks 50 %');
    expect(card.textContent).toContain('This week 1 / 4');
    expect(card.textContent).toContain('82 · High');
    expect(card.textContent).toContain('Lower B, Fri 20 Nov · 10 / 16 sets + 2 added (partial)');
    expect(card.textContent).toContain('None in 6 weeks');
    expect(within(card).getByRole('link', { name: 'Sam Lee' }).getAttribute('href')).toBe('/athletes/a-SamLee');
    expect(within(card).queryByRole('link', { name: /live/ })).toBeNull();
  });

  it('shows an athlete on track, their new records in the viewer’s unit, and the live session with its Watch link', () => {
    renderCards([athlete({ name: 'Alex Kim', training: true, records: true })], 'lb');
    const card = screen.getByRole('listitem', { name: 'Alex Kim' });
    expect(within(card).getByText('On track')).toBeTruthy();
    expect(within(card).queryByRole('list', { name: /needs attention/ })).toBeNull();
    expect(card.textContent).toContain('Barbell Bench Press heaviest 220.5 lb');
    expect(card.textContent).toContain('Training now · Upper A · 3 / 16 sets · 2,645.5 lb');
    expect(within(card).getByRole('link', { name: 'Watch live: Alex Kim' }).getAttribute('href')).toBe('/watch/s-live');
  });

  it('orders the roster: attention first, then whoever is training, then by name', () => {
    const people = [athlete({ name: 'Zoe' }), athlete({ name: 'Alex', training: true }), athlete({ name: 'Sam', attention: true }), athlete({ name: 'Jordan' })];
    const ordered = people.map(readRosterAthlete).sort(rosterOrder).map((person) => person.displayName);
    expect(ordered).toEqual(['Sam', 'Alex', 'Jordan', 'Zoe']);
  });
});
