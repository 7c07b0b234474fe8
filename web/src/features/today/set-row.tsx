import { useId, useState, type FormEvent } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { LogSetMutation } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { formatKg, formatRpe } from '../../lib/format';
import { newUuid } from '../../lib/uuid';
import { useOfflineLogSet, usePendingSet, useSetOutbox } from '../offline/use-set-outbox';
import { describeTarget, PlannedSetFields } from './planned-set';
import { RecordCelebration } from './record-celebration';

export const LoggedSetFragment = graphql(`
  fragment LoggedSet on ExerciseSetLog {
    id
    clientId
    plannedSetId
    weightKg
    reps
    rpe
    isWarmup
    setIndex
    performedAt
    exercise {
      id
    }
  }
`);

export type PersonalRecords = LogSetMutation['logSet']['records'];

type Field = 'weight' | 'reps' | 'rpe';
interface RowError {
  field: Field | null;
  message: string;
}

/** RPE 6–10 in half points; below 6 the scale says little. */
const RPE_OPTIONS = [6, 6.5, 7, 7.5, 8, 8.5, 9, 9.5, 10];

interface SetRowProps {
  sessionId: string;
  exerciseId: string;
  exerciseName: string;
  plannedSet: FragmentType<typeof PlannedSetFields>;
  /**
   * Today's targets from the engine's prescription (progression, readiness, deload, rounded to the
   * athlete's plates); without one the plan's own targets apply. `null` targets come from the plan.
   */
  prescribed?: PrescribedTarget | null;
  /** The prescription leaves this set out today (a deload or a poor readiness day): it can still be logged. */
  droppedToday?: boolean;
  logged: FragmentType<typeof LoggedSetFragment> | null;
  /** A logged set set personal records (counted for the summary). */
  onRecords(records: PersonalRecords): void;
  /** The server accepted the set: the rest before the next one starts now (planned seconds, if any). */
  onLogged?(plannedRestSeconds: number | null): void;
  /** The server's view differs from ours (a CONFLICT or NOT_FOUND): refetch the session. */
  onStale(): void;
}

export interface PrescribedTarget {
  targetWeightKg: number | null;
  targetReps: number | null;
  targetRpe: number | null;
  amrap: boolean;
  platesPerSide: readonly number[] | null;
}

/** "5+ reps × 102.5 kg · RPE 8 · per side 20 + 10 + 1.25". */
function describePrescribed(target: PrescribedTarget): string {
  const reps = target.targetReps != null ? `${target.targetReps}${target.amrap ? '+' : ''} reps` : null;
  const load = target.targetWeightKg != null ? (target.targetWeightKg === 0 ? 'bodyweight' : formatKg(target.targetWeightKg)) : null;
  const parts = [[reps, load].filter(Boolean).join(' × ')];
  if (target.targetRpe != null) parts.push(formatRpe(target.targetRpe));
  if (target.platesPerSide && target.platesPerSide.length > 0) parts.push(`per side ${target.platesPerSide.join(' + ')}`);
  return parts.filter(Boolean).join(' · ') || 'as you feel';
}

function parseWeight(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normalised)) return null;
  const kg = Number(normalised);
  return kg >= 0 && kg <= 1000 ? kg : null;
}

function parseReps(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const reps = Number(trimmed);
  return reps <= 1000 ? reps : null;
}

function fieldOf(serverField: string | undefined): Field | null {
  if (serverField?.endsWith('weightKg')) return 'weight';
  if (serverField?.endsWith('reps')) return 'reps';
  if (serverField?.endsWith('rpe')) return 'rpe';
  return null;
}

