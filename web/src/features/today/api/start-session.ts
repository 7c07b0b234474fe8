import { graphql } from '../../../gql';

/**
 * The payload carries the whole logger tree and the readiness the prescription used, so the screen
 * switches to the logger without a refetch.
 */
export const StartSessionMutation = graphql(`
  mutation StartSession($input: StartSessionInput!) {
    startSession(input: $input) {
      session {
        id
        status
        athlete {
          id
        }
        ...SessionLogger
        prescription {
          ...ReadinessSummary
        }
      }
    }
  }
`);
