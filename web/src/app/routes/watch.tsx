import { useParams } from 'react-router';
import { WatchScreen } from '../../features/coach/watch-screen';

export default function WatchRoute() {
  const { sessionId = '' } = useParams();
  return (
    <>
      <title>Live session · Repwise</title>
      {/* keyed: another session starts from a clean slate */}
      <WatchScreen key={sessionId} sessionId={sessionId} />
    </>
  );
}
