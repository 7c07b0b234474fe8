import { graphql } from '../../../gql';

export const CompleteSessionMutation = graphql(`
  mutation CompleteSession($input: CompleteSessionInput!) {
    completeSession(input: $input) {
      session {
        id
        status
        completedAt
        revision
        athlete {
          id
        }
      }
      progress {
        sessionId
        setsDone
        plannedSetsDone
        setsPlanned
        volumeKg
        status
      }
      nextTime {
        exercise {
          id
          name
        }
        isDeload
        targets {
          setIndex
          weightKg
          reps
          amrap
          rpe
        }
        reasons {
          code
          message
          setIndex
        }
      }
    }
  }
`);
