import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WeightUnitProvider } from '../../lib/units';
import { type Answer, renderWithScriptedServer } from '../../test/scripted-client';
import { RoutineEditor } from './routine-editor';
import { draftFromRoutine, emptyDraft, newExercise, type RoutineDraft } from './routine-draft';

afterEach(cleanup);

const bench = { id: 'ex-bench', name: 'Barbell Bench Press' };

function draftWithBench(): RoutineDraft {
  const draft = emptyDraft();
  draft.name = 'Push day';
  draft.days[0]!.exercises.push(newExercise(bench));
  return draft;
}

const input = (name: string) => screen.getByLabelText(name) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.change(input(name), { target: { value } });

function fillBench(reps = '5', weight = '100') {
  for (const set of [1, 2, 3]) {
    type(`Day 1 Barbell Bench Press set ${set} reps`, reps);
    type(`Day 1 Barbell Bench Press set ${set} weight (kg)`, weight);
  }
}

const created: Answer = { data: { createRoutine: { __typename: 'CreateRoutinePayload', routine: { __typename: 'Routine', id: 'r-1', name: 'Push day', revision: 1, isActive: true, athlete: { __typename: 'Athlete', id: 'a-1' } } } } };

describe('RoutineEditor validation', () => {
  it('refuses a nameless routine, a day without exercises and out-of-range targets at their inputs, sending nothing', async () => {
    const draft = emptyDraft();
    const { sent } = renderWithScriptedServer(<RoutineEditor athleteId="a-1" athleteName={null} routine={null} initial={draft} />, () => created);
    fireEvent.click(screen.getByRole('button', { name: 'Create routine' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Check the 2 marked fields');
    expect(input('Name').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input('Name').getAttribute('aria-describedby')!)!.textContent).toBe('Give the routine a name.');
    expect(screen.getByText('Day 1: add an exercise from the catalog, or mark it as a rest day.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(input('Name')));
    expect(sent).toHaveLength(0);
  });

  it('checks reps (number or range), RPE halves, RIR and weight, and the rule a style needs', async () => {
    const { sent } = renderWithScriptedServer(<RoutineEditor athleteId="a-1" athleteName={null} routine={null} initial={draftWithBench()} />, () => created);
    fillBench();
    type('Day 1 Barbell Bench Press set 1 reps', '12-8');
    type('Day 1 Barbell Bench Press set 2 RPE', '7.3');
    type('Day 1 Barbell Bench Press set 3 RIR', 'x');
    type('Day 1 Barbell Bench Press set 3 weight (kg)', '1200');
    fireEvent.change(screen.getByLabelText('Day 1 Barbell Bench Press progression'), { target: { value: 'DOUBLE_PROGRESSION' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create routine' }));
    await screen.findByRole('alert');
    for (const name of [
      'Day 1 Barbell Bench Press set 1 reps',
      'Day 1 Barbell Bench Press set 2 RPE',
      'Day 1 Barbell Bench Press set 3 RIR',
      'Day 1 Barbell Bench Press set 3 weight (kg)',
      'Day 1 Barbell Bench Press rep range from',
      'Day 1 Barbell Bench Press rep range to',
    ]) {
      expect(input(name).getAttribute('aria-invalid'), name).toBe('true');
    }
    expect(input('Day 1 Barbell Bench Press set 2 reps').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByText('Day 1, Barbell Bench Press, set 1: the top of the rep range must be at least its bottom.')).toBeTruthy();
    expect(screen.getByText('Day 1, Barbell Bench Press, set 2: RPE is 1 to 10 in halves, e.g. 7.5.')).toBeTruthy();
    expect(sent).toHaveLength(0);
  });

  it('sends the whole tree in kg (typed in lb), with rep ranges and the rule, once the inputs are valid', async () => {
    const { sent } = renderWithScriptedServer(
      <WeightUnitProvider unit="lb">
        <RoutineEditor athleteId="a-1" athleteName={null} routine={null} initial={draftWithBench()} />
      </WeightUnitProvider>,
      () => created,
    );
    for (const set of [1, 2, 3]) {
      type(`Day 1 Barbell Bench Press set ${set} reps`, '8-12');
      type(`Day 1 Barbell Bench Press set ${set} weight (lb)`, '225');
    }
    type('Day 1 Barbell Bench Press set 3 RPE', '8.5');
    fireEvent.click(screen.getByLabelText('Day 1 Barbell Bench Press set 1 is a warm-up'));
    fireEvent.change(screen.getByLabelText('Day 1 Barbell Bench Press progression'), { target: { value: 'DOUBLE_PROGRESSION' } });
    type('Day 1 Barbell Bench Press rep range from', '8');
    type('Day 1 Barbell Bench Press rep range to', '12');
    fireEvent.click(screen.getByRole('button', { name: 'Create routine' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    const sentInput = sent[0]!.variables.input as { name: string; days: { exercises: { progressionRule: unknown; sets: Record<string, unknown>[] }[] }[] };
    expect(sent[0]!.operationName).toBe('CreateRoutine');
    expect(sentInput.name).toBe('Push day');
    const [slot] = sentInput.days[0]!.exercises;
    expect(slot!.progressionRule).toEqual({ style: 'DOUBLE_PROGRESSION', incrementKg: 2.27, repRangeMin: 8, repRangeMax: 12, waveLength: null, deloadEveryNCycles: null, deloadPct: 60 });
    expect(slot!.sets[0]).toMatchObject({ isWarmup: true, targetReps: null, targetRepsMin: 8, targetRepsMax: 12, targetWeightKg: 102.06, targetRpe: null });
    expect(slot!.sets[2]).toMatchObject({ isWarmup: false, targetWeightKg: 102.06, targetRpe: 8.5 });
  });

  it('puts a server field error (extensions.field) on the input it names', async () => {
    renderWithScriptedServer(<RoutineEditor athleteId="a-1" athleteName={null} routine={null} initial={draftWithBench()} />, () => ({
      errors: [{ message: 'targetRepsMax must be at least targetRepsMin', extensions: { code: 'BAD_USER_INPUT', field: 'days.0.exercises.0.sets.1.targetRepsMax' } }],
    }));
    fillBench();
    fireEvent.click(screen.getByRole('button', { name: 'Create routine' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('targetRepsMax must be at least targetRepsMin');
    await waitFor(() => expect(input('Day 1 Barbell Bench Press set 2 reps').getAttribute('aria-invalid')).toBe('true'));
    expect(input('Day 1 Barbell Bench Press set 1 reps').getAttribute('aria-invalid')).toBeNull();
  });
});

describe('RoutineEditor catalog search', () => {
  it('searches the catalog as the person types, adds the pick to the day and puts the cursor on its first reps', async () => {
    const { sent } = renderWithScriptedServer(<RoutineEditor athleteId="a-1" athleteName={null} routine={null} initial={emptyDraft()} />, (operation) => ({
      data: {
        exercises: {
          __typename: 'ExerciseConnection',
          edges: operation.variables.search === 'bench'
            ? [{ __typename: 'ExerciseEdge', node: { __typename: 'Exercise', id: 'ex-bench', name: 'Barbell Bench Press', equipment: 'BARBELL', primaryMuscle: 'CHEST' } }]
            : [],
        },
      },
    }));
    fireEvent.click(screen.getByRole('button', { name: 'Add exercise to Day 1' }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search exercises for Day 1' }), { target: { value: 'bench' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Add Barbell Bench Press to Day 1' }));
    expect(sent.filter((operation) => operation.operationName === 'RoutineExerciseSearch').at(-1)!.variables).toEqual({ search: 'bench' });
    expect(screen.getByRole('heading', { name: 'Barbell Bench Press' })).toBeTruthy();
    expect(screen.queryByRole('searchbox')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(input('Day 1 Barbell Bench Press set 1 reps')));
  });
});

describe('RoutineEditor edits a stored routine', () => {
  const stored = {
    name: 'Upper / Lower',
    description: null,
    days: [
      {
        id: 'd-1',
        dayIndex: 1,
        title: 'Upper A',
        isRest: false,
        notes: null,
        exercises: [
          {
            id: 'x-1',
            position: 1,
            section: 'MAIN' as const,
            supersetGroup: null,
            notes: null,
            exercise: { id: 'ex-bench', name: 'Barbell Bench Press', equipment: 'BARBELL' as const },
            progressionRule: null,
            sets: [
              {
                id: 's-1', setIndex: 1, isWarmup: false, toFailure: false, targetReps: 5, targetRepsMin: null, targetRepsMax: null, targetWeightKg: 80, targetPct1rm: null,
                targetRir: null, targetRpe: 8, targetTempo: '3010', targetRestSeconds: 180, targetDurationSeconds: null, targetDistanceMeters: null, notes: 'Pause',
              },
            ],
          },
        ],
      },
    ],
  };

  it('sends the revision it read, keeps targets it does not show, and sends an untouched lb weight back exactly', async () => {
    const { sent } = renderWithScriptedServer(
      <WeightUnitProvider unit="lb">
        <RoutineEditor athleteId="a-1" athleteName="Sam Rivera" routine={{ id: 'r-1', revision: 3, archived: false, nextDayIndex: 1 }} initial={draftFromRoutine(stored, 'lb')} />
      </WeightUnitProvider>,
      () => ({ data: { updateRoutine: { __typename: 'UpdateRoutinePayload', routine: { __typename: 'Routine', id: 'r-1', name: 'Upper / Lower', description: null, revision: 4, athlete: { __typename: 'Athlete', id: 'a-1' }, days: [] } } } }),
    );
    expect(screen.getByText('Routine for Sam Rivera')).toBeTruthy();
    expect(screen.getByText('Next up')).toBeTruthy();
    expect(input('Day 1 Barbell Bench Press set 1 weight (lb)').value).toBe('176.4');
    type('Day 1 Barbell Bench Press set 1 reps', '4');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved (revision 4).'));
    const sentInput = sent[0]!.variables.input as { id: string; revision: number; days: { exercises: { sets: Record<string, unknown>[] }[] }[] };
    expect(sentInput).toMatchObject({ id: 'r-1', revision: 3 });
    expect(sentInput.days[0]!.exercises[0]!.sets[0]).toMatchObject({ targetReps: 4, targetWeightKg: 80, targetRpe: 8, targetTempo: '3010', targetRestSeconds: 180, notes: 'Pause' });
  });

  it('opens on the day the athlete does next, folds the others, and unfolds a day a server error is about', async () => {
    const twoDays = { ...stored, days: [stored.days[0]!, { ...stored.days[0]!, id: 'd-2', dayIndex: 2, title: 'Lower A' }] };
    renderWithScriptedServer(
      <RoutineEditor athleteId="a-1" athleteName={null} routine={{ id: 'r-1', revision: 3, archived: false, nextDayIndex: 2 }} initial={draftFromRoutine(twoDays, 'kg')} />,
      () => ({ errors: [{ message: 'targetRpe must be between 1 and 10', extensions: { code: 'BAD_USER_INPUT', field: 'days.0.exercises.0.sets.0.targetRpe' } }] }),
    );
    expect(screen.queryByLabelText('Day 1 Barbell Bench Press set 1 reps')).toBeNull();
    expect(screen.getByText('1 exercise · 1 set: Barbell Bench Press')).toBeTruthy();
    expect(input('Day 2 Barbell Bench Press set 1 reps').value).toBe('5');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('alert');
    await waitFor(() => expect(input('Day 1 Barbell Bench Press set 1 RPE').getAttribute('aria-invalid')).toBe('true'));
  });

  it('answers a revision CONFLICT with what happened and a way to reload', async () => {
    let reloaded = 0;
    renderWithScriptedServer(
      <RoutineEditor athleteId="a-1" athleteName={null} routine={{ id: 'r-1', revision: 3, archived: false, nextDayIndex: null }} initial={draftFromRoutine(stored, 'kg')} onReload={() => (reloaded += 1)} />,
      () => ({ errors: [{ message: 'revision: this routine changed since you read it', extensions: { code: 'CONFLICT', field: 'revision' } }] }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('was changed somewhere else');
    fireEvent.click(screen.getByRole('button', { name: 'Reload latest version' }));
    expect(reloaded).toBe(1);
  });
});
