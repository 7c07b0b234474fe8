import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeFragmentData } from '../../gql';
import type { LoggedSetFragment as LoggedSetData, PlannedSetFieldsFragment } from '../../gql/graphql';
import { type Answer, renderWithScriptedServer, type SentOperation } from '../../test/scripted-client';
import { WeightUnitProvider } from '../../lib/units';
import { memoryOutboxStorage } from '../offline/outbox-storage';
import { SetOutbox } from '../offline/set-outbox';
import { SetOutboxContext } from '../offline/use-set-outbox';
import { PlannedSetFields } from './planned-set';
import { LoggedSetFragment, type PrescribedTarget, SetRow } from './set-row';

afterEach(cleanup);

const planned: PlannedSetFieldsFragment = {
  __typename: 'RoutineExerciseSet',
  id: 'planned-1',
  setIndex: 2,
  targetReps: 5,
  targetWeightKg: 100,
  targetRpe: 8,
  targetRir: null,
  isWarmup: false,
  toFailure: false,
  targetRestSeconds: 180,
};

function logSetAnswer(records: unknown[] = []): Answer {
  return {
    data: {
      logSet: {
        __typename: 'LogSetPayload',
        setLog: { __typename: 'ExerciseSetLog', id: 'log-1', plannedSetId: 'planned-1', clientId: 'c', weightKg: 100, reps: 5, rpe: null, isWarmup: false, isDropSet: false, toFailure: false, setIndex: 2, performedAt: '2026-11-23T19:00:00.000Z', exercise: { __typename: 'Exercise', id: 'ex-1', name: 'Bench Press' } },
        progress: { __typename: 'SessionProgress', sessionId: 's-1', status: 'IN_PROGRESS', setsDone: 1, plannedSetsDone: 1, setsPlanned: 3, volumeKg: 500, updatedAt: '2026-11-23T19:00:00.000Z' },
        records,
      },
    },
  };
}

function renderRow(
  answer: (operation: SentOperation) => Answer | Promise<Answer>,
  overrides: { planned?: Partial<PlannedSetFieldsFragment>; logged?: LoggedSetData; prescribed?: PrescribedTarget; droppedToday?: boolean } = {},
) {
  const handlers = { onRecords: vi.fn(), onStale: vi.fn(), onLogged: vi.fn() };
  // A fresh outbox per test; retries wait for the test to flush it.
  const outbox = new SetOutbox({ storage: memoryOutboxStorage(), setTimer: () => () => undefined });
  const view = renderWithScriptedServer(
    <SetOutboxContext value={outbox}>
    <ol>
      <SetRow
        sessionId="s-1"
        exerciseId="ex-1"
        exerciseName="Bench Press"
        plannedSet={makeFragmentData({ ...planned, ...overrides.planned }, PlannedSetFields)}
        prescribed={overrides.prescribed ?? null}
        droppedToday={overrides.droppedToday ?? false}
        logged={overrides.logged ? makeFragmentData(overrides.logged, LoggedSetFragment) : null}
        {...handlers}
      />
    </ol>
    </SetOutboxContext>,
    answer,
  );
  return { ...view, ...handlers, outbox };
}

const weightInput = () => screen.getByRole('textbox', { name: 'Bench Press set 2 weight (kg)' });
const repsInput = () => screen.getByRole('textbox', { name: 'Bench Press set 2 reps' });
const rpeSelect = () => screen.getByRole('combobox', { name: 'Bench Press set 2 RPE (optional)' });
const logButton = () => screen.getByRole('button', { name: 'Log Bench Press set 2' });

