import type { SessionStatus } from '../../gql/graphql';

/** What each status reads as, in the calendar, its legend and the session list. */
export const STATUS_LABEL: Record<SessionStatus, string> = {
  COMPLETED: 'Completed',
  PARTIAL: 'Partial',
  SKIPPED: 'Skipped',
  PLANNED: 'Planned',
  IN_PROGRESS: 'In progress',
};

/** Statuses told apart by shape as well as colour (see history.css). */
export const statusClass = (status: SessionStatus): string => `status-mark status-${status.toLowerCase().replace('_', '-')}`;

/**
 * What a session is called: its routine day's title, else the first line of its notes (where an
 * import keeps the workout's name, e.g. "Push A"), else "Workout" (and its slot on a two-a-day).
 */
export function sessionTitle(session: { slot: number; notes?: string | null; routineDay?: { title?: string | null } | null }): string {
  const fromNotes = session.notes?.split('\n')[0]?.trim();
  const title = session.routineDay?.title ?? (fromNotes ? (fromNotes.length > 40 ? `${fromNotes.slice(0, 39)}…` : fromNotes) : null);
  return title ?? (session.slot > 1 ? `Workout ${session.slot}` : 'Workout');
}
