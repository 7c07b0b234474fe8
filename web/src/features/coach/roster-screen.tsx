import { useQuery } from 'urql';
import { ErrorState } from '../../components/ui/error-state';
import { Loading } from '../../components/ui/loading';
import { describeError } from '../../lib/errors';
import { RosterQuery } from './api/roster';
import { RosterAthlete } from './roster-athlete';

/** `/coach`: the roster, with a way into each athlete's live session. */
export function RosterScreen() {
  const [result, reexecute] = useQuery({ query: RosterQuery, requestPolicy: 'cache-and-network' });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

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

  return (
    <section className="roster" aria-labelledby="roster-title">
      <header className="page-header page-header-row">
        <div>
          <h1 id="roster-title">Roster</h1>
          <p className="text-muted">{`${totalCount} ${totalCount === 1 ? 'athlete' : 'athletes'}`}</p>
        </div>
        <button type="button" className="button button-secondary" onClick={refresh} disabled={result.fetching}>
          {result.fetching ? 'Refreshing…' : 'Refresh'}
        </button>
      </header>
      {result.error ? <p className="text-warning">{`Couldn’t refresh: ${describeError(result.error)}`}</p> : null}
      {edges.length === 0 ? (
        <p className="empty-state">No athletes on your roster yet.</p>
      ) : (
        <ul className="roster-list">
          {edges.map((edge) => (
            <RosterAthlete key={edge.cursor} athlete={edge.node} />
          ))}
        </ul>
      )}
      {pageInfo.hasNextPage ? <p className="text-muted">{`Showing the first ${edges.length} of ${totalCount}.`}</p> : null}
    </section>
  );
}
