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
