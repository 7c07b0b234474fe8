import { RosterScreen } from '../../features/coach/roster-screen';

/** Loaded on demand: athletes never download the coach screens. */
export default function CoachRoute() {
  return (
    <>
      <title>Roster · Repwise</title>
      <RosterScreen />
    </>
  );
}
