import { graphql } from '../../../gql';

/** Today's screen: the session in progress, else the next planned day. */
export const TodayQuery = graphql(`
  query Today {
    viewer {
      id
      coach {
        __typename
      }
      athlete {
        id
        displayName
        activeRoutine {
          id
          name
        }
        currentSession {
          id
          ...SessionLogger
          prescription {
            ...ReadinessSummary
          }
        }
        nextRoutineDay {
          id
          ...NextDayPlan
        }
      }
    }
  }
`);
