import { RoutineListScreen } from '../../features/routines/routine-list-screen';

/** Loaded on demand: routines are planned now and then, the logger is used every session. */
export default function RoutinesRoute() {
  return (
    <>
      <title>Routines · Repwise</title>
      <RoutineListScreen />
    </>
  );
}
