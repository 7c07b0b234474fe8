import { graphql } from '../../../gql';

/** One finished (or skipped) session with its sets and the records it set. */
export const SessionDetailQuery = graphql(`
  query SessionDetail($id: ID!) {
    node(id: $id) {
      id
      ... on WorkoutSession {
        workoutDate
        slot
        status
        startedAt
        completedAt
        notes
        location
        bodyweightKg
        perceivedFatigue
        routineDay {
          id
          title
        }
        progress {
          sessionId
          setsDone
          plannedSetsDone
          setsPlanned
          volumeKg
        }
        setLogs {
          id
          setIndex
          weightKg
          reps
          rpe
          rir
          isWarmup
          toFailure
          durationSeconds
          distanceMeters
          notes
          exercise {
            id
            name
            metricType
          }
        }
        personalRecords {
          id
          kind
          value
          exercise {
            id
            name
          }
        }
      }
    }
  }
`);
