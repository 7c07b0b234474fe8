import { createContext, use, type ReactNode } from 'react';
import type { UnitSystem } from '../gql/graphql';

/**
 * Weights are stored and sent in kg; athletes read and type them in their own unit. Everything that
 * shows or takes a weight goes through here, so kg and lb read the same way on every screen.
 */
export type WeightUnit = 'kg' | 'lb';

/** The international avoirdupois pound (1959): exactly 0.45359237 kg. */
export const KG_PER_LB = 0.45359237;

export const unitOf = (system: UnitSystem | null | undefined): WeightUnit => (system === 'IMPERIAL' ? 'lb' : 'kg');

const weightFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const poundFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** kg → the unit's number (not rounded). */
export const fromKg = (kg: number, unit: WeightUnit): number => (unit === 'kg' ? kg : kg / KG_PER_LB);

/** The unit's number → kg, rounded to the gram so a typed 225 lb does not carry float noise. */
export const toKg = (value: number, unit: WeightUnit): number =>
  unit === 'kg' ? value : Math.round(value * KG_PER_LB * 1000) / 1000;

/** The number alone, for inputs and compact labels: "102.5" in kg, "225" or "225.3" in lb. */
export const formatWeightNumber = (kg: number, unit: WeightUnit): string =>
  unit === 'kg' ? weightFormat.format(kg) : poundFormat.format(fromKg(kg, unit));

/** "102.5 kg" / "225 lb". */
export const formatWeight = (kg: number, unit: WeightUnit): string => `${formatWeightNumber(kg, unit)} ${unit}`;

/** A weight as typed ("2,5" on a comma keyboard too) in the unit → kg; NaN when it is not a number. */
export function parseWeight(text: string, unit: WeightUnit): number {
  const trimmed = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(trimmed) ? toKg(Number(trimmed), unit) : Number.NaN;
}

const WeightUnitContext = createContext<WeightUnit>('kg');

/** Set once in the app shell from the viewer's settings; kg until they load (and in component tests). */
export function WeightUnitProvider({ unit, children }: { unit: WeightUnit; children: ReactNode }) {
  return <WeightUnitContext value={unit}>{children}</WeightUnitContext>;
}

export const useWeightUnit = (): WeightUnit => use(WeightUnitContext);
