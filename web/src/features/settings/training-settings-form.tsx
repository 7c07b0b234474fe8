import { type FormEvent, useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Alert } from '../../components/ui/alert';
import { ErrorState } from '../../components/ui/error-state';
import { Loading } from '../../components/ui/loading';
import type { E1rmFormula, UnitSystem } from '../../gql/graphql';
import { type AppError, describeError, toAppError } from '../../lib/errors';
import { formatNumber } from '../../lib/format';
import { TrainingSettingsQuery } from './api/training-settings';
import { UpdateSettingsMutation } from './api/update-settings';

const FORMULAS: [E1rmFormula, string][] = [
  ['EPLEY', 'Epley: weight × (1 + reps / 30) (default)'],
  ['BRZYCKI', 'Brzycki: weight × 36 / (37 − reps)'],
  ['LOMBARDI', 'Lombardi: weight × reps^0.10'],
  ['OCONNER', 'O’Conner: weight × (1 + reps / 40)'],
];

type Field = 'unitSystem' | 'e1rmFormula' | 'barWeightKg' | 'platesKg';
const FIELDS: readonly Field[] = ['unitSystem', 'e1rmFormula', 'barWeightKg', 'platesKg'];

export interface TrainingSettingsValues {
  unitSystem: UnitSystem;
  e1rmFormula: E1rmFormula;
  barWeightKg: number;
  platesKg: number[];
}

/** A kg amount as typed ("2,5" on a comma keyboard too); NaN when it is not a number. */
export function parseKg(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The field a server error names (`platesKg.2` → platesKg), when it is one of this form's. */
function fieldOf(error: AppError): Field | null {
  const head = error.field?.split('.')[0];
  return FIELDS.find((field) => field === head) ?? null;
}

/** `/settings`, first card: loads the viewer's settings, then the form. */
export function TrainingSettingsSection() {
  const [result, reexecute] = useQuery({ query: TrainingSettingsQuery });
  if (!result.data) {
    if (result.error) {
      return (
        <ErrorState
          title="Your settings didn’t load"
          message={describeError(result.error)}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      );
    }
    return <Loading label="Loading your settings…" />;
  }
  const settings = result.data.viewer?.settings;
  if (!settings) return null;
  return <TrainingSettingsForm initial={settings} />;
}

/**
 * Units, e1RM formula, bar and plates. Saves all four together: updateSettings writes the same
 * values again on a retry, so resubmitting after a failure is harmless.
 */
export function TrainingSettingsForm({ initial }: { initial: TrainingSettingsValues }) {
  const id = useId();
  const [unitSystem, setUnitSystem] = useState<UnitSystem>(initial.unitSystem);
  const [e1rmFormula, setE1rmFormula] = useState<E1rmFormula>(initial.e1rmFormula);
  const [barWeight, setBarWeight] = useState(formatNumber(initial.barWeightKg));
  const [plates, setPlates] = useState<number[]>(initial.platesKg);
  const [newPlate, setNewPlate] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [status, setStatus] = useState('');
  const [{ fetching }, updateSettings] = useMutation(UpdateSettingsMutation);

  const invalidField = error ? fieldOf(error) : null;
  const errorId = `${id}-error`;
  const invalid = (field: Field) => (invalidField === field ? { 'aria-invalid': true, 'aria-describedby': errorId } : {});

  function addPlate() {
    const kg = parseKg(newPlate);
    if (!(kg > 0)) {
      setError({ code: 'BAD_USER_INPUT', field: 'platesKg', message: 'A plate is a weight in kg above 0, e.g. 1.25.' });
      return;
    }
    setError(null);
    if (!plates.includes(kg)) setPlates([...plates, kg].sort((a, b) => b - a));
    setNewPlate('');
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setStatus('');
    const barWeightKg = parseKg(barWeight);
    if (Number.isNaN(barWeightKg)) {
      setError({ code: 'BAD_USER_INPUT', field: 'barWeightKg', message: 'Bar weight is a number of kg from 0 to 100, e.g. 20.' });
      return;
    }
    if (plates.length === 0) {
      setError({ code: 'BAD_USER_INPUT', field: 'platesKg', message: 'Add at least one plate size.' });
      return;
    }
    const result = await updateSettings({ input: { unitSystem, e1rmFormula, barWeightKg, platesKg: plates } });
    if (result.error) {
      setError(toAppError(result.error));
      return;
    }
    const saved = result.data?.updateSettings.user.settings;
    if (saved) {
      setBarWeight(formatNumber(saved.barWeightKg));
      setPlates(saved.platesKg);
    }
    setStatus('Settings saved.');
  }

  const message = error ? describeError(error) : null;

  return (
    <section className="card settings-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Training
      </h2>
      <form className="settings-form" onSubmit={save} noValidate>
        <fieldset className="settings-choice">
          <legend>Units</legend>
          <label>
            <input type="radio" name="unitSystem" value="METRIC" checked={unitSystem === 'METRIC'} onChange={() => setUnitSystem('METRIC')} />
            Kilograms (kg)
          </label>
          <label>
            <input type="radio" name="unitSystem" value="IMPERIAL" checked={unitSystem === 'IMPERIAL'} onChange={() => setUnitSystem('IMPERIAL')} />
            Pounds (lb)
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-formula`}>Estimated 1RM formula</label>
          <select
            id={`${id}-formula`}
            name="e1rmFormula"
            value={e1rmFormula}
            onChange={(event) => setE1rmFormula(event.target.value as E1rmFormula)}
            {...invalid('e1rmFormula')}
          >
            {FORMULAS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-bar`}>Bar weight (kg)</label>
          <input
            id={`${id}-bar`}
            name="barWeightKg"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={barWeight}
            onChange={(event) => setBarWeight(event.target.value)}
            {...invalid('barWeightKg')}
          />
        </div>
        <fieldset className="settings-plates">
          <legend>Plates (kg, one per size; loaded in pairs)</legend>
          <ul className="plate-stack" aria-label="Plate sizes">
            {plates.map((kg) => (
              <li key={kg} className="plate-chip settings-plate">
                <span>{formatNumber(kg)}</span>
                <button
                  type="button"
                  className="button button-ghost button-small"
                  aria-label={`Remove ${formatNumber(kg)} kg plate`}
                  onClick={() => setPlates(plates.filter((plate) => plate !== kg))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <div className="settings-add-plate">
            <div className="field">
              <label htmlFor={`${id}-plate`}>Add a plate size (kg)</label>
              <input
                id={`${id}-plate`}
                name="newPlateKg"
                type="text"
                inputMode="decimal"
                autoComplete="off"
                placeholder="e.g. 1.25"
                value={newPlate}
                onChange={(event) => setNewPlate(event.target.value)}
                onKeyDown={(event) => {
                  // Enter adds the plate rather than saving the whole form.
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    addPlate();
                  }
                }}
                {...invalid('platesKg')}
              />
            </div>
            <button type="button" className="button button-secondary" onClick={addPlate}>
              Add plate
            </button>
          </div>
        </fieldset>
        {message ? <Alert id={errorId}>{message}</Alert> : null}
        <p role="status" className="settings-status">
          {status}
        </p>
        <button type="submit" className="button button-primary button-block" disabled={fetching}>
          {fetching ? 'Saving…' : 'Save settings'}
        </button>
      </form>
    </section>
  );
}
