import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromGlobalId, parseGlobalId, toGlobalId } from './global-id.js';

describe('global ids', () => {
  it('encode exactly as base64url of "Type:id" (the format clients already hold) and decode back', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z]{1,30}$/), fc.integer({ min: 1, max: 2_147_483_647 }), (type, id) => {
        const globalId = toGlobalId(type, id);
        expect(globalId).toBe(Buffer.from(`${type}:${id}`, 'utf8').toString('base64url'));
        expect(parseGlobalId(globalId)).toEqual({ type, id });
      }),
      { numRuns: 2000 },
    );
  });

  it('refuse an id of another type, naming the field', () => {
    expect(() => fromGlobalId(toGlobalId('Routine', 7), 'Exercise', 'exerciseId')).toThrow(/exerciseId is not a valid Exercise id/);
    expect(parseGlobalId('not-an-id')).toBeNull();
  });
});
