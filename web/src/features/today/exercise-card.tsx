import { type FragmentType, getFragmentData } from '../../gql';
import type { LoggedSetFragment as LoggedSetData } from '../../gql/graphql';
import { useWeightUnit } from '../../lib/units';
import { type LoggerExercise, previousWarmups, previousWorkSets } from './logger-exercise';
import { PlannedSetFields } from './planned-set';
import { describePerformed, LoggedSetFragment, type PersonalRecords, type PrescribedTarget, type SetType, SetRow } from './set-row';

/** A set the athlete added to an exercise (not in the plan), before and after it is logged. */
export interface ExtraRow {
  clientId: string;
  type: SetType;
}

export interface PlannedSlot {
  id: string;
  /** The exercise the plan names. */
  exercise: { id: string; name: string };
  notes: string | null | undefined;
  sets: FragmentType<typeof PlannedSetFields>[];
}

interface ExerciseCardProps {
  sessionId: string;
  /** What is logged here today: the planned exercise, its substitute, or an added exercise. */
  exercise: LoggerExercise;
  /** The planned slot, for a planned (or swapped) exercise; absent for an added one. */
  slot?: PlannedSlot;
  loggedByPlannedSet: ReadonlyMap<string, FragmentType<typeof LoggedSetFragment>>;
  /** Sets logged here without a planned set (added warm-ups, drop sets, an added exercise). */
  extraLogs: readonly FragmentType<typeof LoggedSetFragment>[];
  extraRows: readonly ExtraRow[];
  prescribedByPlannedSet: ReadonlyMap<string, PrescribedTarget>;
  hasPrescription: boolean;
  onAddSet(): void;
  onSwap?(): void;
  onUndoSwap?(): void;
  onRecords(records: PersonalRecords): void;
  onLogged(plannedRestSeconds: number | null): void;
  onStale(): void;
  /** Shown between the header and the sets (the swap panel). */
  children?: React.ReactNode;
}

/** One exercise of the session: what was done last time, its planned and added sets, and the swap / add-set controls. */
export function ExerciseCard(props: ExerciseCardProps) {
  const { sessionId, exercise, slot, loggedByPlannedSet, extraLogs, extraRows, prescribedByPlannedSet, hasPrescription, onRecords, onLogged, onStale } = props;
  const unit = useWeightUnit();
  const swappedFrom = slot && slot.exercise.id !== exercise.id ? slot.exercise.name : null;
  const headingId = `exercise-${slot?.id ?? exercise.id}`;
  const workBefore = previousWorkSets(exercise);
  const warmupsBefore = previousWarmups(exercise);
  const plannedSets = (slot?.sets ?? []).map((ref) => ({ ref, set: getFragmentData(PlannedSetFields, ref) }));
  const extras = extraLogs.map((ref) => getFragmentData(LoggedSetFragment, ref));
  const pendingIds = new Set(extraRows.map((row) => row.clientId));
  const earlierExtras = extras.filter((log) => !pendingIds.has(log.clientId));
  let work = 0;
  let warmups = 0;
  const previousFor = (isWarmup: boolean) => (isWarmup ? warmupsBefore[warmups++] : workBefore[work++]) ?? null;
  // A new added set starts from the last set logged here (its load, its reps).
  const lastLogged: LoggedSetData | undefined = [...plannedSets.map(({ set }) => loggedByPlannedSet.get(set.id)).filter(Boolean).map((ref) => getFragmentData(LoggedSetFragment, ref!)), ...extras].at(-1);
  let number = plannedSets.length;
  const rowProps = { sessionId, exerciseId: exercise.id, exerciseName: exercise.name, onRecords, onLogged, onStale };

  return (
    <article className="card exercise-card" aria-labelledby={headingId}>
      <header className="exercise-card-head">
        <h2 className="exercise-name" id={headingId}>
          {exercise.name}
        </h2>
        {swappedFrom ? <span className="tag tag-swap">{`Swap for ${swappedFrom}`}</span> : null}
        {!slot ? <span className="tag">added</span> : null}
      </header>
      {slot?.notes && !swappedFrom ? <p className="notes">{slot.notes}</p> : null}
      <p className="last-time">
        {exercise.lastTime
          ? `Last time (${exercise.lastTime.workoutDate}): ${exercise.lastTime.sets.map((set) => describePerformed(set, unit)).join(', ')}`
          : 'No finished session with this exercise yet.'}
      </p>
      {props.children}
      <ol className="set-rows">
        {plannedSets.map(({ ref, set }) => {
          const previous = previousFor(set.isWarmup);
          return (
            <SetRow
              key={`${set.id}:${exercise.id}`}
              {...rowProps}
              plannedSet={ref}
              substituteFor={swappedFrom}
              initial={swappedFrom ? { weightKg: previous?.weightKg ?? null } : undefined}
              prescribed={swappedFrom ? null : (prescribedByPlannedSet.get(set.id) ?? null)}
              droppedToday={hasPrescription && !prescribedByPlannedSet.has(set.id)}
              previous={previous}
              logged={loggedByPlannedSet.get(set.id) ?? null}
            />
          );
        })}
        {earlierExtras.map((log) => (
          <SetRow key={log.id} {...rowProps} plannedSet={null} number={++number} logged={extraLogs.find((ref) => getFragmentData(LoggedSetFragment, ref).id === log.id)!} />
        ))}
        {extraRows.map((row) => {
          const logged = extraLogs.find((ref) => getFragmentData(LoggedSetFragment, ref).clientId === row.clientId) ?? null;
          const previous = row.type === 'WARMUP' ? (warmupsBefore[0] ?? null) : null;
          return (
            <SetRow
              key={row.clientId}
              {...rowProps}
              plannedSet={null}
              number={++number}
              clientId={row.clientId}
              initial={{ type: row.type, weightKg: lastLogged?.weightKg ?? workBefore[0]?.weightKg ?? null, reps: lastLogged?.reps ?? workBefore[0]?.reps ?? null }}
              previous={previous}
              logged={logged}
            />
          );
        })}
      </ol>
      <div className="exercise-card-actions">
        <button type="button" className="button button-secondary" onClick={props.onAddSet} aria-label={`Add set to ${exercise.name}`}>
          <span aria-hidden="true">+ </span>Add set
        </button>
        {props.onSwap ? (
          <button type="button" className="button button-secondary" onClick={props.onSwap} aria-label={`Swap ${slot?.exercise.name ?? exercise.name}`}>
            Swap
          </button>
        ) : null}
        {props.onUndoSwap && swappedFrom ? (
          <button type="button" className="button button-ghost" onClick={props.onUndoSwap}>
            {`Back to ${swappedFrom}`}
          </button>
        ) : null}
      </div>
    </article>
  );
}
