import { TodayScreen } from '../../features/today/today-screen';

export function TodayRoute() {
  return (
    <>
      <title>Today · Repwise</title>
      <TodayScreen />
    </>
  );
}
