import { describeSetCount } from '../progress/session-progress-status';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorState } from '../../components/ui/error-state';
import { Loading } from '../../components/ui/loading';
import { type FragmentType, getFragmentData } from '../../gql';
import { describeError } from '../../lib/errors';
import { formatWeight, type WeightUnit, useWeightUnit } from '../../lib/units';
import { AthleteDetailQuery, AthleteRoutineFragment, AthleteSessionHistoryFragment } from './api/athlete-detail';
import { SetActiveRoutineMutation } from '../routines/api/routine-actions';
import { bandLabel, formatDay, formatRatio, formatTarget, recordLabel } from './coach-format';
import { E1rmSparkline } from './e1rm-sparkline';
import { WeekBars } from './week-bars';
import './coach.css';

const SECTION_LABELS: Record<string, string> = { WARMUP: 'Warm-up', MAIN: 'Main', ACCESSORY: 'Accessory' };
const STATUS_LABELS: Record<string, string> = { COMPLETED: 'Completed', PARTIAL: 'Partial', IN_PROGRESS: 'In progress', PLANNED: 'Planned', SKIPPED: 'Skipped' };
const STYLE_LABELS: Record<string, string> = {
  SINGLE_PROGRESSION: 'linear',
  DOUBLE_PROGRESSION: 'double progression',
  WAVE_LOADING: 'wave loading',
  PERCENT_1RM_WAVE: '%1RM waves',
  RPE_AUTOREGULATION: 'RPE autoregulation',
};

