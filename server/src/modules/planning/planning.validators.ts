import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * Validators the plan inputs need beyond class-validator's own. Messages name the property;
 * the error's `field` (set by format-error.ts) carries the full dot path.
 */

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * A plan date (YYYY-MM-DD) in a sane range, the one sessions use: the scalar checks only the shape,
 * and PostgreSQL refuses some shapes it lets through (year 0000) with a driver error. Null or
 * omitted passes (the field is optional).
 */
export function IsPlanDate(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isPlanDate',
      validator: {
        validate: (value: unknown) => value == null || (typeof value === 'string' && value >= '1900-01-01' && value <= '2199-12-31'),
        defaultMessage: () => '$property must be a calendar date between 1900-01-01 and 2199-12-31',
      },
    },
    options,
  );
}

/** RPE is rated 1–10 in half points (RTS scale); stored as numeric(3,1) with a half-step check. */
export function IsHalfStep(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isHalfStep',
      validator: {
        validate: (value: unknown) => isNumber(value) && Number.isInteger(value * 2),
        defaultMessage: () => '$property must be a whole or half number, e.g. 7.5',
      },
    },
    options,
  );
}

/** At most `decimals` decimal places (the column's scale), so nothing is silently rounded away. */
export function HasDecimals(decimals: number, options?: ValidationOptions) {
  const factor = 10 ** decimals;
  return ValidateBy(
    {
      name: 'hasDecimals',
      constraints: [decimals],
      validator: {
        validate: (value: unknown) => isNumber(value) && Math.abs(value * factor - Math.round(value * factor)) < 1e-6,
        defaultMessage: () => `$property takes at most ${decimals} decimal place${decimals === 1 ? '' : 's'}`,
      },
    },
    options,
  );
}

/** Strictly greater than `min` (class-validator's Min is inclusive). */
export function IsGreaterThan(min: number, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isGreaterThan',
      constraints: [min],
      validator: {
        validate: (value: unknown) => isNumber(value) && value > min,
        defaultMessage: () => `$property must be greater than ${min}`,
      },
    },
    options,
  );
}

/** Strictly less than `max`. */
export function IsLessThan(max: number, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isLessThan',
      constraints: [max],
      validator: {
        validate: (value: unknown) => isNumber(value) && value < max,
        defaultMessage: () => `$property must be less than ${max}`,
      },
    },
    options,
  );
}

/** Not below the sibling property `other` when both are set (a range's top vs its bottom). */
export function IsNotBelow(other: string, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isNotBelow',
      constraints: [other],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const bottom = (args?.object as Record<string, unknown> | undefined)?.[other];
          return !isNumber(value) || !isNumber(bottom) || value >= bottom;
        },
        defaultMessage: () => `$property must be at least ${other}`,
      },
    },
    options,
  );
}

/** Has a character that is not white space (a name of only spaces is no name). */
export function IsNotBlank(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isNotBlank',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.trim().length > 0,
        defaultMessage: () => '$property must not be blank',
      },
    },
    options,
  );
}

/**
 * Required when `when(object)` holds. Registered under class-validator's `isDefined` type: the
 * only kind of check it runs on a missing value (type-graphql validates with
 * skipMissingProperties, which skips every other check of an absent field).
 */
export function RequiredWhen(when: (object: Record<string, unknown>) => boolean, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isDefined',
      validator: {
        validate: (value: unknown, args?: ValidationArguments) =>
          (value !== undefined && value !== null) || !when((args?.object ?? {}) as Record<string, unknown>),
        defaultMessage: () => '$property is required here',
      },
    },
    options,
  );
}

/** An empty list when `when(object)` holds (a rest day has no exercises). */
export function IsEmptyWhen(when: (object: Record<string, unknown>) => boolean, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isEmptyWhen',
      validator: {
        validate: (value: unknown, args?: ValidationArguments) =>
          !Array.isArray(value) || value.length === 0 || !when((args?.object ?? {}) as Record<string, unknown>),
        defaultMessage: () => '$property must be empty here',
      },
    },
    options,
  );
}
