import { describeSetCount } from '../progress/session-progress-status';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ErrorState } from '../../components/ui/error-state';
import { Loading } from '../../components/ui/loading';
import type { SessionDetailQuery as SessionDetailData } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { formatRpe } from '../../lib/format';
import { formatWeight, formatWeightNumber, useWeightUnit } from '../../lib/units';
import { SessionDetailQuery } from './api/session-detail';
import { formatLongDay, monthOf } from './calendar-dates';
import { RECORD_LABEL } from './record-kind';
import { sessionTitle, STATUS_LABEL, statusClass } from './session-status';
import './history.css';

type Session = Extract<NonNullable<SessionDetailData['node']>, { __typename?: 'WorkoutSession' }>;
type SetLog = Session['setLogs'][number];

/** "1 h 5 min", "48 min"; null unless both ends are known. */
export function formatDuration(startedAt: string | null | undefined, completedAt: string | null | undefined): string | null {
  if (!startedAt || !completedAt) return null;
  const minutes = Math.round((Date.parse(completedAt) - Date.parse(startedAt)) / 60_000);
  if (!(minutes >= 0)) return null;
  return minutes >= 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} min`;
}

/** The session's sets grouped by exercise, in the order the exercises were first done. */
function byExercise(logs: SetLog[]) {
  const groups = new Map<string, { name: string; metricType: string; sets: SetLog[] }>();
  for (const log of logs) {
    const group = groups.get(log.exercise.id) ?? { name: log.exercise.name, metricType: log.exercise.metricType, sets: [] };
    group.sets.push(log);
    groups.set(log.exercise.id, group);
  }
  return [...groups.entries()].map(([id, group]) => ({ id, ...group, volumeKg: group.sets.reduce((sum, set) => sum + (set.isWarmup ? 0 : set.weightKg * set.reps), 0) }));
}

/** `/history/:sessionId`: what was done, set by set, and what it earned. */
export function SessionDetailScreen({ sessionId }: { sessionId: string }) {
  const [result, reexecute] = useQuery({ query: SessionDetailQuery, variables: { id: sessionId } });
  if (!result.data) {
    if (result.error) {
      return <ErrorState title="This session didn’t load" message={describeError(result.error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    }
    return <Loading label="Loading the session…" />;
  }
  const node = result.data.node;
  if (!node || node.__typename !== 'WorkoutSession') {
    return (
      <section className="empty-state" aria-labelledby="missing-title">
        <h1 id="missing-title">Session not found</h1>
        <p>It may have been deleted, or it belongs to someone else.</p>
        <Link to="/history" className="button button-secondary">
          Back to history
        </Link>
      </section>
    );
  }
  return <SessionDetail session={node} />;
}

function SessionDetail({ session }: { session: Session }) {
  const unit = useWeightUnit();
  const title = sessionTitle(session);
  const duration = formatDuration(session.startedAt, session.completedAt);
  const exercises = byExercise(session.setLogs);
  return (
    <article className="session-detail" aria-labelledby="session-title">
      <title>{`${title} · History · Repwise`}</title>
      <header className="page-header">
        <p className="back-link">
          <Link to={`/history?month=${monthOf(session.workoutDate)}`}>‹ History</Link>
        </p>
        <p className="eyebrow">{formatLongDay(session.workoutDate)}</p>
        <h1 id="session-title">{title}</h1>
      </header>
      <dl className="card session-facts">
        <div>
          <dt>Status</dt>
          <dd>
            <span className={statusClass(session.status)} aria-hidden="true" /> {STATUS_LABEL[session.status]}
          </dd>
        </div>
        <div>
          <dt>Sets</dt>
          <dd>{describeSetCount(session.progress)}</dd>
        </div>
        <div>
          <dt>Volume</dt>
          <dd>{formatWeight(session.progress.volumeKg, unit)}</dd>
        </div>
        {duration ? (
          <div>
            <dt>Duration</dt>
            <dd>{duration}</dd>
          </div>
        ) : null}
        {session.bodyweightKg != null ? (
          <div>
            <dt>Body weight</dt>
            <dd>{formatWeight(session.bodyweightKg, unit)}</dd>
          </div>
        ) : null}
        {session.perceivedFatigue != null ? (
          <div>
            <dt>Fatigue</dt>
            <dd>{session.perceivedFatigue} / 10</dd>
          </div>
        ) : null}
      </dl>
      {session.notes && session.notes.trim() !== title ? (
        <section className="card" aria-labelledby="session-notes">
          <h2 id="session-notes" className="section-title">
            Notes
          </h2>
          <p className="notes">{session.notes}</p>
        </section>
      ) : null}
      {session.personalRecords.length > 0 ? (
        <section className="card session-records" aria-labelledby="session-records">
          <h2 id="session-records" className="section-title">
            Records set
          </h2>
          <ul>
            {session.personalRecords.map((record) => (
              <li key={record.id}>
                <span className="tag" aria-hidden="true">
                  PR
                </span>{' '}
                <strong>{record.exercise.name}</strong>: {RECORD_LABEL[record.kind]} {formatWeight(record.value, unit)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="session-exercises">
        <h2 id="session-exercises" className="section-title">
          Exercises
        </h2>
        {exercises.length === 0 ? <p className="text-muted">No sets were logged in this session.</p> : null}
        {exercises.map((exercise) => (
          <section key={exercise.id} className="card session-exercise" aria-labelledby={`exercise-${exercise.id}`}>
            <h3 id={`exercise-${exercise.id}`} className="exercise-name">
              {exercise.name}
            </h3>
            <table className="session-sets">
              <caption className="visually-hidden">Sets of {exercise.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Set</th>
                  <th scope="col">Weight ({unit})</th>
                  <th scope="col">{exercise.metricType === 'REPS' ? 'Reps' : exercise.metricType === 'TIME' ? 'Time' : 'Distance'}</th>
                  <th scope="col">Effort</th>
                </tr>
              </thead>
              <tbody>
                {exercise.sets.map((set, index) => (
                  <tr key={set.id} className={set.isWarmup ? 'session-set-warmup' : undefined}>
                    {/* Working sets counted on their own: setIndex also counts warm-ups. */}
                    <th scope="row">{set.isWarmup ? 'Warm-up' : exercise.sets.slice(0, index + 1).filter((entry) => !entry.isWarmup).length}</th>
                    <td>{set.weightKg > 0 ? formatWeightNumber(set.weightKg, unit) : '—'}</td>
                    <td>{amountOf(set, exercise.metricType)}</td>
                    <td>
                      {[set.rpe != null ? formatRpe(set.rpe) : set.rir != null ? `${set.rir} RIR` : null, set.toFailure ? 'to failure' : null].filter(Boolean).join(', ') || '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {exercise.volumeKg > 0 ? <p className="text-muted">Volume {formatWeight(exercise.volumeKg, unit)}</p> : null}
          </section>
        ))}
      </section>
    </article>
  );
}

function amountOf(set: SetLog, metricType: string): string {
  if (metricType === 'TIME' && set.durationSeconds != null) return `${Math.floor(set.durationSeconds / 60)}:${String(set.durationSeconds % 60).padStart(2, '0')}`;
  if (metricType === 'DISTANCE' && set.distanceMeters != null) return `${set.distanceMeters} m`;
  return String(set.reps);
}
