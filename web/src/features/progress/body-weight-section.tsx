import { type FormEvent, useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Alert } from '../../components/ui/alert';
import { type AppError, describeError, toAppError } from '../../lib/errors';
import { localDate } from '../../lib/format';
import { formatWeight, formatWeightNumber, fromKg, parseWeight, useWeightUnit } from '../../lib/units';
import { addDays } from '../history/calendar-dates';
import { BodyMetricsQuery } from './api/body-metrics';
import { RecordBodyMetricsMutation } from './api/record-body-metrics';
import { dayToMs, formatDay, formatTick } from './charts/dates';
import { LineChart } from './charts/line-chart';

/** The server's bounds: above 0 and under 700 kg. */
const MAX_KG = 700;

/** Body weight over the window as a line, and today's weight to record. */
export function BodyWeightSection({ athleteId, weeks }: { athleteId: string; weeks: number }) {
  const id = useId();
  const unit = useWeightUnit();
  const today = localDate();
  const [result, reexecute] = useQuery({ query: BodyMetricsQuery, variables: { from: addDays(today, -7 * weeks) }, requestPolicy: 'cache-and-network' });
  const readings = (result.data?.viewer?.athlete?.bodyMetrics.edges ?? [])
    .map((edge) => edge.node)
    .filter((metric): metric is typeof metric & { weightKg: number } => metric.weightKg != null)
    .sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  const first = readings[0];
  const last = readings[readings.length - 1];

  return (
    <section className="card progress-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Body weight
      </h2>
      {result.error && !result.data ? (
        <>
          <Alert>{describeError(result.error)}</Alert>
          <button type="button" className="button button-secondary button-small" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            Try again
          </button>
        </>
      ) : !result.data ? (
        <p className="text-muted">Loading body weight…</p>
      ) : !first || !last ? (
        <p className="text-muted">No body weight recorded in this window. Record today’s below.</p>
      ) : (
        <LineChart
          title="Body weight by day"
          summary={
            readings.length === 1
              ? `One reading: ${formatWeight(first.weightKg, unit)} on ${formatDay(first.measuredOn)}.`
              : `From ${formatWeight(first.weightKg, unit)} on ${formatDay(first.measuredOn)} to ${formatWeight(last.weightKg, unit)} on ${formatDay(last.measuredOn)} (${readings.length} readings).`
          }
          points={readings.map((metric) => ({ x: dayToMs(metric.measuredOn), y: fromKg(metric.weightKg, unit) }))}
          formatY={formatTick}
          yUnit={unit}
          table={{
            columns: ['Day', `Body weight (${unit})`],
            rows: readings.map((metric) => ({ key: metric.id, cells: [formatDay(metric.measuredOn), formatWeightNumber(metric.weightKg, unit)] })),
          }}
        />
      )}
      <BodyWeightForm athleteId={athleteId} today={today} onSaved={() => reexecute({ requestPolicy: 'network-only' })} />
    </section>
  );
}

/**
 * Today's body weight. The server keeps one row per athlete and day, so a retry or a second
 * reading the same day updates it instead of adding one.
 */
export function BodyWeightForm({ athleteId, today, onSaved }: { athleteId: string; today: string; onSaved(): void }) {
  const id = useId();
  const unit = useWeightUnit();
  const [text, setText] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [status, setStatus] = useState('');
  const [{ fetching }, record] = useMutation(RecordBodyMetricsMutation);
  const errorId = `${id}-error`;

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus('');
    const weightKg = parseWeight(text, unit);
    if (!(weightKg > 0 && weightKg < MAX_KG)) {
      setError({
        code: 'BAD_USER_INPUT',
        field: 'weightKg',
        message: `Enter your body weight in ${unit} as a number above 0 and under ${formatWeight(MAX_KG, unit)}, e.g. ${unit === 'kg' ? '80.5' : '177'}.`,
      });
      return;
    }
    setError(null);
    const result = await record({ input: { athleteId, measuredOn: today, weightKg } });
    if (result.error) {
      setError(toAppError(result.error));
      return;
    }
    const saved = result.data?.recordBodyMetrics;
    if (!saved) return;
    setStatus(`${saved.created ? 'Saved' : 'Updated'} today’s weight: ${formatWeight(saved.bodyMetric.weightKg ?? weightKg, unit)}.`);
    setText('');
    onSaved();
  }

  return (
    <form className="body-weight-form" onSubmit={save} noValidate>
      <div className="field">
        <label htmlFor={`${id}-weight`}>Today’s body weight ({unit})</label>
        <input
          id={`${id}-weight`}
          name="weight"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={fetching}>
        {fetching ? 'Saving…' : 'Record weight'}
      </button>
      {error ? <Alert id={errorId}>{describeError(error)}</Alert> : null}
      <p role="status" className="body-weight-status">
        {status}
      </p>
    </form>
  );
}
