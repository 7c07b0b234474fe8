import { useSubscription } from 'urql';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { describeError } from '../../lib/errors';
import { useLiveConnectionState } from '../../lib/live-connection';
import { formatWeight, useWeightUnit } from '../../lib/units';

export const SessionProgressFieldsFragment = graphql(`
  fragment SessionProgressFields on SessionProgress {
    sessionId
    setsDone
    plannedSetsDone
    setsPlanned
    volumeKg
    status
  }
`);

/**
 * The server sends the current state at once, then one event per logged set and on completion.
 * graphcache writes each event to SessionProgress:<sessionId>, which every query showing this
 * session's progress reads, so the views re-render without a refetch or a poll.
 */
export const SessionProgressSubscription = graphql(`
  subscription SessionProgressUpdates($sessionId: ID!) {
    sessionProgress(sessionId: $sessionId) {
      ...SessionProgressFields
    }
  }
`);

/**
 * "2 / 16 sets", "6 / 6 sets + 3 added": planned sets against the plan, and sets logged beyond it
 * apart, so extras never read as the plan done; "5 sets" for a session without a plan.
 */
export function describeSetCount(progress: { setsDone: number; plannedSetsDone: number; setsPlanned: number }): string {
  if (progress.setsPlanned === 0) return `${progress.setsDone} ${progress.setsDone === 1 ? 'set' : 'sets'}`;
  const added = progress.setsDone - progress.plannedSetsDone;
  return `${progress.plannedSetsDone} / ${progress.setsPlanned} sets${added > 0 ? ` + ${added} added` : ''}`;
}

interface SessionProgressStatusProps {
  sessionId: string;
  progress: FragmentType<typeof SessionProgressFieldsFragment>;
}

/** Live "2 / 16 sets · Volume 1,000 kg" for a session, kept current by the subscription. */
export function SessionProgressStatus({ sessionId, progress: progressRef }: SessionProgressStatusProps) {
  const progress = getFragmentData(SessionProgressFieldsFragment, progressRef);
  const [live] = useSubscription({ query: SessionProgressSubscription, variables: { sessionId } });
  const connection = useLiveConnectionState();
  const unit = useWeightUnit();
  const ratio = progress.setsPlanned > 0 ? Math.min(1, progress.plannedSetsDone / progress.setsPlanned) : 0;
  const finished = progress.status === 'COMPLETED' || progress.status === 'PARTIAL';

  return (
    <div className="progress-card">
      <div className="progress-row">
        <div role="status" aria-live="polite" aria-label="Session progress" className="progress-status">
          <span className="progress-sets">{describeSetCount(progress)}</span>
          <span className="visually-hidden">{' · '}</span>
          <span className="progress-volume">{`Volume ${formatWeight(progress.volumeKg, unit)}`}</span>
          {finished ? (
            <>
              <span className="visually-hidden">{' · '}</span>
              <span className="progress-state">{progress.status === 'COMPLETED' ? 'Finished' : 'Finished (partial)'}</span>
            </>
          ) : null}
        </div>
        <p className="progress-live">
          {live.error ? (
            <span className="text-warning">Live updates stopped</span>
          ) : connection === 'offline' ? (
            <span className="text-warning">Offline</span>
          ) : connection === 'reconnecting' ? (
            <span className="text-warning">Reconnecting…</span>
          ) : live.data && connection === 'connected' ? (
            <span className="live-dot">Live</span>
          ) : (
            <span className="text-muted">Connecting…</span>
          )}
        </p>
      </div>
      <div className="progress-bar" aria-hidden="true">
        <div className="progress-bar-fill" style={{ width: `${Math.round(ratio * 100)}%` }} />
      </div>
      {live.error ? <p className="progress-note text-warning">{`${describeError(live.error)} Reload the page to reconnect.`}</p> : null}
      {(connection === 'reconnecting' || connection === 'offline') && !live.error ? (
        <p className="progress-note text-muted">The count may be behind until the connection is back.</p>
      ) : null}
    </div>
  );
}
