import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { ErrorState } from '../../components/ui/error-state';
import { Loading } from '../../components/ui/loading';
import { describeError } from '../../lib/errors';
import { ProgressOverviewQuery } from './api/progress-overview';
import { BodyWeightSection } from './body-weight-section';
import { E1rmSection } from './e1rm-section';
import { AdherenceSection, VolumeSection } from './volume-section';
import './progress.css';

const WINDOWS = [8, 12, 26] as const;

/** `/progress`: strength, volume, adherence and body weight over the last weeks, as charts with their numbers. */
export function ProgressScreen() {
  const id = useId();
  const [weeks, setWeeks] = useState<number>(12);
  const [result, reexecute] = useQuery({ query: ProgressOverviewQuery, variables: { weeks }, requestPolicy: 'cache-and-network' });
  const athlete = result.data?.viewer?.athlete;

  return (
    <section className="progress" aria-labelledby="progress-title">
      <header className="page-header page-header-row">
        <h1 id="progress-title">Progress</h1>
        <div className="field progress-window">
          <label htmlFor={`${id}-weeks`}>Period</label>
          <select id={`${id}-weeks`} value={weeks} onChange={(event) => setWeeks(Number(event.target.value))}>
            {WINDOWS.map((value) => (
              <option key={value} value={value}>
                Last {value} weeks
              </option>
            ))}
          </select>
        </div>
      </header>
      {!result.data ? (
        result.error ? (
          <ErrorState title="Your progress didn’t load" message={describeError(result.error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : (
          <Loading label="Loading your progress…" />
        )
      ) : !athlete ? (
        <p className="empty-state">Progress is for athletes: this account has no training of its own.</p>
      ) : (
        <div className="progress-grid">
          <E1rmSection trends={athlete.analytics.e1rmTrend} />
          <VolumeSection weeks={athlete.analytics.weeklyVolume} />
          <BodyWeightSection athleteId={athlete.id} weeks={weeks} />
          <AdherenceSection weeks={athlete.analytics.adherence} />
        </div>
      )}
    </section>
  );
}
