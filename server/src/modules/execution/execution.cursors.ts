import { BadUserInputError } from '../../graphql/errors.js';
import type { TimeCursor } from './execution.loaders.js';

/** Cursor for a list ordered by (instant desc, id desc), the instant in microseconds: exact where a Date would round. */
export function encodeTimeCursor(cursor: TimeCursor): string {
  return Buffer.from(`t:${cursor.micros}:${cursor.id}`, 'utf8').toString('base64url');
}

export function decodeTimeCursor(cursor: string, field = 'after'): TimeCursor {
  const match = /^t:(-?\d{1,19}):(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new BadUserInputError(`${field} is not a cursor this list returned.`, field);
  return { micros: match[1]!, id: Number(match[2]) };
}
