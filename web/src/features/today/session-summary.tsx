import { describeSetCount } from '../progress/session-progress-status';
import type { CompleteSessionMutation, RecordKind } from '../../gql/graphql';
import { formatRpe } from '../../lib/format';
import { formatWeight, useWeightUnit, type WeightUnit } from '../../lib/units';
import { recordValue, RECORD_KIND_LABEL, TrophyIcon } from './record-celebration';
import './logger.css';

export interface SessionRecord {
  exerciseName: string;
  kind: RecordKind;
  valueKg: number;
}

export type NextTime = CompleteSessionMutation['completeSession']['nextTime'];

export interface SessionSummaryData {
  title: string;
  status: 'COMPLETED' | 'PARTIAL';
  setsDone: number;
  plannedSetsDone: number;
  setsPlanned: number;
  volumeKg: number;
  /** Personal records set in this tab during the session. */
  records: readonly SessionRecord[];
  /** What the progression rules decided for next time; null when the session was finished elsewhere. */
  nextTime: NextTime | null;
}

interface SessionSummaryProps {
  summary: SessionSummaryData;
  onDone(): void;
}

/** "4 × 6 × 82.5 kg", or "6, 6, 5 × 80 kg" when the sets differ; AMRAP sets get a "+". */
function describeTargets(targets: NextTime[number]['targets'], unit: WeightUnit): string {
  if (targets.length === 0) return '';
  const load = (kg: number) => (kg === 0 ? 'bodyweight' : formatWeight(kg, unit));
  const reps = (target: NextTime[number]['targets'][number]) => `${target.reps}${target.amrap ? '+' : ''}`;
  const [first] = targets;
  const sameLoad = targets.every((target) => target.weightKg === first!.weightKg);
  const sameReps = targets.every((target) => reps(target) === reps(first!));
  const rpe = first!.rpe != null ? ` · ${formatRpe(first!.rpe)}` : '';
  if (sameLoad && sameReps) return `${targets.length} × ${reps(first!)} × ${load(first!.weightKg)}${rpe}`;
  if (sameLoad) return `${targets.map(reps).join(', ')} reps × ${load(first!.weightKg)}${rpe}`;
  return targets.map((target) => `${reps(target)} × ${load(target.weightKg)}`).join(', ') + rpe;
}

/** One line per exercise and kind: a later set that raised the same record again replaces the earlier value. */
function latestRecords(records: readonly SessionRecord[]): SessionRecord[] {
  const latest = new Map<string, SessionRecord>();
  for (const record of records) latest.set(`${record.exerciseName}\u0000${record.kind}`, record);
  return [...latest.values()];
}

/** The rule's decision for the exercise as a whole (where it continued from is left out: the athlete knows). */
const DECISION_CODES_SKIPPED = new Set(['PROGRESSION_START', 'PROGRESSION_CONTINUES']);

/** After Finish: volume, sets, records, and what the plan changes next time; then back to Today. */
export function SessionSummary({ summary, onDone }: SessionSummaryProps) {
  const unit = useWeightUnit();
  const completed = summary.status === 'COMPLETED';
  const records = latestRecords(summary.records);
  return (
    <article className="summary" aria-labelledby="summary-title">
      <header className="page-header">
        <p className="eyebrow">{summary.title}</p>
        <h1 id="summary-title">{completed ? 'Session complete' : 'Session saved'}</h1>
      </header>
      <div className="card">
        <dl className="summary-stats">
          <div>
            <dt>Status</dt>
            <dd>
              <span className={`badge ${completed ? 'badge-success' : 'badge-warning'}`}>{completed ? 'Completed' : 'Partial'}</span>
            </dd>
          </div>
          <div>
            <dt>Sets</dt>
            <dd>{describeSetCount(summary)}</dd>
          </div>
          <div>
            <dt>Volume</dt>
            <dd>{formatWeight(summary.volumeKg, unit)}</dd>
          </div>
          <div>
            <dt>Records</dt>
            <dd>{records.length === 0 ? 'none this time' : `${records.length} new ${records.length === 1 ? 'record' : 'records'}`}</dd>
          </div>
        </dl>
        <p className="text-muted">
          {completed ? 'Every planned set is logged. Well done.' : 'Some planned sets were not logged. The next session picks up with the next day of your routine.'}
        </p>
      </div>

      {records.length > 0 ? (
        <section className="card" aria-labelledby="summary-records">
          <h2 id="summary-records" className="section-title">
            New records
          </h2>
          <ul className="summary-list">
            {records.map((record) => (
              <li key={`${record.exerciseName}-${record.kind}`} className="summary-record">
                <TrophyIcon />
                <span>{`${record.exerciseName}: ${RECORD_KIND_LABEL[record.kind]} ${recordValue(record.kind, record.valueKg, unit)}`}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="card" aria-labelledby="summary-next">
        <h2 id="summary-next" className="section-title">
          What changes next time
        </h2>
        {summary.nextTime === null ? (
          <p className="text-muted">Finished on another device: Today shows the next session’s targets.</p>
        ) : summary.nextTime.length === 0 ? (
          <p className="text-muted">No progression rule runs on this day’s exercises: next time follows the plan as written.</p>
        ) : (
          <ul className="summary-list next-time">
            {summary.nextTime.map((slot) => {
              const decisions = slot.reasons.filter((reason) => reason.setIndex == null && !DECISION_CODES_SKIPPED.has(reason.code));
              return (
                <li key={slot.exercise.id}>
                  <p className="next-time-head">
                    <span>
                      <strong>{slot.exercise.name}</strong>
                      {slot.targets.length > 0 ? `: ${describeTargets(slot.targets, unit)}` : ''}
                    </span>
                    {slot.isDeload ? <span className="tag">deload</span> : null}
                  </p>
                  {decisions.length > 0 ? <p className="text-muted">{decisions.map((reason) => reason.message).join(' ')}</p> : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <button type="button" className="button button-primary button-block" onClick={onDone}>
        Back to Today
      </button>
    </article>
  );
}
