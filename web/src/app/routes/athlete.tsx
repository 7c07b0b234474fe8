import { useParams } from 'react-router';
import { AthleteScreen } from '../../features/coach/athlete-screen';

/** Loaded on demand, like the roster: athletes never download the coach screens. */
export default function AthleteRoute() {
  const { athleteId = '' } = useParams();
  return (
    <>
      <title>Athlete · Repwise</title>
      <AthleteScreen key={athleteId} athleteId={athleteId} />
    </>
  );
}
