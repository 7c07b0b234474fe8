import { HistoryScreen } from '../../features/history/history-screen';

/** Loaded on demand, with the calendar: the logger's first bundle stays small. */
export default function HistoryRoute() {
  return (
    <>
      <title>History · Repwise</title>
      <HistoryScreen />
    </>
  );
}
