import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ErrorState } from '../../components/ui/error-state';
import { Loading } from '../../components/ui/loading';
import { getFragmentData } from '../../gql';
import { describeError } from '../../lib/errors';
import { formatRpe, formatTime } from '../../lib/format';
import { formatWeight, useWeightUnit } from '../../lib/units';
import { SessionProgressFieldsFragment, SessionProgressStatus } from '../progress/session-progress-status';
import { WatchSessionQuery } from './api/watch-session';

const STATUS_TEXT: Record<string, string> = {
  IN_PROGRESS: 'Training now',
  COMPLETED: 'Finished: every planned set logged',
  PARTIAL: 'Finished (partial)',
  PLANNED: 'Planned, not started',
  SKIPPED: 'Skipped',
};

/** `/watch/:sessionId`: a session as it happens, for the athlete's coach (or the athlete). */
export function WatchScreen({ sessionId }: { sessionId: string }) {
  const [result, reexecute] = useQuery({ query: WatchSessionQuery, variables: { sessionId }, requestPolicy: 'cache-and-network' });
  const unit = useWeightUnit();
  const session = result.data?.node?.__typename === 'WorkoutSession' ? result.data.node : null;
  const progress = session ? getFragmentData(SessionProgressFieldsFragment, session.progress) : null;

  // The subscription updates the count in the cache; when it moves, fetch the logged sets too.
  const setsDone = progress?.setsDone;
  const status = progress?.status;
  const seen = useRef<string | null>(null);
  useEffect(() => {
    if (setsDone === undefined) return;
    const key = `${setsDone}:${status}`;
    if (seen.current !== null && seen.current !== key) reexecute({ requestPolicy: 'network-only' });
    seen.current = key;
  }, [setsDone, status, reexecute]);

  if (!result.data) {
    if (result.error) {
      return (
        <ErrorState
          title="This session didn’t load"
          message={describeError(result.error)}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      );
    }
    return <Loading label="Loading the session…" />;
  }
  if (!session || !progress) {
    return (
      <section className="empty-state">
        <h1>Live session</h1>
        <p>This session does not exist, or it belongs to an athlete who is not on your roster.</p>
        <Link to="/coach">Back to your roster</Link>
      </section>
    );
  }

  const exerciseNames = new Map(session.routineDay?.exercises.map((slot) => [slot.exercise.id, slot.exercise.name]) ?? []);
  const logsByExercise = new Map<string, typeof session.setLogs>();
  for (const log of session.setLogs) {
    const list = logsByExercise.get(log.exercise.id) ?? [];
    list.push(log);
    logsByExercise.set(log.exercise.id, list);
  }
  // Planned order first, then anything logged outside the plan.
  const order = [...exerciseNames.keys(), ...[...logsByExercise.keys()].filter((id) => !exerciseNames.has(id))];

  return (
    <article className="watch" aria-labelledby="watch-title">
      <p className="back-link">
        <Link to="/coach">← Roster</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">{STATUS_TEXT[session.status] ?? session.status}</p>
        <h1 id="watch-title">Live session</h1>
        <p className="watch-who">
          <strong>{session.athlete.displayName}</strong>
          {` · ${session.routineDay?.title ?? 'Unplanned workout'}`}
          {session.startedAt ? ` · started ${formatTime(session.startedAt)}` : ''}
        </p>
      </header>

      <div className="sticky-progress">
        <SessionProgressStatus sessionId={session.id} progress={session.progress} />
      </div>

      <section aria-labelledby="watch-sets-title">
        <h2 id="watch-sets-title" className="section-title">
          Logged sets
        </h2>
        {session.setLogs.length === 0 ? (
          <p className="text-muted">No sets logged yet. They appear here as they are logged.</p>
        ) : (
          <ol className="watch-exercises">
            {order
              .filter((exerciseId) => logsByExercise.has(exerciseId))
              .map((exerciseId) => {
                const logs = logsByExercise.get(exerciseId) ?? [];
                return (
                  <li key={exerciseId} className="card">
                    <h3 className="exercise-name">{exerciseNames.get(exerciseId) ?? logs[0]?.exercise.name}</h3>
                    <ol className="watch-sets">
                      {logs.map((log) => (
                        <li key={log.id}>
                          <span className="set-label">{`Set ${log.setIndex}`}</span>
                          <span>{`${formatWeight(log.weightKg, unit)} × ${log.reps}`}</span>
                          {log.rpe != null ? <span className="text-muted">{formatRpe(log.rpe)}</span> : null}
                          {log.isWarmup ? <span className="tag">warm-up</span> : null}
                          <span className="text-muted watch-time">{formatTime(log.performedAt)}</span>
                        </li>
                      ))}
                    </ol>
                  </li>
                );
              })}
          </ol>
        )}
      </section>
    </article>
  );
}