/** `/athletes/:athleteId`: one athlete's plan tree, recent history and analytics, with the coach's plan actions. */
export function AthleteScreen({ athleteId }: { athleteId: string }) {
  const [result, reexecute] = useQuery({ query: AthleteDetailQuery, variables: { athleteId }, requestPolicy: 'cache-and-network' });
  const unit = useWeightUnit();
  const retry = () => reexecute({ requestPolicy: 'network-only' });

  if (!result.data) {
    if (result.error) return <ErrorState title="This athlete didn’t load" message={describeError(result.error)} onRetry={retry} />;
    return <Loading label="Loading the athlete…" />;
  }
  const athlete = result.data.node?.__typename === 'Athlete' ? result.data.node : null;
  if (!athlete) {
    return (
      <section className="empty-state">
        <h1>Athlete</h1>
        <p>There is no athlete with this id on your roster.</p>
        <Link to="/coach">Back to your roster</Link>
      </section>
    );
  }
  const { analytics } = athlete;
  const routines = athlete.routines.edges.map((edge) => edge.node);
  const sessions = athlete.sessions.edges.map((edge) => edge.node);

  return (
    <article className="athlete-detail coach-dashboard" aria-labelledby="athlete-title">
      <p className="back-link">
        <Link to="/coach">← Roster</Link>
      </p>
      <header className="page-header page-header-row">
        <div>
          <h1 id="athlete-title">{athlete.displayName}</h1>
          <p className="text-muted">
            {`Readiness today: ${analytics.readiness.score == null ? 'no check-in' : `${analytics.readiness.score} · ${bandLabel(analytics.readiness.band)}`}`}
          </p>
        </div>
        <div className="athlete-actions">
          {athlete.currentSession ? (
            <Link className="button button-primary" to={`/watch/${encodeURIComponent(athlete.currentSession.id)}`} aria-label={`Watch live: ${athlete.displayName}`}>
              Watch live
            </Link>
          ) : null}
          <Link className="button button-secondary" to={`/routines/new?athlete=${encodeURIComponent(athlete.id)}`}>
            New routine
          </Link>
        </div>
      </header>
      {result.error ? <p className="text-warning">{`Couldn’t refresh: ${describeError(result.error)}`}</p> : null}

      {analytics.attention.needsAttention ? (
        <section className="card attention-panel" aria-labelledby="attention-title">
          <h2 id="attention-title" className="section-title">
            <span className="badge badge-attention">Needs attention</span>
          </h2>
          <ul className="attention-reasons">
            {analytics.attention.reasons.map((reason) => (
              <li key={reason.code}>{reason.message}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="coach-columns">
        <div className="coach-main">
          <section aria-labelledby="plan-title">
            <h2 id="plan-title" className="section-title">
              Plan
            </h2>
            {routines.length === 0 ? (
              <p className="text-muted">No routines yet: start one with New routine.</p>
            ) : (
              <ul className="routine-list">
                {routines.map((routine) => (
                  <RoutineTree key={getFragmentData(AthleteRoutineFragment, routine).id} routine={routine} unit={unit} />
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="history-title">
            <h2 id="history-title" className="section-title">
              Recent sessions
            </h2>
            {sessions.length === 0 ? (
              <p className="text-muted">No sessions yet.</p>
            ) : (
              <ol className="history-list">
                {sessions.map((session) => (
                  <SessionHistory key={getFragmentData(AthleteSessionHistoryFragment, session).id} session={session} unit={unit} />
                ))}
              </ol>
            )}
          </section>
        </div>

        <aside className="coach-side" aria-labelledby="analytics-title">
          <h2 id="analytics-title" className="section-title">
            Analytics
          </h2>
          <section className="card analytics-card" aria-labelledby="adherence-title">
            <h3 id="adherence-title">Adherence, last {analytics.adherence.length} weeks</h3>
            <div className="analytics-bars">
              <div>
                <WeekBars label="Set compliance" weeks={analytics.adherence.map((week) => ({ week: week.week, ratio: week.setRatio }))} />
                <p className="text-muted">{`Sets: ${formatRatio(analytics.adherence.at(-1)?.setRatio)} this week`}</p>
              </div>
              <div>
                <WeekBars label="Sessions done" weeks={analytics.adherence.map((week) => ({ week: week.week, ratio: week.sessionRatio }))} />
                <p className="text-muted">{`Sessions: ${formatRatio(analytics.adherence.at(-1)?.sessionRatio)} this week`}</p>
              </div>
            </div>
          </section>

          <section className="card analytics-card" aria-labelledby="trends-title">
            <h3 id="trends-title">Estimated 1RM</h3>
            {analytics.e1rmTrend.length === 0 ? (
              <p className="text-muted">No lifts in the window to estimate from.</p>
            ) : (
              <ul className="trend-list">
                {analytics.e1rmTrend.map((trend) => (
                  <li key={trend.exercise.id}>
                    <div>
                      <strong>{trend.exercise.name}</strong>
                      <p className="text-muted">
                        {formatWeight(trend.latestE1rmKg, unit)}
                        {trend.slopeKgPerWeek != null ? ` · ${trend.slopeKgPerWeek >= 0 ? '+' : '−'}${formatWeight(Math.abs(trend.slopeKgPerWeek), unit)} a week` : ''}
                      </p>
                    </div>
                    <E1rmSparkline name={trend.exercise.name} points={trend.points} unit={unit} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="card analytics-card" aria-labelledby="volume-title">
            <h3 id="volume-title">Weekly volume</h3>
            <table className="volume-table">
              <caption className="visually-hidden">Hard sets and tonnage per week</caption>
              <thead>
                <tr>
                  <th scope="col">Week</th>
                  <th scope="col">Hard sets</th>
                  <th scope="col">Tonnage</th>
                </tr>
              </thead>
              <tbody>
                {analytics.weeklyVolume.map((week) => {
                  const hardSets = week.muscles.reduce((sum, muscle) => sum + muscle.hardSets, 0);
                  const tonnage = week.muscles.reduce((sum, muscle) => sum + muscle.tonnageKg, 0);
                  return (
                    <tr key={week.week}>
                      <th scope="row">{formatDay(week.weekStart)}</th>
                      <td>{Math.round(hardSets * 10) / 10}</td>
                      <td>{formatWeight(Math.round(tonnage), unit)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>

          <section className="card analytics-card" aria-labelledby="records-title">
            <h3 id="records-title">Records, last {analytics.adherence.length} weeks</h3>
            {analytics.records.length === 0 ? (
              <p className="text-muted">No new records in the window.</p>
            ) : (
              <ul className="record-list">
                {analytics.records.map((record) => (
                  <li key={record.id}>
                    {`${record.exercise.name} ${recordLabel(record.kind)} ${formatWeight(record.value, unit)}`}
                    <span className="text-muted">{` · ${formatDay(String(record.achievedAt).slice(0, 10))}`}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
    </article>
  );
}

function RoutineTree({ routine: routineRef, unit }: { routine: FragmentType<typeof AthleteRoutineFragment>; unit: WeightUnit }) {
  const routine = getFragmentData(AthleteRoutineFragment, routineRef);
  const [activation, activate] = useMutation(SetActiveRoutineMutation);
  const cycles = routine.cycles.edges.map((edge) => edge.node);
  const headingId = `routine-${routine.id}`;
  const archived = routine.archivedAt != null;

  return (
    <li className="card routine-card" aria-labelledby={headingId}>
      <div className="routine-card-head">
        <h3 id={headingId}>{routine.name}</h3>
        {routine.isActive ? <span className="badge badge-ok">Active</span> : archived ? <span className="tag">Archived</span> : null}
      </div>
      {routine.description ? <p className="text-muted">{routine.description}</p> : null}
      <p className="text-muted">
        {cycles.length === 0
          ? 'No cycle started'
          : cycles.map((cycle) => `Cycle ${cycle.cycleNumber}${cycle.isDeload ? ' (deload)' : ''}${cycle.startedOn ? ` from ${formatDay(cycle.startedOn)}` : ''}${cycle.endedOn ? ` to ${formatDay(cycle.endedOn)}` : ''}`).join(' · ')}
      </p>
      <div className="routine-actions">
        {archived ? null : (
          <Link className="button button-secondary button-small" to={`/routines/${encodeURIComponent(routine.id)}`} aria-label={`Edit routine ${routine.name}`}>
            Edit routine
          </Link>
        )}
        {!routine.isActive && !archived ? (
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={activation.fetching}
            aria-label={`Make ${routine.name} active`}
            onClick={() => void activate({ input: { id: routine.id } })}
          >
            {activation.fetching ? 'Activating…' : 'Make active'}
          </button>
        ) : null}
      </div>
      {activation.error ? (
        <p className="text-warning" role="alert">
          {describeError(activation.error, { NOT_FOUND: 'This routine is gone or no longer on your roster: reload the page.' })}
        </p>
      ) : null}
      <details open={routine.isActive}>
        <summary>{`${routine.days.length} ${routine.days.length === 1 ? 'day' : 'days'}`}</summary>
        <ol className="plan-days">
          {routine.days.map((day) => (
            <li key={day.id}>
              <h4>{`Day ${day.dayIndex}${day.title ? ` · ${day.title}` : ''}${day.isRest ? ' (rest)' : ''}`}</h4>
              {day.exercises.length === 0 ? null : (
                <ol className="plan-exercises-tree">
                  {day.exercises.map((slot) => (
                    <li key={slot.id}>
                      <p>
                        <strong>{slot.exercise.name}</strong>
                        <span className="text-muted">
                          {` · ${SECTION_LABELS[slot.section] ?? slot.section}`}
                          {slot.supersetGroup != null ? ` · superset ${slot.supersetGroup}` : ''}
                          {slot.progressionRule ? ` · ${STYLE_LABELS[slot.progressionRule.style] ?? slot.progressionRule.style.toLowerCase()} +${formatWeight(slot.progressionRule.incrementKg, unit)}` : ''}
                        </span>
                      </p>
                      <ol className="plan-sets">
                        {slot.sets.map((set) => (
                          <li key={set.id}>{`${set.isWarmup ? 'Warm-up' : `Set ${set.setIndex}`}: ${formatTarget(set, unit)}`}</li>
                        ))}
                      </ol>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}

function SessionHistory({ session: sessionRef, unit }: { session: FragmentType<typeof AthleteSessionHistoryFragment>; unit: WeightUnit }) {
  const session = getFragmentData(AthleteSessionHistoryFragment, sessionRef);
  const byExercise = new Map<string, { name: string; sets: typeof session.setLogs }>();
  for (const log of session.setLogs) {
    const entry = byExercise.get(log.exercise.id) ?? { name: log.exercise.name, sets: [] };
    entry.sets.push(log);
    byExercise.set(log.exercise.id, entry);
  }
  return (
    <li className="card history-session">
      <p className="history-head">
        <strong>{`${formatDay(session.workoutDate)} · ${session.routineDay?.title ?? 'Workout'}`}</strong>
        <span className="text-muted">{` ${STATUS_LABELS[session.status] ?? session.status} · ${describeSetCount(session.progress)} · ${formatWeight(session.progress.volumeKg, unit)}`}</span>
      </p>
      {byExercise.size === 0 ? null : (
        <ul className="history-exercises">
          {[...byExercise.entries()].map(([id, entry]) => (
            <li key={id}>
              <span>{entry.name}</span>
              <span className="text-muted">{` ${entry.sets.map((set) => `${formatWeight(set.weightKg, unit)}×${set.reps}${set.isWarmup ? ' (w)' : ''}`).join(', ')}`}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
