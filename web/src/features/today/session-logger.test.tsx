import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeFragmentData } from '../../gql';
import { type Answer, renderWithScriptedServer, type SentOperation } from '../../test/scripted-client';
import { SessionLogger, SessionLoggerFragment } from './session-logger';
import { SessionSummary, type SessionSummaryData } from './session-summary';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const plannedSet = (id: string, setIndex: number, targetRestSeconds: number | null) => ({
  __typename: 'RoutineExerciseSet',
  id,
  setIndex,
  targetReps: 5,
  targetWeightKg: 60,
  targetRpe: null,
  targetRir: null,
  isWarmup: false,
  toFailure: false,
  targetRestSeconds,
});

const progress = { __typename: 'SessionProgress', sessionId: 's-1', status: 'IN_PROGRESS', setsDone: 0, plannedSetsDone: 0, setsPlanned: 2, volumeKg: 0, updatedAt: '2026-11-23T19:00:00.000Z' };

const squat = {
  __typename: 'Exercise',
  id: 'ex-1',
  name: 'Back Squat',
  lastTime: {
    __typename: 'ExerciseLastTime',
    workoutDate: '2026-11-19',
    sets: [
      { __typename: 'ExerciseSetLog', id: 'old-1', setIndex: 1, weightKg: 57.5, reps: 5, isWarmup: false, isDropSet: false, toFailure: false },
      { __typename: 'ExerciseSetLog', id: 'old-2', setIndex: 2, weightKg: 45, reps: 8, isWarmup: false, isDropSet: true, toFailure: false },
    ],
  },
};

// Nested fragments are plain data at run time; the generated types only mask them.
const sessionData = {
    __typename: 'WorkoutSession',
    id: 's-1',
    status: 'IN_PROGRESS',
    workoutDate: '2026-11-23',
    startedAt: '2026-11-23T18:55:00.000Z',
    athlete: { __typename: 'Athlete', id: 'a-1' },
    routineDay: {
      __typename: 'RoutineDay',
      id: 'd-1',
      title: 'Lower A',
      dayIndex: 1,
      exercises: [
        {
          __typename: 'RoutineDayExercise',
          id: 'slot-1',
          position: 1,
          notes: null,
          supersetGroup: null,
          exercise: squat,
          sets: [plannedSet('p-1', 1, 150), plannedSet('p-2', 2, null)],
        },
      ],
    },
    setLogs: [],
    prescription: null,
    progress,
};
const session = makeFragmentData(sessionData as never, SessionLoggerFragment);

const logSetAnswer: Answer = {
  data: {
    logSet: {
      __typename: 'LogSetPayload',
      setLog: { __typename: 'ExerciseSetLog', id: 'log-1', plannedSetId: 'p-1', clientId: 'c', weightKg: 60, reps: 5, rpe: null, isWarmup: false, isDropSet: false, toFailure: false, setIndex: 1, performedAt: '2026-11-23T19:00:00.000Z', exercise: { __typename: 'Exercise', id: 'ex-1', name: 'Back Squat' } },
      progress: { ...progress, setsDone: 1, plannedSetsDone: 1 },
      records: [],
    },
  },
};

