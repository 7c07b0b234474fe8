import { ProgressScreen } from '../../features/progress/progress-screen';

/** Loaded on demand with the charting code: the logger's first bundle stays small. */
export default function ProgressRoute() {
  return (
    <>
      <title>Progress · Repwise</title>
      <ProgressScreen />
    </>
  );
}
