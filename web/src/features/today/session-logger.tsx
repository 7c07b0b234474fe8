import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { Alert } from '../../components/ui/alert';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { describeError } from '../../lib/errors';
import { formatKg, formatTime } from '../../lib/format';
import { SessionProgressFieldsFragment, SessionProgressStatus } from '../progress/session-progress-status';
import { CompleteSessionMutation } from './api/complete-session';
import { PlateCalculatorPanel } from './plate-calculator';
import { DEFAULT_REST_SECONDS, RestTimer } from './rest-timer';
import type { SessionSummaryData } from './session-summary';
import { SetRow } from './set-row';

export const SessionLoggerFragment = graphql(`
  fragment SessionLogger on WorkoutSession {
    id
    status
    workoutDate
    startedAt
    routineDay {
      id
      title
      dayIndex
      exercises {
        id
        position
        notes
        exercise {
          id
          name
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

/** The session in progress: one row per planned set, live progress, and Finish. */
export function SessionLogger({ session: sessionRef, onFinished, onStale }: SessionLoggerProps) {
  const session = getFragmentData(SessionLoggerFragment, sessionRef);
  const progress = getFragmentData(SessionProgressFieldsFragment, session.progress);
  const [finishError, setFinishError] = useState<string | null>(null);
  const [{ fetching: finishing }, completeSession] = useMutation(CompleteSessionMutation);
  const title = session.routineDay?.title ?? 'Workout';

  const loggedByPlannedSet = new Map<string, (typeof session.setLogs)[number]>();
  for (const log of session.setLogs) if (log.plannedSetId) loggedByPlannedSet.set(log.plannedSetId, log);
  // Today's targets are the engine's (progression, readiness, deloads), by planned set.
  const prescribedByPlannedSet = new Map((session.prescription?.exercises ?? []).flatMap((exercise) => exercise.sets.map((set) => [set.plannedSetId, set] as const)));

  // `run` restarts the timer (a fresh mount) for every logged set, even with the same rest.
  const [rest, setRest] = useState<{ seconds: number; run: number } | null>(null);
  const recordCount = useRef(0);
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
      onFinished({ title, status: progress.status, setsDone: progress.setsDone, setsPlanned: progress.setsPlanned, volumeKg: progress.volumeKg, records: recordCount.current });
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
    onFinished({ title, status, setsDone: payload.progress.setsDone, setsPlanned: payload.progress.setsPlanned, volumeKg: payload.progress.volumeKg, records: recordCount.current });
  }

  const remaining = Math.max(0, progress.setsPlanned - progress.setsDone);

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
          {session.routineDay.exercises.map((slot) => (
            <li key={slot.id} className="card">
              <h2 className="exercise-name">{slot.exercise.name}</h2>
              {slot.notes ? <p className="notes">{slot.notes}</p> : null}
              <ol className="set-rows">
                {slot.sets.map((set) => (
                  <SetRow
                    key={set.id}
                    sessionId={session.id}
                    exerciseId={slot.exercise.id}
                    exerciseName={slot.exercise.name}
                    plannedSet={set}
                    prescribed={prescribedByPlannedSet.get(set.id) ?? null}
                    droppedToday={session.prescription != null && !prescribedByPlannedSet.has(set.id)}
                    logged={loggedByPlannedSet.get(set.id) ?? null}
                    onRecords={(found) => {
                      recordCount.current += found.length;
                    }}
                    onLogged={(plannedRestSeconds) => setRest((previous) => ({ seconds: plannedRestSeconds ?? DEFAULT_REST_SECONDS, run: (previous?.run ?? 0) + 1 }))}
                    onStale={onStale}
                  />
                ))}
              </ol>
            </li>
          ))}
        </ol>
      ) : (
        <Alert tone="info">This session follows no planned day, so there are no planned sets to log here.</Alert>
      )}

      <PlateCalculatorPanel />

      <section className="finish" aria-label="Finish">
        <p className="text-muted">
          {remaining > 0
            ? `${remaining} planned ${remaining === 1 ? 'set' : 'sets'} left: finishing now saves the session as partial.`
            : `Every planned set is logged (${formatKg(progress.volumeKg)} in all).`}
        </p>
        {finishError ? <Alert>{finishError}</Alert> : null}
        <button type="button" className="button button-secondary button-block" onClick={finish} disabled={finishing}>
          {finishing ? 'Finishing…' : 'Finish session'}
        </button>
      </section>
    </article>
  );
}
