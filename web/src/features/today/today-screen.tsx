import { useCallback, useState } from 'react';
import { Navigate } from 'react-router';
import { useQuery } from 'urql';
import { Alert } from '../../components/ui/alert';
import { ErrorState } from '../../components/ui/error-state';
import { Loading } from '../../components/ui/loading';
import { describeError } from '../../lib/errors';
import { TodayQuery } from './api/today';
import { NextDayPlan } from './next-day-plan';
import { ReadinessSummary } from './readiness-summary';
import { SessionLogger } from './session-logger';
import { SessionSummary, type SessionSummaryData } from './session-summary';

/** `/`: the logger while a session is in progress, else today's plan. */
export function TodayScreen() {
  // cache-and-network: show what we have at once, and catch up with other devices.
  const [result, reexecute] = useQuery({ query: TodayQuery, requestPolicy: 'cache-and-network' });
  const [summary, setSummary] = useState<SessionSummaryData | null>(null);
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  if (summary) return <SessionSummary summary={summary} onDone={() => setSummary(null)} />;
  if (!result.data) {
    if (result.error) {
      return <ErrorState title="Today’s workout didn’t load" message={describeError(result.error)} onRetry={refetch} />;
    }
    return <Loading label="Loading today’s workout…" />;
  }

  const viewer = result.data.viewer;
  const athlete = viewer?.athlete;
  if (!athlete) {
    if (viewer?.coach) return <Navigate to="/coach" replace />;
    return (
      <section className="empty-state">
        <h1>No training log</h1>
        <p>This account does not train, so there is nothing to log here.</p>
      </section>
    );
  }

  const stale = result.error ? <Alert>{`Showing saved data: ${describeError(result.error)}`}</Alert> : null;

  if (athlete.currentSession) {
    return (
      <>
        {stale}
        {athlete.currentSession.prescription ? <ReadinessSummary prescription={athlete.currentSession.prescription} /> : null}
        <SessionLogger session={athlete.currentSession} onFinished={setSummary} onStale={refetch} />
      </>
    );
  }
  if (!athlete.activeRoutine) {
    return (
      <section className="empty-state">
        <h1>No routine yet</h1>
        <p>You have no active routine, so there is no plan for today. Ask your coach to assign one.</p>
      </section>
    );
  }
  if (!athlete.nextRoutineDay) {
    return (
      <section className="empty-state">
        <h1>Nothing planned</h1>
        <p>{`${athlete.activeRoutine.name} has no training days yet. Ask your coach to add some.`}</p>
      </section>
    );
  }
  return (
    <>
      {stale}
      <NextDayPlan day={athlete.nextRoutineDay} routineName={athlete.activeRoutine.name} athleteId={athlete.id} />
    </>
  );
}
