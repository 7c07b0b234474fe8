import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { Alert } from '../../components/ui/alert';
import type { MuscleGroup } from '../../gql/graphql';
import { type AppError, describeError, toAppError } from '../../lib/errors';
import { localDate } from '../../lib/format';
import { RecordRecoverySignalMutation, RecordSorenessMutation } from './api/readiness-check-in';

/** Overall soreness is FULL_BODY; naming a part records it against that part instead. */
const BODY_PARTS: [MuscleGroup, string][] = [
  ['FULL_BODY', 'All over'],
  ['CHEST', 'Chest'],
  ['BACK', 'Back'],
  ['SHOULDERS', 'Shoulders'],
  ['BICEPS', 'Biceps'],
  ['TRICEPS', 'Triceps'],
  ['FOREARMS', 'Forearms'],
  ['ABS', 'Abs'],
  ['OBLIQUES', 'Obliques'],
  ['QUADS', 'Quads'],
  ['HAMSTRINGS', 'Hamstrings'],
  ['GLUTES', 'Glutes'],
  ['CALVES', 'Calves'],
  ['OTHER', 'Somewhere else'],
];

const SORENESS_LABELS = ['1 – barely', '2 – a little', '3 – sore', '4 – quite sore', '5 – very sore'];

/**
 * Energy 1–10 as the reading's readiness (0–100): ×10, so 10 is 100 ("fully ready") and 5 is 50.
 * The server scores it as a device readiness would be, next to sleep and soreness.
 */
export const energyToReadiness = (energy: number): number => energy * 10;

/** Sleep hours as typed ("7,5" on a comma keyboard too); null when empty, NaN when not a number. */
function parseHours(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

interface ReadinessCheckInProps {
  athleteId: string;
}

/**
 * Before starting: how the athlete slept, how sore and how energetic they feel. Every field is
 * optional and so is the whole form: Start session works without it. Saving twice the same day
 * updates the day's readings (both mutations upsert by day), so a retry never duplicates them.
 */
export function ReadinessCheckIn({ athleteId }: ReadinessCheckInProps) {
  const id = useId();
  const [sleep, setSleep] = useState('');
  const [soreness, setSoreness] = useState('');
  const [bodyPart, setBodyPart] = useState<MuscleGroup>('FULL_BODY');
  const [energy, setEnergy] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [invalidField, setInvalidField] = useState<'sleepHours' | null>(null);
  const [saved, setSaved] = useState(false);
  const [{ fetching: savingSignal }, recordRecoverySignal] = useMutation(RecordRecoverySignalMutation);
  const [{ fetching: savingSoreness }, recordSoreness] = useMutation(RecordSorenessMutation);
  const saving = savingSignal || savingSoreness;
  const errorId = `${id}-error`;

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setInvalidField(null);
    setSaved(false);
    const sleepHours = parseHours(sleep);
    if (sleepHours !== null && !(sleepHours >= 0 && sleepHours <= 24)) {
      setInvalidField('sleepHours');
      setError({ code: 'BAD_USER_INPUT', message: 'Sleep is a number of hours from 0 to 24, e.g. 7.5.' });
      return;
    }
    const readiness = energy === '' ? null : energyToReadiness(Number(energy));
    if (sleepHours === null && readiness === null && soreness === '') {
      setError({ code: 'BAD_USER_INPUT', message: 'Fill in at least one answer, or skip the check-in and start the session.' });
      return;
    }
    // The athlete's calendar day: the readiness of the session started today reads it.
    const day = localDate();
    if (sleepHours !== null || readiness !== null) {
      const input = { athleteId, measuredOn: day, source: 'MANUAL' as const, ...(sleepHours !== null && { sleepHours }), ...(readiness !== null && { readiness }) };
      const result = await recordRecoverySignal({ input });
      if (result.error) return fail(toAppError(result.error));
    }
    if (soreness !== '') {
      const result = await recordSoreness({ input: { athleteId, loggedOn: day, entries: [{ bodyPart, soreness: Number(soreness) }] } });
      if (result.error) return fail(toAppError(result.error));
    }
    setSaved(true);
  }

  function fail(appError: AppError) {
    if (appError.code === 'BAD_USER_INPUT' && appError.field?.endsWith('sleepHours')) setInvalidField('sleepHours');
    setError(appError);
  }

  const message = error
    ? describeError(error, {
        FORBIDDEN: 'Only you can check in for your own training. Log in as the athlete to do it.',
        NOT_FOUND: 'Your athlete profile was not found. Reload the page, then try again.',
      })
    : null;

  return (
    <section className="card check-in" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Check-in (optional)
      </h2>
      <p className="text-muted">Tell us how you feel and today’s loads adjust to it. Skip it to train as planned.</p>
      <form className="check-in-form" onSubmit={save} noValidate aria-describedby={message ? errorId : undefined}>
        <div className="field">
          <label htmlFor={`${id}-sleep`}>Sleep last night (hours)</label>
          <input
            id={`${id}-sleep`}
            name="sleepHours"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            placeholder="e.g. 7.5"
            value={sleep}
            aria-invalid={invalidField === 'sleepHours' || undefined}
            aria-describedby={invalidField === 'sleepHours' ? errorId : undefined}
            onChange={(event) => setSleep(event.target.value)}
          />
        </div>
        <div className="check-in-pair">
          <div className="field">
            <label htmlFor={`${id}-soreness`}>Soreness</label>
            <select id={`${id}-soreness`} name="soreness" value={soreness} onChange={(event) => setSoreness(event.target.value)}>
              <option value="">Not sore / skip</option>
              {SORENESS_LABELS.map((label, index) => (
                <option key={label} value={String(index + 1)}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-body-part`}>Where (optional)</label>
            <select
              id={`${id}-body-part`}
              name="bodyPart"
              value={bodyPart}
              disabled={soreness === ''}
              onChange={(event) => setBodyPart(event.target.value as MuscleGroup)}
            >
              {BODY_PARTS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-energy`}>Energy (1 = drained, 10 = ready for anything)</label>
          <select id={`${id}-energy`} name="energy" value={energy} onChange={(event) => setEnergy(event.target.value)}>
            <option value="">Leave out</option>
            {Array.from({ length: 10 }, (_, index) => String(index + 1)).map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        {message ? <Alert id={errorId}>{message}</Alert> : null}
        {saved ? <Alert tone="success">Check-in saved. Start the session to see today’s readiness.</Alert> : null}
        <button type="submit" className="button button-secondary button-block" disabled={saving}>
          {saving ? 'Saving…' : 'Save check-in'}
        </button>
      </form>
    </section>
  );
}
