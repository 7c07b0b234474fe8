import { BadUserInputError } from './errors.js';

/**
 * Relay global ids: base64url("Type:dbId"). Opaque to clients; decoding checks the type so an
 * id of one kind can never address a row of another.
 */
export function toGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export function parseGlobalId(globalId: string): { type: string; id: number } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):([1-9][0-9]{0,9})$/.exec(decoded);
  if (!match) return null;
  const id = Number(match[2]);
  return id <= 2_147_483_647 ? { type: match[1]!, id } : null;
}

/** Decodes an id argument of the expected type, or answers BAD_USER_INPUT naming the field. */
export function fromGlobalId(globalId: string, expectedType: string, field: string): number {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== expectedType) {
    throw new BadUserInputError(`${field} is not a valid ${expectedType} id.`, field);
  }
  return parsed.id;
}
