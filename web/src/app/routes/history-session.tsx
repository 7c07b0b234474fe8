import { useParams } from 'react-router';
import { SessionDetailScreen } from '../../features/history/session-detail-screen';

/** `/history/:sessionId`, loaded on demand. */
export default function HistorySessionRoute() {
  const { sessionId = '' } = useParams();
  return <SessionDetailScreen key={sessionId} sessionId={sessionId} />;
}
