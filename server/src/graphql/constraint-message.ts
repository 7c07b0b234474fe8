/**
 * What a person should read when the database rejects a write by one of its named constraints.
 * Services validate first; this is the wall behind them, so a race or a missed check still
 * answers with a typed code, the field at fault and an actionable message, never SQL text.
 */
export interface ConstraintMessage {
  code: 'CONFLICT' | 'BAD_USER_INPUT';
  /** Input field (dot path) the client should highlight. */
  field?: string;
  message: string;
}