describe('SessionLogger rest timer', () => {
  it('starts with the planned rest after a set is logged, the default without one, and restarts per set', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined); // no exchange handles the live subscription here
    renderWithScriptedServer(<SessionLogger session={session} onFinished={() => undefined} onStale={() => undefined} />, () => logSetAnswer);
    expect(screen.queryByRole('region', { name: 'Rest timer' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Log Back Squat set 1' }));
    await waitFor(() => expect(screen.getByRole('timer', { name: 'Rest remaining' }).textContent).toBe('2:30'));

    fireEvent.click(screen.getByRole('button', { name: 'Log Back Squat set 2' }));
    await waitFor(() => expect(screen.getByRole('timer', { name: 'Rest remaining' }).textContent).toBe('2:00'));
    expect(screen.getAllByRole('timer')).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Skip rest' }));
    expect(screen.queryByRole('region', { name: 'Rest timer' })).toBeNull();
  });
});

const curl = { __typename: 'Exercise', id: 'ex-curl', name: 'Barbell Curl', lastTime: null };
const gobletSquat = { __typename: 'Exercise', id: 'ex-goblet', name: 'Goblet Squat', lastTime: null };

/** The scripted server: logSet echoes what it was sent; the substitutes and search answer fixed lists. */
function server(operation: SentOperation): Answer {
  if (operation.operationName === 'LoggerSubstitutes') {
    return {
      data: {
        node: {
          __typename: 'Exercise',
          id: 'ex-1',
          substitutes: {
            __typename: 'ExerciseSubstitutes',
            assumedFullGym: false,
            substitutes: [{ __typename: 'ExerciseSubstitute', score: 90, reasons: ['Same substitution group', 'Same movement pattern'], exercise: gobletSquat }],
          },
        },
      },
    };
  }
  if (operation.operationName === 'ExerciseSearch') {
    return { data: { exercises: { __typename: 'ExerciseConnection', edges: [{ __typename: 'ExerciseEdge', node: { ...curl, primaryMuscle: 'BICEPS', equipment: 'BARBELL' } }] } } };
  }
  const input = operation.variables.input as Record<string, unknown>;
  return {
    data: {
      logSet: {
        __typename: 'LogSetPayload',
        setLog: { __typename: 'ExerciseSetLog', id: `log-${String(input.clientId)}`, plannedSetId: input.plannedSetId ?? null, clientId: input.clientId, weightKg: input.weightKg, reps: input.reps, rpe: null, isWarmup: input.isWarmup, isDropSet: input.isDropSet, toFailure: input.toFailure, setIndex: 1, performedAt: '2026-11-23T19:00:00.000Z', exercise: { __typename: 'Exercise', id: input.exerciseId, name: 'x' } },
        progress: { ...progress, setsDone: 1, plannedSetsDone: 1 },
        records: [],
      },
    },
  };
}

function renderLogger(data: Record<string, unknown> = sessionData) {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined); // no exchange handles the live subscription here
  return renderWithScriptedServer(<SessionLogger session={makeFragmentData(data as never, SessionLoggerFragment)} onFinished={() => undefined} onStale={() => undefined} />, server);
}

