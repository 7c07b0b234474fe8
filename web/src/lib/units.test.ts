import { describe, expect, it } from 'vitest';
import { formatWeight, formatWeightNumber, fromKg, parseWeight, toKg, unitOf } from './units';

describe('weight units', () => {
  it('maps the unit system to a unit, kg by default', () => {
    expect(unitOf('IMPERIAL')).toBe('lb');
    expect(unitOf('METRIC')).toBe('kg');
    expect(unitOf(null)).toBe('kg');
  });

  it.each([
    [100, 'kg', '100 kg'],
    [102.5, 'kg', '102.5 kg'],
    [20, 'lb', '44.1 lb'],
    [102.058, 'lb', '225 lb'],
    [0, 'lb', '0 lb'],
  ] as const)('shows %s kg as %s in %s', (kg, unit, shown) => {
    expect(formatWeight(kg, unit)).toBe(shown);
  });

  it('reads typed weights back to kg, commas included, and refuses what is not a number', () => {
    expect(parseWeight('225', 'lb')).toBe(102.058);
    expect(parseWeight('2,5', 'kg')).toBe(2.5);
    expect(parseWeight('45 lb', 'lb')).toBeNaN();
    expect(parseWeight('', 'kg')).toBeNaN();
  });

  it('round-trips a pound figure through kg without drift', () => {
    for (const lb of [5, 45, 135, 225, 315, 405, 495.5]) {
      expect(formatWeightNumber(toKg(lb, 'lb'), 'lb')).toBe(String(lb));
      expect(fromKg(toKg(lb, 'lb'), 'lb')).toBeCloseTo(lb, 2);
    }
  });
});
