import { SettingsScreen } from '../../features/settings/settings-screen';

/** Loaded on demand: settings are visited rarely, the logger is not. */
export default function SettingsRoute() {
  return (
    <>
      <title>Settings · Repwise</title>
      <SettingsScreen />
    </>
  );
}