describe('SessionLogger', () => {
  it('shows what was done last time, for the exercise and beside each set', () => {
    renderLogger();
    expect(screen.getByText('Last time (2026-11-19): 57.5 kg × 5, 45 kg × 8 · drop')).toBeTruthy();
    expect(screen.getByText('Last time 57.5 kg × 5')).toBeTruthy();
    expect(screen.getByText('Last time 45 kg × 8 · drop')).toBeTruthy();
  });

  it('groups a superset visibly and for screen readers', () => {
    const day = sessionData.routineDay;
    const slot = day.exercises[0]!;
    renderLogger({
      ...sessionData,
      routineDay: {
        ...day,
        exercises: [
          { ...slot, supersetGroup: 1 },
          { ...slot, id: 'slot-2', position: 2, supersetGroup: 1, exercise: { ...curl }, sets: [plannedSet('p-3', 1, 60)] },
          { ...slot, id: 'slot-3', position: 3, supersetGroup: null, exercise: { ...gobletSquat }, sets: [plannedSet('p-4', 1, 60)] },
        ],
      },
    });
    const superset = screen.getByRole('group', { name: 'Superset A: Back Squat, Barbell Curl' });
    expect(superset.textContent).toContain('Back Squat');
    expect(superset.textContent).toContain('Barbell Curl');
    expect(superset.textContent).not.toContain('Goblet Squat');
  });

  it('swaps an exercise for one of the engine’s substitutes: its sets log against the planned sets', async () => {
    const { sent } = renderLogger();
    fireEvent.click(screen.getByRole('button', { name: 'Swap Back Squat' }));
    const choice = await screen.findByRole('button', { name: /Goblet Squat/ });
    expect(choice.textContent).toContain('Same substitution group · Same movement pattern');
    expect(sent.find((operation) => operation.operationName === 'LoggerSubstitutes')!.variables).toEqual({ exerciseId: 'ex-1', athleteId: 'a-1' });
    fireEvent.click(choice);
    expect(screen.getByText('Swap for Back Squat')).toBeTruthy();
    // The plan's load is the back squat's: a substitute without history starts empty.
    const weight = screen.getByRole('textbox', { name: 'Goblet Squat set 1 weight (kg)' });
    expect(weight).toHaveProperty('value', '');
    fireEvent.change(weight, { target: { value: '24' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log Goblet Squat set 1' }));
    await waitFor(() => expect(sent.filter((operation) => operation.operationName === 'LogSet')).toHaveLength(1));
    expect(sent.find((operation) => operation.operationName === 'LogSet')!.variables.input).toMatchObject({ exerciseId: 'ex-goblet', plannedSetId: 'p-1', weightKg: 24, reps: 5 });
    fireEvent.click(screen.getByRole('button', { name: 'Back to Back Squat' }));
    expect(screen.getByRole('button', { name: 'Log Back Squat set 2' })).toBeTruthy();
  });

  it('adds an exercise from the catalog; its sets log without a planned set, and more sets can be added', async () => {
    const { sent } = renderLogger();
    fireEvent.click(screen.getByRole('button', { name: '+ Add an exercise' }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search the catalog' }), { target: { value: 'curl' } });
    fireEvent.click(await screen.findByRole('button', { name: /Barbell Curl/ }));
    expect(sent.find((operation) => operation.operationName === 'ExerciseSearch')!.variables).toEqual({ search: 'curl' });
    expect(screen.getByRole('heading', { name: 'Barbell Curl' })).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Barbell Curl set 1 weight (kg)' }), { target: { value: '30' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Barbell Curl set 1 reps' }), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log Barbell Curl set 1' }));
    await waitFor(() => expect(sent.filter((operation) => operation.operationName === 'LogSet')).toHaveLength(1));
    expect(sent.find((operation) => operation.operationName === 'LogSet')!.variables.input).toMatchObject({ exerciseId: 'ex-curl', plannedSetId: null, weightKg: 30, reps: 12 });

    // A drop set after the planned squats: an added row of the planned exercise, marked as a drop.
    fireEvent.click(screen.getByRole('button', { name: 'Add set to Back Squat' }));
    fireEvent.click(screen.getByRole('group', { name: 'Back Squat set 3 type' }).querySelector('input[value="DROP"]')!);
    fireEvent.click(screen.getByRole('button', { name: 'Log Back Squat set 3' }));
    await waitFor(() => expect(sent.filter((operation) => operation.operationName === 'LogSet')).toHaveLength(2));
    expect(sent.filter((operation) => operation.operationName === 'LogSet')[1]!.variables.input).toMatchObject({ exerciseId: 'ex-1', plannedSetId: null, isDropSet: true });
  });
});

describe('SessionSummary', () => {
  const summary: SessionSummaryData = {
    title: 'Lower A',
    status: 'PARTIAL',
    setsDone: 5,
    plannedSetsDone: 5,
    setsPlanned: 6,
    volumeKg: 2450,
    records: [{ exerciseName: 'Back Squat', kind: 'HEAVIEST_WEIGHT', valueKg: 140 }],
    nextTime: [
      {
        __typename: 'ExerciseNextTime',
        exercise: { __typename: 'Exercise', id: 'ex-1', name: 'Back Squat' },
        isDeload: false,
        targets: [1, 2, 3].map((setIndex) => ({ __typename: 'NextTimeTarget', setIndex, weightKg: 142.5, reps: 5, amrap: false, rpe: null })),
        reasons: [
          { __typename: 'PrescriptionReason', code: 'PROGRESSION_CONTINUES', message: 'Continues from last time.', setIndex: null },
          { __typename: 'PrescriptionReason', code: 'LINEAR_INCREMENT', message: 'Every set hit its reps: +2.5 kg.', setIndex: null },
        ],
      },
    ],
  };

  it('shows volume, sets, the records and what changes next time', () => {
    renderWithScriptedServer(<SessionSummary summary={summary} onDone={() => undefined} />, () => ({ data: {} }));
    expect(screen.getByRole('heading', { name: 'Session saved' })).toBeTruthy();
    expect(screen.getByText('5 / 6 sets')).toBeTruthy();
    expect(screen.getByText('2,450 kg')).toBeTruthy();
    expect(screen.getByText('Back Squat: heaviest weight 140 kg')).toBeTruthy();
    const next = screen.getByRole('region', { name: 'What changes next time' });
    expect(next.textContent).toContain('Back Squat: 3 × 5 × 142.5 kg');
    expect(next.textContent).toContain('Every set hit its reps: +2.5 kg.');
    expect(next.textContent).not.toContain('Continues from last time.');
  });
});
