import { ApiKeysSection } from './api-keys-section';
import { TrainingSettingsSection } from './training-settings-form';

/** `/settings`: training preferences, then partner API keys. */
export function SettingsScreen() {
  return (
    <section className="settings" aria-labelledby="settings-title">
      <header className="page-header">
        <h1 id="settings-title">Settings</h1>
      </header>
      <TrainingSettingsSection />
      <ApiKeysSection />
    </section>
  );
}
