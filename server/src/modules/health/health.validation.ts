import { ValidateBy, type ValidationOptions } from 'class-validator';
import { BadUserInputError } from '../../graphql/errors.js';

const DAY_MS = 86_400_000;

/** The UTC calendar day of an instant, YYYY-MM-DD. */
export const isoDay = (at: Date): string => at.toISOString().slice(0, 10);

/** The earliest day any health record may carry. */
export const EARLIEST_DAY = '1900-01-01';

/**
 * A measurement day must not lie in the future. The server clock is UTC and the athlete's
 * calendar may run up to a day ahead of it (UTC+14), so tomorrow in UTC is still accepted.
 */
export function checkMeasurementDay(day: string, now: Date, field: string): void {
  const latest = isoDay(new Date(now.getTime() + DAY_MS));
  if (day > latest) throw new BadUserInputError(`${field} must not be in the future (latest accepted: ${latest}).`, field);
  if (day < EARLIEST_DAY) throw new BadUserInputError(`${field} must be on or after ${EARLIEST_DAY}.`, field);
}

/** Rounds to the scale of the numeric column the value is stored in. */
export function toScale(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** numeric / int8 columns come back from pg as text: a number, or null. */
export const numberOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** class-validator: a number that is a whole multiple of `step` (e.g. plates in 0.25 kg steps). */
export function IsMultipleOf(step: number, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isMultipleOf',
      constraints: [step],
      validator: {
        validate: (value: unknown) => typeof value === 'number' && Math.abs(value / step - Math.round(value / step)) < 1e-9,
        defaultMessage: () => `$property must be a multiple of ${step}`,
      },
    },
    options,
  );
}
