import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { Alert } from '../../components/ui/alert';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { describeError } from '../../lib/errors';
import { formatTime } from '../../lib/format';
import { formatWeight, useWeightUnit } from '../../lib/units';
import { newUuid } from '../../lib/uuid';
import { SessionProgressFieldsFragment, SessionProgressStatus } from '../progress/session-progress-status';
import { AddExercisePanel } from './add-exercise';
import { CompleteSessionMutation } from './api/complete-session';
import { ExerciseCard, type ExtraRow, type PlannedSlot } from './exercise-card';
import { type LoggerExercise, LoggerExerciseFragment } from './logger-exercise';
import { PlateCalculatorPanel } from './plate-calculator';
import { DEFAULT_REST_SECONDS, RestTimer } from './rest-timer';
import type { SessionRecord, SessionSummaryData } from './session-summary';
import type { LoggedSetFragment, PersonalRecords } from './set-row';
import { SwapPanel } from './swap-panel';
import './logger.css';

export const SessionLoggerFragment = graphql(`
  fragment SessionLogger on WorkoutSession {
    id
    status
    workoutDate
    startedAt
    athlete {
      id
    }
    routineDay {
      id
      title
      dayIndex
      exercises {
        id
        position
        notes
        supersetGroup
        exercise {
          id
          ...LoggerExercise
        }
        sets {
          id
          ...PlannedSetFields
        }
      }
    }
    setLogs {
      id
      plannedSetId
      clientId
      exercise {
        id
        ...LoggerExercise
      }
      ...LoggedSet
    }
    prescription {
      exercises {
        sets {
          plannedSetId
          targetWeightKg
          targetReps
          targetRpe
          amrap
          platesPerSide
        }
      }
    }
    progress {
      ...SessionProgressFields
    }
  }
`);

interface SessionLoggerProps {
  session: FragmentType<typeof SessionLoggerFragment>;
  onFinished(summary: SessionSummaryData): void;
  /** Refetch the session from the server (network-only). */
  onStale(): void;
}

type LoggedRef = FragmentType<typeof LoggedSetFragment>;

/** Consecutive slots sharing a superset group go together; the rest stand alone. */
function groupSupersets<T extends { supersetGroup?: number | null }>(slots: readonly T[]): { group: number | null; slots: T[] }[] {
  const groups: { group: number | null; slots: T[] }[] = [];
  for (const slot of slots) {
    const last = groups.at(-1);
    const group = slot.supersetGroup ?? null;
    if (group !== null && last?.group === group) last.slots.push(slot);
    else groups.push({ group, slots: [slot] });
  }
  return groups;
}

/**
 * The session in progress: each exercise with last time's sets and today's rows (planned, swapped
 * or added), supersets together, live progress, the rest timer, and Finish.
 */
