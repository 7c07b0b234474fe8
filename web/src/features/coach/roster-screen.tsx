import { useCallback, useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { ErrorState } from '../../components/ui/error-state';
import { Loading } from '../../components/ui/loading';
import { describeError } from '../../lib/errors';
import { ActivityFeed, type ActivityEvent } from './activity-feed';
import { RosterQuery } from './api/roster';
import { RosterAthlete, readRosterAthlete, rosterOrder } from './roster-athlete';
import './coach.css';

/** Events after which a card's figures change beyond what the event itself carries. */
const REFETCH_ON = new Set(['SESSION_STARTED', 'SESSION_COMPLETED', 'RECORD_SET', 'READINESS_CHECK_IN']);

/** `/coach`: the roster at a glance (attention first) beside the live activity feed. */
export function RosterScreen() {
  const [result, reexecute] = useQuery({ query: RosterQuery, requestPolicy: 'cache-and-network' });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  // Several events arrive together (a set and its records): one refetch for the burst.
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const onEvent = useCallback(
    (event: ActivityEvent) => {
      if (!REFETCH_ON.has(event.kind)) return;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(refresh, 400);
    },
    [refresh],
  );

  if (!result.data) {
    if (result.error) return <ErrorState title="Your roster didn’t load" message={describeError(result.error)} onRetry={refresh} />;
    return <Loading label="Loading your roster…" />;
  }
  const coach = result.data.viewer?.coach;
  if (!coach) {
    return (
      <section className="empty-state">
        <h1>Roster</h1>
        <p>This page is for coaches: your account has no roster.</p>
      </section>
    );
  }
  const { edges, totalCount, pageInfo } = coach.athletes;
  const athletes = edges.map((edge) => ({ ref: edge.node, data: readRosterAthlete(edge.node) })).sort((a, b) => rosterOrder(a.data, b.data));
  const needing = athletes.filter((athlete) => athlete.data.analytics.attention.needsAttention).length;

  return (
    <section className="roster coach-dashboard" aria-labelledby="roster-title">
      <header className="page-header page-header-row">
        <div>
          <h1 id="roster-title">Roster</h1>
          <p className="text-muted">
            {`${totalCount} ${totalCount === 1 ? 'athlete' : 'athletes'}`}
            {needing > 0 ? ` · ${needing} ${needing === 1 ? 'needs' : 'need'} attention` : ' · all on track'}
          </p>
        </div>
        <button type="button" className="button button-secondary" onClick={refresh} disabled={result.fetching}>
          {result.fetching ? 'Refreshing…' : 'Refresh'}
        </button>
      </header>
      {result.error ? <p className="text-warning">{`Couldn’t refresh: ${describeError(result.error)}`}</p> : null}
      <div className="coach-columns">
        <div className="coach-main">
          {athletes.length === 0 ? (
            <p className="empty-state">No athletes on your roster yet: athletes join with an invite code you give them.</p>
          ) : (
            <ul className="roster-list" aria-label="Athletes">
              {athletes.map((athlete) => (
                <RosterAthlete key={athlete.data.id} athlete={athlete.ref} />
              ))}
            </ul>
          )}
          {pageInfo.hasNextPage ? <p className="text-muted">{`Showing the first ${edges.length} of ${totalCount}.`}</p> : null}
        </div>
        <aside className="coach-side" aria-label="Live activity panel">
          <ActivityFeed onEvent={onEvent} />
        </aside>
      </div>
    </section>
  );
}
