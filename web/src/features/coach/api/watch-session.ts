import { graphql } from '../../../gql';

export const WatchSessionQuery = graphql(`
  query WatchSession($sessionId: ID!) {
    node(id: $sessionId) {
      __typename
      id
      ... on WorkoutSession {
        status
        workoutDate
        startedAt
        completedAt
        athlete {
          id
          displayName
        }
        routineDay {
          id
          title
          exercises {
            id
            position
            exercise {
              id
              name
            }
            sets {
              id
            }
          }
        }
        setLogs {
          id
          plannedSetId
          setIndex
          weightKg
          reps
          rpe
          isWarmup
          performedAt
          exercise {
            id
            name
          }
        }
        progress {
          ...SessionProgressFields
        }
      }
    }
  }
`);