describe('SetRow', () => {
  it('is prefilled from the prescription and shows the target', () => {
    renderRow(() => logSetAnswer());
    expect(weightInput()).toHaveProperty('value', '100');
    expect(repsInput()).toHaveProperty('value', '5');
    expect(rpeSelect()).toHaveProperty('value', '');
    expect(screen.getByText('Target 5 reps × 100 kg · RPE 8')).toBeTruthy();
  });

  it("takes today's engine targets over the plan's, with the plates per side, and marks a set the prescription leaves out", () => {
    renderRow(() => logSetAnswer(), { prescribed: { targetWeightKg: 102.5, targetReps: 5, targetRpe: null, amrap: true, platesPerSide: [20, 10, 1.25] } });
    expect(weightInput()).toHaveProperty('value', '102.5');
    expect(repsInput()).toHaveProperty('value', '5');
    expect(screen.getByText('Target 5+ reps × 102.5 kg · per side 20 + 10 + 1.25')).toBeTruthy();
    cleanup();
    renderRow(() => logSetAnswer(), { droppedToday: true });
    expect(screen.getByText('not today')).toBeTruthy();
  });

  it('leaves weight and reps empty when the plan does not set them', () => {
    renderRow(() => logSetAnswer(), { planned: { targetWeightKg: null, targetReps: null, targetRpe: null } });
    expect(weightInput()).toHaveProperty('value', '');
    expect(repsInput()).toHaveProperty('value', '');
    expect(screen.getByText('Target as you feel')).toBeTruthy();
  });

  it('logs the prescription as is when confirmed', async () => {
    const { sent, onLogged, onRecords, onStale } = renderRow(() => logSetAnswer());
    fireEvent.click(logButton());
    await waitFor(() => expect(onLogged).toHaveBeenCalledWith(180));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.operationName).toBe('LogSet');
    expect(sent[0]!.variables.input).toEqual({
      clientId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      sessionId: 's-1',
      exerciseId: 'ex-1',
      plannedSetId: 'planned-1',
      weightKg: 100,
      reps: 5,
      rpe: null,
      isWarmup: false,
      isDropSet: false,
      toFailure: false,
    });
    expect(onRecords).not.toHaveBeenCalled();
    expect(onStale).not.toHaveBeenCalled();
  });

  it('sends the adjusted weight (comma decimals too), reps and RPE', async () => {
    const { sent, onLogged } = renderRow(() => logSetAnswer());
    fireEvent.change(weightInput(), { target: { value: '102,5' } });
    fireEvent.change(repsInput(), { target: { value: '4' } });
    fireEvent.change(rpeSelect(), { target: { value: '9.5' } });
    fireEvent.click(logButton());
    await waitFor(() => expect(onLogged).toHaveBeenCalled());
    expect(sent[0]!.variables.input).toMatchObject({ weightKg: 102.5, reps: 4, rpe: 9.5 });
  });

  it('refuses an unreadable weight or reps before sending, marking the field', () => {
    const { sent } = renderRow(() => logSetAnswer());
    fireEvent.change(weightInput(), { target: { value: 'heavy' } });
    fireEvent.click(logButton());
    expect(screen.getByRole('alert').textContent).toMatch(/Weight must be a number/);
    expect(weightInput().getAttribute('aria-invalid')).toBe('true');
    expect(weightInput().getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);

    fireEvent.change(weightInput(), { target: { value: '100' } });
    fireEvent.change(repsInput(), { target: { value: '5.5' } });
    fireEvent.click(logButton());
    expect(screen.getByRole('alert').textContent).toMatch(/Reps must be a whole number/);
    expect(repsInput().getAttribute('aria-invalid')).toBe('true');
    expect(weightInput().getAttribute('aria-invalid')).toBeNull();
    expect(sent).toHaveLength(0);
  });

  it('disables Log while the set is in flight, and sends it once', async () => {
    let release!: (answer: Answer) => void;
    const { sent, onLogged } = renderRow(() => new Promise<Answer>((resolve) => (release = resolve)));
    fireEvent.click(logButton());
    await waitFor(() => expect(logButton()).toHaveProperty('disabled', true));
    expect(logButton().textContent).toBe('…');
    fireEvent.click(logButton());
    fireEvent.submit(logButton().closest('form')!);
    release(logSetAnswer());
    await waitFor(() => expect(logButton()).toHaveProperty('disabled', false));
    expect(sent).toHaveLength(1);
    expect(onLogged).toHaveBeenCalledTimes(1);
  });

  it('reports new records to the logger and announces them', async () => {
    const records = [{ __typename: 'PersonalRecordHit', kind: 'HEAVIEST_WEIGHT', valueKg: 100, previousKg: 97.5, exercise: { __typename: 'Exercise', id: 'ex-1', name: 'Bench Press' } }];
    const { onRecords } = renderRow(() => logSetAnswer(records));
    fireEvent.click(logButton());
    await waitFor(() => expect(onRecords).toHaveBeenCalledWith(records));
    expect(screen.getByText(/heaviest weight/i).closest('[aria-live="polite"]')).toBeTruthy();
  });

  it('keeps a set logged without network on the device, marked waiting to sync, and resends it with the same clientId', async () => {
    let attempt = 0;
    const { sent, onLogged, onStale, outbox } = renderRow(() => (++attempt === 1 ? new TypeError('Failed to fetch') : logSetAnswer()));
    fireEvent.click(logButton());
    await screen.findByText('waiting to sync');
    expect(screen.getByText('100 kg × 5')).toBeTruthy();
    expect(screen.getByText(/Bench Press set 2 saved on this device, not yet on the server/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Log/ })).toBeNull();
    // The rest starts now: the set is done, only the upload waits.
    expect(onLogged).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();

    await outbox.flush();
    await waitFor(() => expect(outbox.getSnapshot().entries).toEqual([]));
    expect(sent).toHaveLength(2);
    expect((sent[1]!.variables.input as { clientId: string }).clientId).toBe((sent[0]!.variables.input as { clientId: string }).clientId);
    expect(onStale).not.toHaveBeenCalled();
  });

  it('shows a queued set the server refused later with its reason, and brings the form back when discarded', async () => {
    const { outbox } = renderRow(() => ({ errors: [{ message: 'This session is COMPLETED: only a session IN_PROGRESS takes new sets (start it first).', extensions: { code: 'CONFLICT' } }] }));
    outbox.setOnline(false);
    fireEvent.click(logButton());
    await screen.findByText('waiting to sync');
    outbox.setOnline(true);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Not saved: This session is COMPLETED: only a session IN_PROGRESS takes new sets (start it first). Discard it, then log the set again if it still applies.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Discard Bench Press set 2' }));
    await waitFor(() => expect(logButton()).toBeTruthy());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks for a refetch on CONFLICT and marks the field the server blamed', async () => {
    const { onStale } = renderRow(() => ({ errors: [{ message: 'The session is already finished.', extensions: { code: 'CONFLICT' } }] }));
    fireEvent.click(logButton());
    expect((await screen.findByRole('alert')).textContent).toMatch(/already finished/);
    expect(onStale).toHaveBeenCalledTimes(1);

    cleanup();
    const second = renderRow(() => ({ errors: [{ message: 'RPE must be between 1 and 10.', extensions: { code: 'BAD_USER_INPUT', field: 'input.rpe' } }] }));
    fireEvent.click(logButton());
    await screen.findByRole('alert');
    expect(rpeSelect().getAttribute('aria-invalid')).toBe('true');
    expect(weightInput().getAttribute('aria-invalid')).toBeNull();
    expect(second.onStale).not.toHaveBeenCalled();
  });

  it('shows what was logged instead of the form', () => {
    renderRow(() => logSetAnswer(), {
      logged: { __typename: 'ExerciseSetLog', id: 'log-1', clientId: 'c', plannedSetId: 'planned-1', weightKg: 97.5, reps: 6, rpe: 8.5, isWarmup: false, isDropSet: false, toFailure: false, setIndex: 2, performedAt: '2026-11-23T19:00:00.000Z', exercise: { __typename: 'Exercise', id: 'ex-1', name: 'Bench Press' } },
    });
    expect(screen.queryByRole('button', { name: /Log/ })).toBeNull();
    expect(screen.getByText('97.5 kg × 6')).toBeTruthy();
    expect(screen.getByText('· RPE 8.5')).toBeTruthy();
    expect(screen.getByText(/Bench Press set 2 logged/)).toBeTruthy();
  });

  it('marks the set type with large labelled controls and sends it: a drop set taken to failure', async () => {
    const { sent } = renderRow(() => logSetAnswer());
    const type = screen.getByRole('group', { name: 'Bench Press set 2 type' });
    expect((screen.getByRole('radio', { name: 'Working' }) as HTMLInputElement).checked).toBe(true);
    expect(type.textContent).toContain('Warm-up');
    fireEvent.click(screen.getByRole('radio', { name: 'Drop set' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'To failure' }));
    fireEvent.click(logButton());
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.variables.input).toMatchObject({ isWarmup: false, isDropSet: true, toFailure: true });
  });

  it('starts a planned warm-up as a warm-up, and a warm-up can be switched to working', async () => {
    const { sent } = renderRow(() => logSetAnswer(), { planned: { isWarmup: true } });
    expect((screen.getByRole('radio', { name: 'Warm-up' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(logButton());
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.variables.input).toMatchObject({ isWarmup: true, isDropSet: false });
  });

  it('shows what was done last time for this set', () => {
    renderWithScriptedServer(
      <ol>
        <SetRow sessionId="s-1" exerciseId="ex-1" exerciseName="Bench Press" plannedSet={makeFragmentData(planned, PlannedSetFields)} previous={{ weightKg: 97.5, reps: 5, isWarmup: false, isDropSet: true, toFailure: true }} logged={null} onRecords={vi.fn()} onStale={vi.fn()} />
      </ol>,
      () => logSetAnswer(),
    );
    expect(screen.getByText('Last time 97.5 kg × 5 · drop · to failure')).toBeTruthy();
  });

  it('shows and takes weights in pounds for an imperial athlete, sending kg', async () => {
    const { sent } = renderWithScriptedServer(
      <WeightUnitProvider unit="lb">
        <ol>
          <SetRow sessionId="s-1" exerciseId="ex-1" exerciseName="Bench Press" plannedSet={makeFragmentData(planned, PlannedSetFields)} previous={{ weightKg: 90, reps: 5, isWarmup: false, isDropSet: false, toFailure: false }} logged={null} onRecords={vi.fn()} onStale={vi.fn()} />
        </ol>
      </WeightUnitProvider>,
      () => logSetAnswer(),
    );
    const weight = screen.getByRole('textbox', { name: 'Bench Press set 2 weight (lb)' });
    expect(weight).toHaveProperty('value', '220.5');
    expect(screen.getByText('Target 5 reps × 220.5 lb · RPE 8')).toBeTruthy();
    expect(screen.getByText('Last time 198.4 lb × 5')).toBeTruthy();
    fireEvent.change(weight, { target: { value: '225' } });
    fireEvent.click(logButton());
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.variables.input).toMatchObject({ weightKg: 102.058 });
  });

  it('logs an added set without a planned set, under the client id it was given', async () => {
    const { sent } = renderWithScriptedServer(
      <ol>
        <SetRow sessionId="s-1" exerciseId="ex-9" exerciseName="Barbell Curl" plannedSet={null} number={1} clientId="11111111-2222-4333-8444-555555555555" initial={{ weightKg: 30, reps: 10 }} logged={null} onRecords={vi.fn()} onStale={vi.fn()} />
      </ol>,
      () => logSetAnswer(),
    );
    expect(screen.getByText('added')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Barbell Curl set 1 weight (kg)' })).toHaveProperty('value', '30');
    fireEvent.click(screen.getByRole('button', { name: 'Log Barbell Curl set 1' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.variables.input).toMatchObject({ clientId: '11111111-2222-4333-8444-555555555555', exerciseId: 'ex-9', plannedSetId: null, weightKg: 30, reps: 10 });
  });

  it('for a swapped exercise, keeps the planned set but not its load, which belongs to the planned exercise', async () => {
    const { sent } = renderWithScriptedServer(
      <ol>
        <SetRow sessionId="s-1" exerciseId="ex-db" exerciseName="Dumbbell Bench Press" plannedSet={makeFragmentData(planned, PlannedSetFields)} substituteFor="Bench Press" initial={{ weightKg: 32 }} prescribed={null} logged={null} onRecords={vi.fn()} onStale={vi.fn()} />
      </ol>,
      () => logSetAnswer(),
    );
    expect(screen.getByText('Planned for Bench Press: 5 reps')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Dumbbell Bench Press set 2 weight (kg)' })).toHaveProperty('value', '32');
    fireEvent.click(screen.getByRole('button', { name: 'Log Dumbbell Bench Press set 2' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.variables.input).toMatchObject({ exerciseId: 'ex-db', plannedSetId: 'planned-1', weightKg: 32, reps: 5 });
  });

  it('shows a logged drop set and failure set as such', () => {
    renderRow(() => logSetAnswer(), {
      logged: { __typename: 'ExerciseSetLog', id: 'log-1', clientId: 'c', plannedSetId: 'planned-1', weightKg: 70, reps: 8, rpe: null, isWarmup: false, isDropSet: true, toFailure: true, setIndex: 2, performedAt: '2026-11-23T19:00:00.000Z', exercise: { __typename: 'Exercise', id: 'ex-1', name: 'Bench Press' } },
    });
    expect(screen.getByText('drop set')).toBeTruthy();
    expect(screen.getByText('to failure')).toBeTruthy();
  });
});
