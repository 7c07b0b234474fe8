import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { ErrorState } from '../../components/ui/error-state';
import { Loading } from '../../components/ui/loading';
import { ViewerQuery } from '../auth/api/viewer';
import { describeError } from '../../lib/errors';
import { useWeightUnit } from '../../lib/units';
import { RoutineAthleteQuery, RoutineEditorQuery } from './api/routine-editor';
import { RoutineDryRunPanel } from './dry-run-view';
import { RoutineEditor } from './routine-editor';
import { draftFromRoutine, emptyDraft } from './routine-draft';
import './routines.css';

const listPath = (athleteId: string | null) => (athleteId ? `/routines?athlete=${encodeURIComponent(athleteId)}` : '/routines');

/** `/routines/new` (`?athlete=<id>`: a coach writing one for an athlete on the roster). */
export function NewRoutineScreen() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const forAthlete = params.get('athlete');
  const [viewer] = useQuery({ query: ViewerQuery });
  const [athlete, reexecute] = useQuery({ query: RoutineAthleteQuery, variables: { id: forAthlete ?? '' }, pause: !forAthlete });
  const initial = useState(emptyDraft)[0];

  const ownAthleteId = viewer.data?.viewer?.athlete?.id ?? null;
  const athleteId = forAthlete ?? ownAthleteId;
  if (forAthlete && forAthlete !== ownAthleteId) {
    if (athlete.error) return <ErrorState title="This athlete didn’t load" message={describeError(athlete.error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    if (!athlete.data) return <Loading label="Loading the athlete…" />;
    const node = athlete.data.node;
    if (!node || !('displayName' in node)) {
      return <ErrorState title="Athlete not found" message="This athlete is not on your roster (or the link is wrong). Open the athlete from your roster and try again." />;
    }
  }
  if (!viewer.data) return <Loading />;
  if (!athleteId) {
    return <ErrorState title="No athlete to plan for" message="Routines belong to an athlete. Open an athlete from your roster to write one for them." />;
  }
  const athleteName = forAthlete && forAthlete !== ownAthleteId && athlete.data?.node && 'displayName' in athlete.data.node ? athlete.data.node.displayName : null;

  return (
    <div className="routines-page">
      <p className="back-link">
        <Link to={listPath(forAthlete)}>← Routines</Link>
      </p>
      <RoutineEditor
        athleteId={athleteId}
        athleteName={athleteName}
        routine={null}
        initial={initial}
        onCreated={(routineId) => navigate(`/routines/${encodeURIComponent(routineId)}`, { replace: true, state: { created: true } })}
      />
    </div>
  );
}

/** `/routines/:routineId`: the editor for a stored routine (the athlete's own, or a roster athlete's for a coach) and its dry run. */
export function EditRoutineScreen() {
  const { routineId = '' } = useParams();
  const unit = useWeightUnit();
  const client = useClient();
  const [viewer] = useQuery({ query: ViewerQuery });
  const [result, reexecute] = useQuery({ query: RoutineEditorQuery, variables: { id: routineId }, requestPolicy: 'cache-and-network' });
  // Bumped on reload: the editor remounts with the stored routine as its draft.
  const [generation, setGeneration] = useState(0);
  const [savedRevision, setSavedRevision] = useState(0);

  if (!result.data) {
    if (result.error) {
      return <ErrorState title="This routine didn’t load" message={describeError(result.error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    }
    return <Loading label="Loading the routine…" />;
  }
  const routine = result.data.node;
  if (!routine || !('days' in routine)) {
    return (
      <ErrorState
        title="Routine not found"
        message="No routine you can edit has this address: it may belong to someone else, or the link is wrong. Go back to Routines."
      />
    );
  }
  const own = viewer.data?.viewer?.athlete?.id === routine.athlete.id;
  const nextDay = routine.athlete.nextRoutineDay ? routine.days.find((day) => day.id === routine.athlete.nextRoutineDay?.id) : undefined;

  return (
    <div className="routines-page">
      <p className="back-link routine-links">
        <Link to={listPath(own ? null : routine.athlete.id)}>← Routines</Link>
        <a className="dry-run-jump" href="#dry-run">
          See the next weeks ↓
        </a>
      </p>
      <div className="routine-workspace">
        <RoutineEditor
          key={`${routine.id}-${generation}`}
          athleteId={routine.athlete.id}
          athleteName={own ? null : routine.athlete.displayName}
          routine={{ id: routine.id, revision: routine.revision, archived: routine.archivedAt != null, nextDayIndex: routine.isActive && nextDay ? nextDay.dayIndex : null }}
          initial={draftFromRoutine(routine, unit)}
          onSaved={(revision) => setSavedRevision(revision)}
          onReload={async () => {
            await client.query(RoutineEditorQuery, { id: routine.id }, { requestPolicy: 'network-only' }).toPromise();
            setGeneration((value) => value + 1);
          }}
        />
        <RoutineDryRunPanel routineId={routine.id} revision={savedRevision} />
      </div>
    </div>
  );
}
