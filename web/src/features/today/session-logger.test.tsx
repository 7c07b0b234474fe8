import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeFragmentData } from '../../gql';
import { type Answer, renderWithScriptedServer } from '../../test/scripted-client';
import { SessionLogger, SessionLoggerFragment } from './session-logger';

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

const progress = { __typename: 'SessionProgress', sessionId: 's-1', status: 'IN_PROGRESS', setsDone: 0, setsPlanned: 2, volumeKg: 0, updatedAt: '2026-11-23T19:00:00.000Z' };

// Nested fragments are plain data at run time; the generated types only mask them.
const session = makeFragmentData(
  {
    __typename: 'WorkoutSession',
    id: 's-1',
    status: 'IN_PROGRESS',
    workoutDate: '2026-11-23',
    startedAt: '2026-11-23T18:55:00.000Z',
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
          exercise: { __typename: 'Exercise', id: 'ex-1', name: 'Back Squat' },
          sets: [plannedSet('p-1', 1, 150), plannedSet('p-2', 2, null)],
        },
      ],
    },
    setLogs: [],
    progress,
  } as never,
  SessionLoggerFragment,
);

const logSetAnswer: Answer = {
  data: {
    logSet: {
      __typename: 'LogSetPayload',
      setLog: { __typename: 'ExerciseSetLog', id: 'log-1', plannedSetId: 'p-1', clientId: 'c', weightKg: 60, reps: 5, rpe: null, isWarmup: false, setIndex: 1, performedAt: '2026-11-23T19:00:00.000Z', exercise: { __typename: 'Exercise', id: 'ex-1' } },
      progress: { ...progress, setsDone: 1 },
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
