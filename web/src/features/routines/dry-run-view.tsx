import { useEffect, useId, useState } from 'react';
import { useQuery } from 'urql';
import { ErrorState } from '../../components/ui/error-state';
import { Loading } from '../../components/ui/loading';
import { type FragmentType, getFragmentData } from '../../gql';
import type { DryRunSessionFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { formatRpe } from '../../lib/format';
import { formatWeight, useWeightUnit, type WeightUnit } from '../../lib/units';
import { DryRunSessionFields, RoutineDryRunQuery } from './api/dry-run';

type DryRunSet = Omit<DryRunSessionFieldsFragment['exercises'][number]['sets'][number], '__typename'>;

/** "80 kg × 5", "80 kg × 5+", "× 8 · RPE 8" for a set without a load. */
function describeSet(set: DryRunSet, unit: WeightUnit): string {
  const reps = set.targetReps == null ? null : `${set.targetReps}${set.amrap ? '+' : ''}`;
  const load = set.targetWeightKg == null ? null : formatWeight(set.targetWeightKg, unit);
  const main = load && reps ? `${load} × ${reps}` : load ? load : reps ? `${reps} reps` : 'as you feel';
  return set.targetRpe == null ? main : `${main} · ${formatRpe(set.targetRpe)}`;
}

/**
 * Consecutive sets with the same targets read as one line: "3 × 82.5 kg × 5". Warm-ups are
 * grouped apart and say so.
 */
export function summariseSets(sets: readonly DryRunSet[], unit: WeightUnit): string[] {
  const lines: { text: string; count: number; warmup: boolean }[] = [];
  for (const set of sets) {
    const text = describeSet(set, unit);
    const last = lines.at(-1);
    if (last && last.text === text && last.warmup === set.isWarmup) last.count += 1;
    else lines.push({ text, count: 1, warmup: set.isWarmup });
  }
  return lines.map((line) => `${line.warmup ? 'Warm-up ' : ''}${line.count > 1 ? `${line.count} × ` : ''}${line.text}`);
}

interface DryRunViewProps {
  sessions: readonly FragmentType<typeof DryRunSessionFields>[];
}

/** The simulated sessions, grouped by cycle: what to lift each time, deloads marked, the engine's reasons on request. */
export function DryRunView({ sessions: sessionRefs }: DryRunViewProps) {
  const unit = useWeightUnit();
  const sessions = sessionRefs.map((ref) => getFragmentData(DryRunSessionFields, ref));
  if (sessions.length === 0) {
    return <p className="empty-state">Nothing to simulate: this routine has only rest days. Add exercises to a day to see its next weeks.</p>;
  }
  const cycles = new Map<number, DryRunSessionFieldsFragment[]>();
  for (const session of sessions) cycles.set(session.cycleNumber, [...(cycles.get(session.cycleNumber) ?? []), session]);

  return (
    <ol className="dry-run-cycles">
      {[...cycles].map(([cycleNumber, cycleSessions]) => {
        const deload = cycleSessions.some((session) => session.isDeload);
        return (
          <li key={cycleNumber} className="dry-run-cycle">
            <h3 className="dry-run-cycle-title">
              {`Cycle ${cycleNumber}`}
              {deload ? <span className="badge badge-warning">Deload</span> : null}
            </h3>
            <ol className="dry-run-sessions">
              {cycleSessions.map((session) => (
                <li key={session.index} className="card dry-run-session">
                  <article aria-label={`Session ${session.index}: cycle ${cycleNumber}, day ${session.dayIndex}${session.dayTitle ? ` ${session.dayTitle}` : ''}`}>
                    <h4 className="dry-run-session-title">
                      <span className="eyebrow">{`Session ${session.index} · Day ${session.dayIndex}`}</span>
                      <span>{session.dayTitle ?? `Day ${session.dayIndex}`}</span>
                      {session.isDeload ? <span className="badge badge-warning">Deload</span> : null}
                    </h4>
                    <ul className="dry-run-exercises">
                      {session.exercises.map((slot, e) => (
                        <li key={`${slot.exercise.id}-${e}`}>
                          <p className="dry-run-exercise">
                            <strong>{slot.exercise.name}</strong>
                            {slot.isDeload ? <span className="tag">deload</span> : null}
                          </p>
                          <ul className="dry-run-sets">
                            {summariseSets(slot.sets, unit).map((line, i) => (
                              <li key={i}>{line}</li>
                            ))}
                          </ul>
                          {slot.decisions.length > 0 ? (
                            <details className="dry-run-why">
                              <summary>{`Why these numbers? (${slot.exercise.name})`}</summary>
                              <ul>
                                {slot.decisions.map((decision, i) => (
                                  <li key={i}>
                                    {decision.setIndex != null ? <span className="text-muted">{`Set ${decision.setIndex}: `}</span> : null}
                                    {decision.message}
                                  </li>
                                ))}
                              </ul>
                            </details>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  </article>
                </li>
              ))}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}

const CYCLE_CHOICES = [2, 4, 8, 12];

/** The dry run of a saved routine, with how many cycles to look ahead; `revision` re-runs it after a save. */
export function RoutineDryRunPanel({ routineId, revision }: { routineId: string; revision: number }) {
  const id = useId();
  const [cycles, setCycles] = useState(4);
  const [result, reexecute] = useQuery({ query: RoutineDryRunQuery, variables: { id: routineId, cycles }, requestPolicy: 'cache-and-network' });
  // The engine's answer depends on the tree just saved: ask again rather than show the cached plan.
  useEffect(() => {
    if (revision > 1) reexecute({ requestPolicy: 'network-only' });
  }, [revision, reexecute]);
  const node = result.data?.node;
  const dryRun = node && 'dryRun' in node ? node.dryRun : null;

  return (
    <section id="dry-run" className="dry-run" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <div className="page-header-row">
        <div>
          <h2 id={`${id}-title`} className="section-title">
            Next weeks (dry run)
          </h2>
          <p className="text-muted">
            What the engine would prescribe if every target is hit: loads rounded to your plates, deloads where the rules call for them. Nothing is stored.
          </p>
        </div>
        <div className="field dry-run-cycles-choice">
          <label htmlFor={`${id}-cycles`}>Look ahead</label>
          <select id={`${id}-cycles`} value={cycles} onChange={(event) => setCycles(Number(event.target.value))}>
            {CYCLE_CHOICES.map((count) => (
              <option key={count} value={count}>{`${count} cycles`}</option>
            ))}
          </select>
        </div>
      </div>
      {dryRun ? (
        <div aria-busy={result.fetching}>
          <DryRunView sessions={dryRun.sessions} />
        </div>
      ) : result.error ? (
        <ErrorState title="The dry run didn’t load" message={describeError(result.error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : (
        <Loading label="Simulating the next weeks…" />
      )}
    </section>
  );
}