/** One planned set: prefilled inputs and a Log button, or what was logged. */
export function SetRow({ sessionId, exerciseId, exerciseName, plannedSet: plannedRef, prescribed, droppedToday, logged: loggedRef, onRecords, onLogged, onStale }: SetRowProps) {
  const planned = getFragmentData(PlannedSetFields, plannedRef);
  const logged = getFragmentData(LoggedSetFragment, loggedRef);
  const name = `${exerciseName} set ${planned.setIndex}`;
  const targetKg = prescribed?.targetWeightKg ?? planned.targetWeightKg;
  const targetReps = prescribed?.targetReps ?? planned.targetReps;
  const [weight, setWeight] = useState(targetKg != null ? String(targetKg) : '');
  const [reps, setReps] = useState(targetReps != null ? String(targetReps) : '');
  const [rpe, setRpe] = useState('');
  // One id per planned set, kept across retries: if a "failed" request did reach the server,
  // resending it returns the same set instead of logging it twice.
  const [clientId] = useState(newUuid);
  const [error, setError] = useState<RowError | null>(null);
  const [records, setRecords] = useState<PersonalRecords>([]);
  // Through the device's outbox: with no network the set waits on the phone and is sent later.
  const [{ fetching }, logSet] = useOfflineLogSet();
  // While this row's own first attempt is out, the form shows it ("…"); after that a set still
  // on the device shows as waiting to sync.
  const queued = usePendingSet(sessionId, planned.id);
  const pending = fetching ? null : queued;
  const outbox = useSetOutbox();
  const errorId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const weightKg = parseWeight(weight);
    const repCount = parseReps(reps);
    if (weightKg === null) {
      setError({ field: 'weight', message: 'Weight must be a number from 0 to 1000 kg (0 for bodyweight).' });
      return;
    }
    if (repCount === null) {
      setError({ field: 'reps', message: 'Reps must be a whole number from 0 to 1000.' });
      return;
    }
    setError(null);
    const outcome = await logSet({
      clientId,
      sessionId,
      exerciseId,
      plannedSetId: planned.id,
      weightKg,
      reps: repCount,
      rpe: rpe === '' ? null : Number(rpe),
      isWarmup: planned.isWarmup,
    });
    if (outcome.kind === 'rejected') {
      const appError = outcome.error;
      setError({ field: appError.code === 'BAD_USER_INPUT' ? fieldOf(appError.field) : null, message: describeError(appError) });
      if (appError.code === 'CONFLICT' || appError.code === 'NOT_FOUND') onStale();
      return;
    }
    // Stored, or kept on the device until the network returns: either way the rest starts now.
    onLogged?.(planned.targetRestSeconds ?? null);
    if (outcome.kind === 'queued') return;
    const found = outcome.data.logSet.records;
    if (found.length > 0) {
      setRecords(found);
      onRecords(found);
    }
  }

  const describedBy = (field: Field) => (error && (error.field === field || error.field === null) ? errorId : undefined);

  return (
    <li className={`set-row${logged ? ' set-row-done' : ''}`}>
      <div className="set-row-head">
        <span className="set-label">{`Set ${planned.setIndex}`}</span>
        {planned.isWarmup ? <span className="tag">warm-up</span> : null}
        {droppedToday ? <span className="tag">not today</span> : null}
        <span className="set-target">{`Target ${prescribed ? describePrescribed(prescribed) : describeTarget(planned)}`}</span>
      </div>
      {logged ? (
        <p className="set-done">
          <span aria-hidden="true">✓ </span>
          <span>{`${formatKg(logged.weightKg)} × ${logged.reps}`}</span>
          {logged.rpe != null ? <span className="text-muted">{` · ${formatRpe(logged.rpe)}`}</span> : null}
          <span className="visually-hidden">{` — ${name} logged`}</span>
        </p>
      ) : pending?.status === 'pending' ? (
        <p className="set-done set-pending">
          <span>{`${formatKg(pending.input.weightKg ?? 0)} × ${pending.input.reps ?? 0}`}</span>
          {pending.input.rpe != null ? <span className="text-muted">{`· ${formatRpe(pending.input.rpe)}`}</span> : null}
          <span className="tag">waiting to sync</span>
          <span className="visually-hidden">{` — ${name} saved on this device, not yet on the server`}</span>
        </p>
      ) : pending ? (
        <div className="set-not-saved">
          <p className="set-error" role="alert">{`Not saved: ${pending.error?.message ?? 'the server refused this set.'} Discard it, then log the set again if it still applies.`}</p>
          <button type="button" className="button button-secondary button-small" aria-label={`Discard ${name}`} onClick={() => void outbox.discard(pending.clientId)}>
            Discard
          </button>
        </div>
      ) : (
        <form className="set-form" onSubmit={submit} noValidate>
          <label className="mini-field">
            <span aria-hidden="true">kg</span>
            <input
              aria-label={`${name} weight (kg)`}
              inputMode="decimal"
              autoComplete="off"
              enterKeyHint="done"
              value={weight}
              onChange={(event) => setWeight(event.target.value)}
              aria-invalid={error?.field === 'weight' || undefined}
              aria-describedby={describedBy('weight')}
            />
          </label>
          <label className="mini-field">
            <span aria-hidden="true">reps</span>
            <input
              aria-label={`${name} reps`}
              inputMode="numeric"
              autoComplete="off"
              enterKeyHint="done"
              value={reps}
              onChange={(event) => setReps(event.target.value)}
              aria-invalid={error?.field === 'reps' || undefined}
              aria-describedby={describedBy('reps')}
            />
          </label>
          <label className="mini-field">
            <span aria-hidden="true">RPE</span>
            <select
              aria-label={`${name} RPE (optional)`}
              value={rpe}
              onChange={(event) => setRpe(event.target.value)}
              aria-invalid={error?.field === 'rpe' || undefined}
              aria-describedby={describedBy('rpe')}
            >
              <option value="">–</option>
              {RPE_OPTIONS.map((value) => (
                <option key={value} value={String(value)}>
                  {value}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button button-primary button-log" aria-label={`Log ${name}`} disabled={fetching}>
            {fetching ? '…' : 'Log'}
          </button>
        </form>
      )}
      {/* a live region that exists before it fills, so the news is announced */}
      <div aria-live="polite" className="set-row-news">
        {records.length > 0 ? <RecordCelebration records={records} /> : null}
      </div>
      {error && !logged ? (
        <p id={errorId} className="set-error" role="alert">
          {error.message}
        </p>
      ) : null}
    </li>
  );
}
