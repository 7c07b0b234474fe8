import { graphql } from '../../../gql';

/**
 * One month's sessions for the calendar. A month holds at most 31 days × 4 slots; 100 covers any
 * real month, and the screen says so when a page is cut short (hasNextPage).
 */
export const MonthSessionsQuery = graphql(`
  query MonthSessions($from: LocalDate!, $to: LocalDate!) {
    viewer {
      id
      athlete {
        id
        sessions(first: 100, filter: { from: $from, to: $to }) {
          edges {
            node {
              id
              ...CalendarSession
            }
          }
          pageInfo {
            hasNextPage
          }
        }
      }
    }
  }
`);

export const CalendarSessionFragment = graphql(`
  fragment CalendarSession on WorkoutSession {
    id
    workoutDate
    slot
    status
    notes
    routineDay {
      id
      title
    }
    progress {
      sessionId
      setsDone
      volumeKg
    }
  }
`);
