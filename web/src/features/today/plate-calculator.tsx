import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { Alert } from '../../components/ui/alert';
import { describeError } from '../../lib/errors';
import { formatWeight, fromKg, parseWeight, useWeightUnit, type WeightUnit } from '../../lib/units';
import { type BarLoad, groupPlates, loadBar } from '../../lib/plates';
import { PlateSettingsQuery } from './api/plate-settings';

/** A typed weight in the athlete's unit → kg, or null when it is not a weight up to 1000 kg. */
function parseTarget(text: string, unit: WeightUnit): number | null {
  const kg = parseWeight(text, unit);
  return Number.isNaN(kg) || kg > 1000 ? null : kg;
}

/** "2 × 20 kg + 1.25 kg a side", or "the bar alone". */
export function describeLoad(load: BarLoad, unit: WeightUnit): string {
  if (load.platesPerSide.length === 0) return 'the bar alone';
  const groups = groupPlates(load.platesPerSide).map(({ kg, count }) => (count > 1 ? `${count} × ${formatWeight(kg, unit)}` : formatWeight(kg, unit)));
  return `${groups.join(' + ')} a side`;
}

interface PlateCalculatorProps {
  barWeightKg: number;
  /** Plate sizes the athlete has, kg (pairs of each). */
  platesKg: readonly number[];
}

/** Which plates make a weight the athlete types, on their bar. */
export function PlateCalculator({ barWeightKg, platesKg }: PlateCalculatorProps) {
  const unit = useWeightUnit();
  const [text, setText] = useState('');
  const inputId = useId();
  const targetKg = parseTarget(text, unit);
  const found = targetKg === null ? null : loadBar(targetKg, barWeightKg, platesKg);
  // Pound plates are stored in kg to the gram, so a typed 135 lb can miss them by a few grams:
  // within 30 g (0.07 lb) the nearest load is the one meant.
  const near = (load: BarLoad | null) => (load && targetKg !== null && Math.abs(load.totalKg - targetKg) < 0.03 ? load : null);
  const snapped = found && !found.exact ? (near(found.lower) ?? near(found.higher)) : null;
  const answer = snapped ? { exact: true as const, load: snapped } : found;

  return (
    <div className="plate-calculator">
      <div className="field">
        <label htmlFor={inputId}>{`Weight to load (${unit})`}</label>
        <input id={inputId} inputMode="decimal" autoComplete="off" enterKeyHint="done" value={text} onChange={(event) => setText(event.target.value)} aria-invalid={(text.trim() !== '' && targetKg === null) || undefined} />
      </div>
      <p className="text-muted">{`${formatWeight(barWeightKg, unit)} bar · plates ${platesKg.length > 0 ? platesKg.map((kg) => formatWeight(kg, unit)).join(', ') : 'none'}`}</p>
      <div aria-live="polite" className="plate-answer">
        {text.trim() === '' ? null : targetKg === null ? (
          <p className="set-error">{`Type a weight from 0 to ${Math.floor(fromKg(1000, unit))} ${unit}.`}</p>
        ) : answer?.exact ? (
          <>
            <p className="plate-answer-head">{`${formatWeight(answer.load.totalKg, unit)}: ${describeLoad(answer.load, unit)}`}</p>
            <PlateStack load={answer.load} />
          </>
        ) : answer ? (
          <>
            <p className="plate-answer-head">{`${formatWeight(targetKg, unit)} can’t be made exactly with these plates.`}</p>
            <ul className="plate-options">
              {answer.lower ? <li>{`Nearest lighter: ${formatWeight(answer.lower.totalKg, unit)}, ${describeLoad(answer.lower, unit)}`}</li> : <li>Nothing lighter: that is less than the bar.</li>}
              {answer.higher ? <li>{`Nearest heavier: ${formatWeight(answer.higher.totalKg, unit)}, ${describeLoad(answer.higher, unit)}`}</li> : null}
            </ul>
          </>
        ) : null}
      </div>
    </div>
  );
}

/** The plates on one side, drawn heaviest (innermost) first. */
function PlateStack({ load }: { load: BarLoad }) {
  const unit = useWeightUnit();
  if (load.platesPerSide.length === 0) return null;
  return (
    <ol className="plate-stack" aria-label="Plates on each side, heaviest first">
      {load.platesPerSide.map((kg, index) => (
        <li key={index} className="plate-chip">
          {formatWeight(kg, unit)}
        </li>
      ))}
    </ol>
  );
}

/** The calculator behind a toggle in the logger; the athlete's bar and plates load on first open. */
export function PlateCalculatorPanel() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <section className="card plate-panel" aria-label="Plate calculator">
      <button type="button" className="button button-secondary button-block" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((value) => !value)}>
        {open ? 'Hide plate calculator' : 'Plate calculator'}
      </button>
      <div id={panelId} hidden={!open}>
        {open ? <PlateSettingsLoader /> : null}
      </div>
    </section>
  );
}

function PlateSettingsLoader() {
  const [{ data, error, fetching }] = useQuery({ query: PlateSettingsQuery });
  if (error) return <Alert>{describeError(error)}</Alert>;
  const settings = data?.viewer?.settings;
  if (fetching || !settings) return <p className="text-muted">Loading your bar and plates…</p>;
  return <PlateCalculator barWeightKg={settings.barWeightKg} platesKg={settings.platesKg} />;
}
