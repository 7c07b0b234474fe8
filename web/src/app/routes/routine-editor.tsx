import { useParams } from 'react-router';
import { EditRoutineScreen, NewRoutineScreen } from '../../features/routines/routine-editor-screen';

/** `/routines/new` and `/routines/:routineId`, loaded on demand with the editor. */
export default function RoutineEditorRoute() {
  const { routineId } = useParams();
  return (
    <>
      <title>{routineId ? 'Edit routine · Repwise' : 'New routine · Repwise'}</title>
      {routineId ? <EditRoutineScreen key={routineId} /> : <NewRoutineScreen />}
    </>
  );
}
