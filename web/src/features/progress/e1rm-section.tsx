import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Alert } from '../../components/ui/alert';
import type { ProgressOverviewQuery } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { formatWeight, formatWeightNumber, fromKg, useWeightUnit, type WeightUnit } from '../../lib/units';
import { RECORD_LABEL } from '../history/record-kind';
import { ExerciseRecordsQuery } from './api/exercise-records';
import { dayToMs, formatDay, formatTick, MS_PER_WEEK } from './charts/dates';
import { LineChart, type LinePoint } from './charts/line-chart';

export type ExerciseTrend = NonNullable<NonNullable<ProgressOverviewQuery['viewer']>['athlete']>['analytics']['e1rmTrend'][number];

/**
 * The least-squares line through the points, from the server's slope (kg per week): it passes
 * through the points' mean, so the intercept follows from the slope alone. In the viewer's unit.
 */
export function trendLine(trend: ExerciseTrend, unit: WeightUnit): [LinePoint, LinePoint] | null {
  if (trend.slopeKgPerWeek == null || trend.points.length < 2) return null;
  const xs = trend.points.map((point) => dayToMs(point.date));
  const weeks = xs.map((x) => (x - xs[0]!) / MS_PER_WEEK);
  const meanWeeks = weeks.reduce((sum, value) => sum + value, 0) / weeks.length;
  const meanKg = trend.points.reduce((sum, point) => sum + point.e1rmKg, 0) / trend.points.length;
  const at = (week: number) => fromKg(meanKg + trend.slopeKgPerWeek! * (week - meanWeeks), unit);
  return [
    { x: xs[0]!, y: at(0) },
    { x: xs[xs.length - 1]!, y: at(weeks[weeks.length - 1]!) },
  ];
}

/** What the e1RM chart shows, in words. */
export function describeTrend(trend: ExerciseTrend, unit: WeightUnit): string {
  const first = trend.points[0];
  const last = trend.points[trend.points.length - 1];
  if (!first || !last) return `No working sets of ${trend.exercise.name} in this window.`;
  if (trend.points.length === 1) return `One training day so far: ${formatWeight(first.e1rmKg, unit)} on ${formatDay(first.date)}.`;
  const change = trend.changePct == null ? '' : ` (${trend.changePct >= 0 ? '+' : '−'}${Math.abs(trend.changePct).toFixed(1)}%)`;
  const slope =
    trend.slopeKgPerWeek == null ? '' : ` Trend: ${trend.slopeKgPerWeek >= 0 ? '+' : '−'}${formatWeight(Math.abs(trend.slopeKgPerWeek), unit)} per week.`;
  return `From ${formatWeight(first.e1rmKg, unit)} on ${formatDay(first.date)} to ${formatWeight(last.e1rmKg, unit)} on ${formatDay(last.date)} over ${trend.points.length} training days${change}.${slope}`;
}

/** Pick an exercise; see its estimated 1RM by training day with the trend, and its standing records. */
export function E1rmSection({ trends }: { trends: ExerciseTrend[] }) {
  const id = useId();
  const unit = useWeightUnit();
  const [chosen, setChosen] = useState<string | null>(null);
  const trend = trends.find((entry) => entry.exercise.id === chosen) ?? trends[0];
  return (
    <section className="card progress-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Estimated 1RM
      </h2>
      {!trend ? (
        <p className="text-muted">No working sets with a load in this window yet. Log or import sessions to see your strength trend.</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-exercise`}>Exercise</label>
            <select id={`${id}-exercise`} value={trend.exercise.id} onChange={(event) => setChosen(event.target.value)}>
              {trends.map((entry) => (
                <option key={entry.exercise.id} value={entry.exercise.id}>
                  {entry.exercise.name} ({entry.sessions} {entry.sessions === 1 ? 'session' : 'sessions'})
                </option>
              ))}
            </select>
          </div>
          <LineChart
            title={`${trend.exercise.name}: estimated 1RM by training day`}
            summary={describeTrend(trend, unit)}
            points={trend.points.map((point) => ({ x: dayToMs(point.date), y: fromKg(point.e1rmKg, unit) }))}
            trend={trendLine(trend, unit)}
            formatY={formatTick}
            yUnit={unit}
            table={{
              columns: ['Day', `Estimated 1RM (${unit})`],
              rows: trend.points.map((point) => ({ key: point.date, cells: [formatDay(point.date), formatWeightNumber(point.e1rmKg, unit)] })),
            }}
          />
          <ExerciseRecords key={trend.exercise.id} exerciseId={trend.exercise.id} name={trend.exercise.name} />
        </>
      )}
    </section>
  );
}

function ExerciseRecords({ exerciseId, name }: { exerciseId: string; name: string }) {
  const unit = useWeightUnit();
  const [result, reexecute] = useQuery({ query: ExerciseRecordsQuery, variables: { exerciseId }, requestPolicy: 'cache-and-network' });
  const records = result.data?.viewer?.athlete?.personalRecords.edges.map((edge) => edge.node);
  return (
    <div className="progress-records">
      <h3 className="progress-subtitle">Records on {name}</h3>
      {result.error && !records ? (
        <>
          <Alert>{describeError(result.error)}</Alert>
          <button type="button" className="button button-secondary button-small" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            Try again
          </button>
        </>
      ) : !records ? (
        <p className="text-muted">Loading records…</p>
      ) : records.length === 0 ? (
        <p className="text-muted">No records on this exercise yet.</p>
      ) : (
        <dl className="record-list">
          {records.map((record) => (
            <div key={record.id}>
              <dt>{RECORD_LABEL[record.kind]}</dt>
              <dd>
                <strong>{formatWeight(record.value, unit)}</strong>{' '}
                {record.session ? (
                  <Link to={`/history/${encodeURIComponent(record.session.id)}`}>{formatDay(record.session.workoutDate)}</Link>
                ) : (
                  <span className="text-muted">{formatDay(record.achievedAt.slice(0, 10))}</span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