export function SessionLogger({ session: sessionRef, onFinished, onStale }: SessionLoggerProps) {
  const session = getFragmentData(SessionLoggerFragment, sessionRef);
  const progress = getFragmentData(SessionProgressFieldsFragment, session.progress);
  const unit = useWeightUnit();
  const [finishError, setFinishError] = useState<string | null>(null);
  const [{ fetching: finishing }, completeSession] = useMutation(CompleteSessionMutation);
  const title = session.routineDay?.title ?? 'Workout';

  // Today's swaps by slot: a substitute, or null for "back to the plan". Without an entry, the
  // sets already logged tell (after a reload, or from another device).
  const [swaps, setSwaps] = useState<Record<string, LoggerExercise | null>>({});
  const [swapping, setSwapping] = useState<string | null>(null);
  const [added, setAdded] = useState<LoggerExercise[]>([]);
  const [adding, setAdding] = useState(false);
  const [extraRows, setExtraRows] = useState<Record<string, ExtraRow[]>>({});

  const logs = session.setLogs.map((ref) => ({ ref: ref as LoggedRef, log: ref, exercise: getFragmentData(LoggerExerciseFragment, ref.exercise) }));
  const loggedByPlannedSet = new Map<string, LoggedRef>();
  for (const { ref, log } of logs) if (log.plannedSetId) loggedByPlannedSet.set(log.plannedSetId, ref);
  // Today's targets are the engine's (progression, readiness, deloads), by planned set.
  const prescribedByPlannedSet = new Map((session.prescription?.exercises ?? []).flatMap((exercise) => exercise.sets.map((set) => [set.plannedSetId, set] as const)));

  const slots = (session.routineDay?.exercises ?? []).map((slot) => {
    const planned = getFragmentData(LoggerExerciseFragment, slot.exercise);
    const plannedSetIds = new Set(slot.sets.map((set) => set.id));
    const swappedByLog = logs.find(({ log }) => log.plannedSetId && plannedSetIds.has(log.plannedSetId) && log.exercise.id !== planned.id)?.exercise;
    const current = slot.id in swaps ? (swaps[slot.id] ?? planned) : (swappedByLog ?? planned);
    return { ...slot, planned, current };
  });
  const slotExerciseIds = new Set(slots.map((slot) => slot.current.id));
  const extraLogsOf = (exerciseId: string) => logs.filter(({ log }) => !log.plannedSetId && log.exercise.id === exerciseId).map(({ ref }) => ref);
  // Exercises not in the plan: the ones added here, and any with sets logged without a plan slot.
  const addedExercises: LoggerExercise[] = [];
  for (const exercise of [...logs.filter(({ log }) => !log.plannedSetId).map(({ exercise }) => exercise), ...added]) {
    if (!slotExerciseIds.has(exercise.id) && !addedExercises.some((known) => known.id === exercise.id)) addedExercises.push(exercise);
  }

  // `run` restarts the timer (a fresh mount) for every logged set, even with the same rest.
  const [rest, setRest] = useState<{ seconds: number; run: number } | null>(null);
  const records = useRef<SessionRecord[]>([]);
  const finishedHere = useRef(false);

  // Another tab or device logged a set: the live count runs ahead of our list of sets. Our own
  // logs can show the same gap for a moment (the live event may beat the mutation's answer), so
  // refetch only when the gap outlasts that.
  const setsListed = session.setLogs.length;
  useEffect(() => {
    if (progress.setsDone === setsListed) return;
    const timer = window.setTimeout(onStale, 1500);
    return () => window.clearTimeout(timer);
  }, [progress.setsDone, setsListed, onStale]);

  // Finished on another device: show the summary here too, and load what comes next.
  useEffect(() => {
    if (finishedHere.current) return;
    if (progress.status === 'COMPLETED' || progress.status === 'PARTIAL') {
      onFinished({ title, status: progress.status, setsDone: progress.setsDone, plannedSetsDone: progress.plannedSetsDone, setsPlanned: progress.setsPlanned, volumeKg: progress.volumeKg, records: records.current, nextTime: null });
      onStale();
    }
  }, [progress, title, onFinished, onStale]);

  async function finish() {
    setFinishError(null);
    finishedHere.current = true;
    const result = await completeSession({ input: { sessionId: session.id } });
    const payload = result.data?.completeSession;
    if (result.error || !payload) {
      finishedHere.current = false;
      setFinishError(result.error ? describeError(result.error) : 'The session was not finished. Try again.');
      if (result.error && !result.error.networkError) onStale();
      return;
    }
    const status = payload.progress.status === 'COMPLETED' ? 'COMPLETED' : 'PARTIAL';
    onFinished({
      title,
      status,
      setsDone: payload.progress.setsDone,
      plannedSetsDone: payload.progress.plannedSetsDone,
      setsPlanned: payload.progress.setsPlanned,
      volumeKg: payload.progress.volumeKg,
      records: records.current,
      nextTime: payload.nextTime,
    });
  }

  function addSet(cardKey: string) {
    setExtraRows((rows) => ({ ...rows, [cardKey]: [...(rows[cardKey] ?? []), { clientId: newUuid(), type: 'WORKING' }] }));
  }

  const rowHandlers = {
    onRecords: (found: PersonalRecords) => {
      records.current = [...records.current, ...found.map((record) => ({ exerciseName: record.exercise.name, kind: record.kind, valueKg: record.valueKg }))];
    },
    onLogged: (plannedRestSeconds: number | null) => setRest((previous) => ({ seconds: plannedRestSeconds ?? DEFAULT_REST_SECONDS, run: (previous?.run ?? 0) + 1 })),
    onStale,
  };
  const common = { sessionId: session.id, loggedByPlannedSet, prescribedByPlannedSet, hasPrescription: session.prescription != null, ...rowHandlers };

  const renderSlot = (slot: (typeof slots)[number]) => {
    const plannedSlot: PlannedSlot = { id: slot.id, exercise: slot.planned, notes: slot.notes, sets: slot.sets };
    return (
      <ExerciseCard
        key={slot.id}
        {...common}
        exercise={slot.current}
        slot={plannedSlot}
        extraLogs={extraLogsOf(slot.current.id)}
        extraRows={extraRows[slot.id] ?? []}
        onAddSet={() => addSet(slot.id)}
        onSwap={() => setSwapping((open) => (open === slot.id ? null : slot.id))}
        onUndoSwap={() => setSwaps((current) => ({ ...current, [slot.id]: null }))}
      >
        {swapping === slot.id ? (
          <SwapPanel
            athleteId={session.athlete.id}
            exerciseId={slot.planned.id}
            exerciseName={slot.planned.name}
            onClose={() => setSwapping(null)}
            onChoose={(exercise) => {
              setSwaps((current) => ({ ...current, [slot.id]: exercise }));
              setSwapping(null);
            }}
          />
        ) : null}
      </ExerciseCard>
    );
  };

  const remaining = Math.max(0, progress.setsPlanned - progress.plannedSetsDone);
  let supersetCount = 0;

  return (
    <article className="logger" aria-labelledby="logger-title">
      <header className="page-header">
        <p className="eyebrow">{`In progress${session.startedAt ? ` · started ${formatTime(session.startedAt)}` : ''}`}</p>
        <h1 id="logger-title">{title}</h1>
      </header>

      <div className="sticky-progress">
        <SessionProgressStatus sessionId={session.id} progress={session.progress} />
        {rest ? <RestTimer key={rest.run} durationSeconds={rest.seconds} onDismiss={() => setRest(null)} /> : null}
      </div>

      {session.routineDay ? (
        <ol className="logger-exercises">
          {groupSupersets(slots).map((group) => {
            if (group.group === null || group.slots.length < 2) return group.slots.map((slot) => <li key={slot.id}>{renderSlot(slot)}</li>);
            const letter = String.fromCharCode(65 + (supersetCount++ % 26));
            const names = group.slots.map((slot) => slot.current.name).join(', ');
            return (
              <li key={`superset-${group.slots[0]!.id}`} className="superset">
                {/* The group sits inside the list item: a list item must stay one for the list around it. */}
                <div role="group" aria-label={`Superset ${letter}: ${names}`}>
                  <p className="superset-label" aria-hidden="true">
                    <span className="superset-letter">{letter}</span>
                    {`Superset · alternate ${group.slots.length} exercises, rest after the round`}
                  </p>
                  <ol className="superset-exercises">
                    {group.slots.map((slot) => (
                      <li key={slot.id}>{renderSlot(slot)}</li>
                    ))}
                  </ol>
                </div>
              </li>
            );
          })}
          {addedExercises.map((exercise) => (
            <li key={`added-${exercise.id}`}>
              <ExerciseCard
                {...common}
                exercise={exercise}
                extraLogs={extraLogsOf(exercise.id)}
                extraRows={extraRows[`added:${exercise.id}`] ?? []}
                onAddSet={() => addSet(`added:${exercise.id}`)}
              />
            </li>
          ))}
        </ol>
      ) : (
        <Alert tone="info">This session follows no planned day: add the exercises you do below.</Alert>
      )}

      {adding ? (
        <AddExercisePanel
          onClose={() => setAdding(false)}
          onChoose={(exercise) => {
            setAdded((current) => (current.some((known) => known.id === exercise.id) ? current : [...current, exercise]));
            // An added exercise starts with one set to log.
            setExtraRows((rows) => (rows[`added:${exercise.id}`] ? rows : { ...rows, [`added:${exercise.id}`]: [{ clientId: newUuid(), type: 'WORKING' }] }));
            setAdding(false);
          }}
        />
      ) : (
        <button type="button" className="button button-secondary button-block" onClick={() => setAdding(true)}>
          + Add an exercise
        </button>
      )}

      <PlateCalculatorPanel />

      <section className="finish" aria-label="Finish">
        <p className="text-muted">
          {remaining > 0
            ? `${remaining} planned ${remaining === 1 ? 'set' : 'sets'} left: finishing now saves the session as partial.`
            : `Every planned set is logged (${formatWeight(progress.volumeKg, unit)} in all).`}
        </p>
        {finishError ? <Alert>{finishError}</Alert> : null}
        <button type="button" className="button button-primary button-block" onClick={finish} disabled={finishing}>
          {finishing ? 'Finishing…' : 'Finish session'}
        </button>
      </section>
    </article>
  );
}
