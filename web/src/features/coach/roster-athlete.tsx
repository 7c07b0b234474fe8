import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formatTime } from '../../lib/format';

export const RosterAthleteFragment = graphql(`
  fragment RosterAthlete on Athlete {
    id
    displayName
    activeRoutine {
      id
      name
    }
    currentSession {
      id
      status
      startedAt
      routineDay {
        id
        title
      }
    }
  }
`);

export function RosterAthlete({ athlete: athleteRef }: { athlete: FragmentType<typeof RosterAthleteFragment> }) {
  const athlete = getFragmentData(RosterAthleteFragment, athleteRef);
  const session = athlete.currentSession;
  return (
    <li className="card roster-athlete">
      <div className="roster-athlete-main">
        <h2 className="roster-name">{athlete.displayName}</h2>
        <p className="text-muted">{athlete.activeRoutine ? athlete.activeRoutine.name : 'No active routine'}</p>
      </div>
      {session ? (
        <div className="roster-live">
          <p>
            <span className="live-dot">Training now</span>
            {session.routineDay?.title ? ` · ${session.routineDay.title}` : ''}
            {session.startedAt ? ` · since ${formatTime(session.startedAt)}` : ''}
          </p>
          <Link className="button button-primary" to={`/watch/${encodeURIComponent(session.id)}`} aria-label={`Watch ${athlete.displayName} live`}>
            Watch live
          </Link>
        </div>
      ) : (
        <p className="text-muted roster-idle">Not training now</p>
      )}
    </li>
  );
}
