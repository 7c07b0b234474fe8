import { useId, useState, type FormEvent } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { LogSetMutation } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { formatRpe } from '../../lib/format';
import { formatWeight, formatWeightNumber, fromKg, parseWeight, useWeightUnit, type WeightUnit } from '../../lib/units';
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
    isDropSet
    toFailure
    setIndex
    performedAt
    exercise {
      id
      name
    }
  }
`);

export type PersonalRecords = LogSetMutation['logSet']['records'];

/** How a set counts: warm-ups for nothing, working and drop sets for volume and records. */
export type SetType = 'WORKING' | 'WARMUP' | 'DROP';

const SET_TYPES: { value: SetType; label: string }[] = [
  { value: 'WORKING', label: 'Working' },
  { value: 'WARMUP', label: 'Warm-up' },
  { value: 'DROP', label: 'Drop set' },
];

/** A set from last time, as the logger shows it beside today's. */
export interface PreviousSet {
  weightKg: number;
  reps: number;
  isWarmup: boolean;
  isDropSet: boolean;
  toFailure: boolean;
}

type Field = 'weight' | 'reps' | 'rpe' | 'type';
interface RowError {
  field: Field | null;
  message: string;
}

/** RPE 6–10 in half points; below 6 the scale says little. */
const RPE_OPTIONS = [6, 6.5, 7, 7.5, 8, 8.5, 9, 9.5, 10];

/** The heaviest load the server takes, kg. */
const MAX_KG = 1000;

interface SetRowProps {
  sessionId: string;
  /** The exercise logged: the planned one, or today's substitute for it. */
  exerciseId: string;
  exerciseName: string;
  /** The planned set; null for a set the athlete adds (a warm-up, a drop set, an exercise not in the plan). */
  plannedSet: FragmentType<typeof PlannedSetFields> | null;
  /** The row's number within its exercise ("Set 5"); a planned set's own index when omitted. */
  number?: number;
  /** An added set's client id, chosen by the parent so it can find the set once logged. */
  clientId?: string;
  /** Where an added set starts: its type and prefilled values (kg). */
  initial?: { type?: SetType; weightKg?: number | null; reps?: number | null };
  /**
   * Today's targets from the engine's prescription (progression, readiness, deload, rounded to the
   * athlete's plates); without one the plan's own targets apply. `null` targets come from the plan.
   */
  prescribed?: PrescribedTarget | null;
  /** Today this planned set is done with a substitute: the plan's load is for another exercise, so the weight starts from `initial`. */
  substituteFor?: string | null;
  /** The prescription leaves this set out today (a deload or a poor readiness day): it can still be logged. */
  droppedToday?: boolean;
  /** The matching set of the last finished session with this exercise, if any. */
  previous?: PreviousSet | null;
  logged: FragmentType<typeof LoggedSetFragment> | null;
  /** A logged set set personal records (collected for the summary). */
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

/** "5+ reps × 102.5 kg · RPE 8 · per side 20 + 10 + 1.25", in the athlete's unit. */
function describePrescribed(target: PrescribedTarget, unit: WeightUnit): string {
  const reps = target.targetReps != null ? `${target.targetReps}${target.amrap ? '+' : ''} reps` : null;
  const load = target.targetWeightKg != null ? (target.targetWeightKg === 0 ? 'bodyweight' : formatWeight(target.targetWeightKg, unit)) : null;
  const parts = [[reps, load].filter(Boolean).join(' × ')];
  if (target.targetRpe != null) parts.push(formatRpe(target.targetRpe));
  if (target.platesPerSide && target.platesPerSide.length > 0) parts.push(`per side ${target.platesPerSide.map((kg) => formatWeightNumber(kg, unit)).join(' + ')}`);
  return parts.filter(Boolean).join(' · ') || 'as you feel';
}

/** "80 kg × 6 · drop · to failure": a performed set in a line. */
export function describePerformed(set: PreviousSet, unit: WeightUnit): string {
  const load = set.weightKg === 0 ? 'bodyweight' : formatWeight(set.weightKg, unit);
  return [`${load} × ${set.reps}`, set.isWarmup ? 'warm-up' : null, set.isDropSet ? 'drop' : null, set.toFailure ? 'to failure' : null].filter(Boolean).join(' · ');
}

/** A weight as the input shows it: plain digits (no grouping), lb to a tenth. */
function inputWeight(kg: number, unit: WeightUnit): string {
  return unit === 'kg' ? String(kg) : String(Math.round(fromKg(kg, unit) * 10) / 10);
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
  if (serverField?.endsWith('isDropSet') || serverField?.endsWith('isWarmup')) return 'type';
  return null;
}

/** One set: prefilled inputs, its type and a Log button, or what was logged. */
export function SetRow({
  sessionId,
  exerciseId,
  exerciseName,
  plannedSet: plannedRef,
  number,
  clientId: givenClientId,
  initial,
  prescribed,
  substituteFor,
  droppedToday,
  previous,
  logged: loggedRef,
  onRecords,
  onLogged,
  onStale,
}: SetRowProps) {
  const planned = getFragmentData(PlannedSetFields, plannedRef);
  const logged = getFragmentData(LoggedSetFragment, loggedRef);
  const unit = useWeightUnit();
  const setNumber = number ?? planned?.setIndex ?? 1;
  const name = `${exerciseName} set ${setNumber}`;
  const targetKg = substituteFor ? (initial?.weightKg ?? null) : (prescribed?.targetWeightKg ?? planned?.targetWeightKg ?? initial?.weightKg ?? null);
  const targetReps = prescribed?.targetReps ?? planned?.targetReps ?? initial?.reps ?? null;
  const [weight, setWeight] = useState(targetKg != null ? inputWeight(targetKg, unit) : '');
  const [reps, setReps] = useState(targetReps != null ? String(targetReps) : '');
  const [rpe, setRpe] = useState('');
  const [type, setType] = useState<SetType>(planned?.isWarmup ? 'WARMUP' : (initial?.type ?? 'WORKING'));
  const [toFailure, setToFailure] = useState(planned?.toFailure ?? false);
  // One id per set, kept across retries: if a "failed" request did reach the server,
  // resending it returns the same set instead of logging it twice.
  const [ownClientId] = useState(newUuid);
  const clientId = givenClientId ?? ownClientId;
  const [error, setError] = useState<RowError | null>(null);
  const [records, setRecords] = useState<PersonalRecords>([]);
  // Through the device's outbox: with no network the set waits on the phone and is sent later.
  const [{ fetching }, logSet] = useOfflineLogSet();
  // While this row's own first attempt is out, the form shows it ("…"); after that a set still
  // on the device shows as waiting to sync.
  const queued = usePendingSet(sessionId, planned?.id ?? null, clientId);
  const pending = fetching ? null : queued;
  const outbox = useSetOutbox();
  const errorId = useId();
  const typeName = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const weightKg = parseWeight(weight, unit);
    const repCount = parseReps(reps);
    if (Number.isNaN(weightKg) || weightKg > MAX_KG) {
      setError({ field: 'weight', message: `Weight must be a number from 0 to ${Math.floor(fromKg(MAX_KG, unit))} ${unit} (0 for bodyweight).` });
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
      plannedSetId: planned?.id ?? null,
      weightKg,
      reps: repCount,
      rpe: rpe === '' ? null : Number(rpe),
      isWarmup: type === 'WARMUP',
      isDropSet: type === 'DROP',
      toFailure,
    });
    if (outcome.kind === 'rejected') {
      const appError = outcome.error;
      setError({ field: appError.code === 'BAD_USER_INPUT' ? fieldOf(appError.field) : null, message: describeError(appError) });
      if (appError.code === 'CONFLICT' || appError.code === 'NOT_FOUND') onStale();
      return;
    }
    // Stored, or kept on the device until the network returns: either way the rest starts now.
    onLogged?.(planned?.targetRestSeconds ?? null);
    if (outcome.kind === 'queued') return;
    const found = outcome.data.logSet.records;
    if (found.length > 0) {
      setRecords(found);
      onRecords(found);
    }
  }

  const describedBy = (field: Field) => (error && (error.field === field || error.field === null) ? errorId : undefined);
  const loggedType = logged ? (logged.isWarmup ? 'warm-up' : logged.isDropSet ? 'drop set' : null) : null;

  return (
    <li className={`set-row${logged ? ' set-row-done' : ''}${(logged ? logged.isDropSet : type === 'DROP') ? ' set-row-drop' : ''}`}>
      <div className="set-row-head">
        <span className="set-label">{`Set ${setNumber}`}</span>
        {!logged && planned?.isWarmup ? <span className="tag">warm-up</span> : null}
        {!planned && !logged ? <span className="tag">added</span> : null}
        {droppedToday ? <span className="tag">not today</span> : null}
        {planned && substituteFor ? (
          <span className="set-target">{`Planned for ${substituteFor}: ${planned.targetReps != null ? `${planned.targetReps} reps` : 'as you feel'}`}</span>
        ) : planned ? (
          <span className="set-target">{`Target ${prescribed ? describePrescribed(prescribed, unit) : describeTarget(planned, unit)}`}</span>
        ) : null}
      </div>
      {previous ? <p className="set-previous">{`Last time ${describePerformed(previous, unit)}`}</p> : null}
      {logged ? (
        <p className="set-done">
          <span aria-hidden="true">✓ </span>
          <span>{`${logged.weightKg === 0 ? 'bodyweight' : formatWeight(logged.weightKg, unit)} × ${logged.reps}`}</span>
          {logged.rpe != null ? <span className="text-muted">{` · ${formatRpe(logged.rpe)}`}</span> : null}
          {loggedType ? <span className="tag">{loggedType}</span> : null}
          {logged.toFailure ? <span className="tag">to failure</span> : null}
          {logged.exercise.id !== exerciseId ? <span className="text-muted">{` · ${logged.exercise.name}`}</span> : null}
          <span className="visually-hidden">{` — ${name} logged`}</span>
        </p>
      ) : pending?.status === 'pending' ? (
        <p className="set-done set-pending">
          <span>{`${pending.input.weightKg ? formatWeight(pending.input.weightKg, unit) : 'bodyweight'} × ${pending.input.reps ?? 0}`}</span>
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
        <form className="set-form-wrap" onSubmit={submit} noValidate>
          <div className="set-form">
            <label className="mini-field">
              <span aria-hidden="true">{unit}</span>
              <input
                aria-label={`${name} weight (${unit})`}
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
          </div>
          <fieldset className="set-type" aria-describedby={describedBy('type')}>
            <legend className="visually-hidden">{`${name} type`}</legend>
            {SET_TYPES.map((option) => (
              <label key={option.value} className="set-type-option">
                <input type="radio" name={typeName} value={option.value} checked={type === option.value} onChange={() => setType(option.value)} />
                <span>{option.label}</span>
              </label>
            ))}
            <label className="set-type-option set-type-failure">
              <input type="checkbox" checked={toFailure} onChange={(event) => setToFailure(event.target.checked)} />
              <span>To failure</span>
            </label>
          </fieldset>
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
