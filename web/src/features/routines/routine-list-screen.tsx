import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert } from '../../components/ui/alert';
import { ErrorState } from '../../components/ui/error-state';
import { Loading } from '../../components/ui/loading';
import type { RoutineListQuery as RoutineListData } from '../../gql/graphql';
import { describeError, toAppError } from '../../lib/errors';
import { newUuid } from '../../lib/uuid';
import { ViewerQuery } from '../auth/api/viewer';
import { ArchiveRoutineMutation, DuplicateRoutineMutation, SetActiveRoutineMutation } from './api/routine-actions';
import { RoutineListQuery } from './api/routine-list';
import './routines.css';

type ListedRoutine = Extract<NonNullable<RoutineListData['node']>, { routines: unknown }>['routines']['edges'][number]['node'];

/** `/routines` (a coach: `?athlete=<id>`): the athlete's routines, active first, archived ones on request. */
export function RoutineListScreen() {
  const [params] = useSearchParams();
  const [viewer] = useQuery({ query: ViewerQuery });
  const ownAthleteId = viewer.data?.viewer?.athlete?.id ?? null;
  const athleteId = params.get('athlete') ?? ownAthleteId;
  if (!viewer.data) return <Loading />;
  if (!athleteId) {
    return <ErrorState title="No routines here" message="Routines belong to an athlete. Open an athlete from your roster to see and edit theirs." />;
  }
  return <RoutineList athleteId={athleteId} own={athleteId === ownAthleteId} />;
}

function RoutineList({ athleteId, own }: { athleteId: string; own: boolean }) {
  const navigate = useNavigate();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [result, reexecute] = useQuery({ query: RoutineListQuery, variables: { athleteId, includeArchived }, requestPolicy: 'cache-and-network' });
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string; reload?: boolean } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [, archiveRoutine] = useMutation(ArchiveRoutineMutation);
  const [, duplicateRoutine] = useMutation(DuplicateRoutineMutation);
  const [, setActiveRoutine] = useMutation(SetActiveRoutineMutation);
  // One clientId per source routine until its copy is made: a retried click never makes a second copy.
  const [copyIds] = useState(() => new Map<string, string>());

  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const node = result.data?.node;
  if (!result.data) {
    if (result.error) return <ErrorState title="Your routines didn’t load" message={describeError(result.error)} onRetry={reload} />;
    return <Loading label="Loading routines…" />;
  }
  if (!node || !('routines' in node)) {
    return <ErrorState title="Athlete not found" message="This athlete is not on your roster (or the link is wrong). Open the athlete from your roster." />;
  }
  const routines = node.routines.edges.map((edge) => edge.node);
  // Active first, then the rest newest first (the server's order), archived last.
  const ordered = [...routines].sort((a, b) => Number(b.isActive) - Number(a.isActive) || Number(a.archivedAt != null) - Number(b.archivedAt != null));
  const newPath = own ? '/routines/new' : `/routines/new?athlete=${encodeURIComponent(athleteId)}`;

  async function run(routine: ListedRoutine, action: 'archive' | 'duplicate' | 'activate') {
    setBusy(routine.id);
    setMessage(null);
    const answer =
      action === 'archive'
        ? await archiveRoutine({ input: { id: routine.id, revision: routine.revision } })
        : action === 'activate'
          ? await setActiveRoutine({ input: { id: routine.id } })
          : await duplicateRoutine({ input: { id: routine.id, clientId: copyIds.get(routine.id) ?? copyIds.set(routine.id, newUuid()).get(routine.id)! } });
    setBusy(null);
    if (answer.error) {
      const error = toAppError(answer.error);
      if (error.code === 'CONFLICT' && error.field === 'revision') {
        setMessage({ tone: 'error', text: `“${routine.name}” was changed somewhere else since this list loaded, so it was not archived. The list is reloaded: check it, then try again.`, reload: true });
        reload();
      } else {
        setMessage({ tone: 'error', text: describeError(error, { NOT_FOUND: 'This routine is no longer yours to change. Reload the list.' }) });
      }
      return;
    }
    reload();
    if (action === 'duplicate' && answer.data && 'duplicateRoutine' in answer.data) {
      copyIds.delete(routine.id);
      setMessage({ tone: 'success', text: `Copied as “${answer.data.duplicateRoutine.routine.name}”.` });
      navigate(`/routines/${encodeURIComponent(answer.data.duplicateRoutine.routine.id)}`);
      return;
    }
    setMessage({ tone: 'success', text: action === 'archive' ? `“${routine.name}” archived.` : `“${routine.name}” is now the active routine.` });
  }

  return (
    <div className="routines-page">
      <header className="page-header page-header-row">
        <div>
          {!own ? <p className="eyebrow">{node.displayName}</p> : null}
          <h1>Routines</h1>
        </div>
        <Link className="button button-primary" to={newPath}>
          New routine
        </Link>
      </header>
      {message ? (
        <Alert tone={message.tone}>{message.text}</Alert>
      ) : null}
      <label className="check-row">
        <input type="checkbox" checked={includeArchived} onChange={(event) => setIncludeArchived(event.target.checked)} />
        Show archived routines
      </label>
      {ordered.length === 0 ? (
        <div className="empty-state">
          <p>{own ? 'You have no routines yet. Build one: days, exercises from the catalog, sets and how they progress.' : 'No routines yet for this athlete.'}</p>
          <Link className="button button-primary" to={newPath}>
            Build a routine
          </Link>
        </div>
      ) : (
        <ul className="routine-list">
          {ordered.map((routine) => {
            const training = routine.days.filter((day) => !day.isRest).length;
            return (
              <li key={routine.id} className="card routine-card">
                <article aria-label={routine.name}>
                  <div className="routine-card-head">
                    <h2 className="exercise-name">
                      <Link to={`/routines/${encodeURIComponent(routine.id)}`}>{routine.name}</Link>
                    </h2>
                    {routine.isActive ? <span className="badge badge-success">Active</span> : null}
                    {routine.archivedAt ? <span className="tag">Archived</span> : null}
                  </div>
                  <p className="text-muted">{`${routine.days.length} days · ${training} training · revision ${routine.revision}`}</p>
                  {routine.description ? <p className="notes">{routine.description}</p> : null}
                  <div className="routine-card-actions">
                    <Link className="button button-secondary button-small" to={`/routines/${encodeURIComponent(routine.id)}`} aria-label={`${routine.archivedAt ? 'View' : 'Edit'} ${routine.name}`}>
                      {routine.archivedAt ? 'View' : 'Edit'}
                    </Link>
                    {!routine.isActive && !routine.archivedAt ? (
                      <button type="button" className="button button-secondary button-small" disabled={busy === routine.id} onClick={() => run(routine, 'activate')} aria-label={`Make ${routine.name} active`}>
                        Make active
                      </button>
                    ) : null}
                    <button type="button" className="button button-secondary button-small" disabled={busy === routine.id} onClick={() => run(routine, 'duplicate')} aria-label={`Duplicate ${routine.name}`}>
                      Duplicate
                    </button>
                    {!routine.archivedAt ? (
                      <button type="button" className="button button-ghost button-small" disabled={busy === routine.id} onClick={() => run(routine, 'archive')} aria-label={`Archive ${routine.name}`}>
                        Archive
                      </button>
                    ) : null}
                  </div>
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
