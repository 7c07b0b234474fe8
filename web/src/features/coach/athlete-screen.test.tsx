import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { type Answer, renderWithScriptedServer, type SentOperation } from '../../test/scripted-client';
import { AthleteScreen } from './athlete-screen';

afterEach(cleanup);

const routine = (id: string, name: string, isActive: boolean) => ({
  __typename: 'Routine',
  id,
  name,
  description: null,
  isActive,
  revision: 3,
  archivedAt: null,
  startsOn: null,
  updatedAt: '2026-11-20T10:00:00.000Z',
  cycles: { __typename: 'CycleConnection', edges: [{ __typename: 'CycleEdge', node: { __typename: 'Cycle', id: `c-${id}`, cycleNumber: 2, isDeload: true, startedOn: '2026-11-16', endedOn: null } }] },
  days: [
    {
      __typename: 'RoutineDay',
      id: `d-${id}`,
      dayIndex: 1,
      title: 'Upper A',
      isRest: false,
      exercises: [
        {
          __typename: 'RoutineDayExercise',
          id: `x-${id}`,
          position: 1,
          section: 'MAIN',
          supersetGroup: null,
          exercise: { __typename: 'Exercise', id: 'e-bench', name: 'Barbell Bench Press' },
          progressionRule: { __typename: 'ProgressionRule', style: 'DOUBLE_PROGRESSION', incrementKg: 2.5 },
          sets: [
            { __typename: 'RoutineExerciseSet', id: `s1-${id}`, setIndex: 1, isWarmup: false, targetReps: null, targetRepsMin: 6, targetRepsMax: 8, targetWeightKg: 100, targetRpe: 8, targetRir: null, targetDurationSeconds: null, targetDistanceMeters: null },
          ],
        },
      ],
    },
  ],
});

const detail: Answer = {
  data: {
    node: {
      __typename: 'Athlete',
      id: 'a-alex',
      displayName: 'Alex Kim',
      currentSession: null,
      routines: {
        __typename: 'RoutineConnection',
        edges: [
          { __typename: 'RoutineEdge', cursor: '1', node: routine('r-new', 'Upper/Lower', true) },
          { __typename: 'RoutineEdge', cursor: '2', node: routine('r-old', 'Full body', false) },
        ],
      },
      sessions: { __typename: 'WorkoutSessionConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false } },
      analytics: {
        __typename: 'AthleteAnalytics',
        asOf: '2026-11-23',
        attention: { __typename: 'Attention', needsAttention: true, reasons: [{ __typename: 'AttentionReason', code: 'MISSED_SESSIONS', message: 'Missed 2 planned sessions in the last 2 weeks.' }] },
        readiness: { __typename: 'Readiness', score: null, band: 'UNKNOWN', reason: 'No signal' },
        adherence: [],
        weeklyVolume: [],
        e1rmTrend: [],
        records: [],
      },
    },
  },
};

function server(activate: (operation: SentOperation) => Answer) {
  return (operation: SentOperation): Answer => {
    if (operation.operationName === 'AthleteDetail') return detail;
    if (operation.operationName === 'SetActiveRoutine') return activate(operation);
    throw new Error(`unexpected ${operation.operationName}`);
  };
}

function renderScreen(activate: (operation: SentOperation) => Answer = () => ({ data: null })) {
  return renderWithScriptedServer(
    <MemoryRouter>
      <AthleteScreen athleteId="a-alex" />
    </MemoryRouter>,
    server(activate),
  );
}

describe('AthleteScreen', () => {
  it('shows the plan tree with its targets, the attention reasons and links to edit and create routines', async () => {
    renderScreen();
    await screen.findByRole('heading', { name: 'Alex Kim', level: 1 });
    expect(screen.getByText('Missed 2 planned sessions in the last 2 weeks.')).toBeTruthy();
    const active = screen.getByRole('listitem', { name: 'Upper/Lower' });
    expect(active.textContent).toContain('Cycle 2 (deload) from Mon 16 Nov');
    expect(within(active).getByText('Set 1: 6–8 reps × 100 kg @ RPE 8')).toBeTruthy();
    expect(active.textContent).toContain('double progression +2.5 kg');
    expect(within(active).getByRole('link', { name: 'Edit routine Upper/Lower' }).getAttribute('href')).toBe('/routines/r-new');
    expect(within(active).queryByRole('button', { name: /active/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'New routine' }).getAttribute('href')).toBe('/routines/new?athlete=a-alex');
  });

  it('makes another routine active, and says what to do when that is refused', async () => {
    let answer: Answer = {
      data: {
        setActiveRoutine: {
          __typename: 'SetActiveRoutinePayload',
          routine: { __typename: 'Routine', id: 'r-old', isActive: true, revision: 4, athlete: { __typename: 'Athlete', id: 'a-alex' } },
          deactivatedRoutines: [{ __typename: 'Routine', id: 'r-new', isActive: false, revision: 4 }],
        },
      },
    };
    const { sent } = renderScreen(() => answer);
    const old = await screen.findByRole('listitem', { name: 'Full body' });
    fireEvent.click(within(old).getByRole('button', { name: 'Make Full body active' }));
    await waitFor(() => expect(sent.filter((operation) => operation.operationName === 'SetActiveRoutine')).toHaveLength(1));
    expect(sent.find((operation) => operation.operationName === 'SetActiveRoutine')!.variables).toEqual({ input: { id: 'r-old' } });

    answer = { errors: [{ message: 'No routine', extensions: { code: 'NOT_FOUND' } }] };
    await waitFor(() => expect(within(old).getByRole('button', { name: 'Make Full body active' }).hasAttribute('disabled')).toBe(false));
    fireEvent.click(within(old).getByRole('button', { name: 'Make Full body active' }));
    expect((await within(old).findByRole('alert')).textContent).toBe('This routine is gone or no longer on your roster: reload the page.');
  });
});
