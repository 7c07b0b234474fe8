import { graphql } from '../../../gql';

/**
 * The whole roster dashboard in one request: each athlete's card reads its own fragment
 * (RosterAthlete). The server batches every nested field, so the statement count is the same for
 * 1 athlete and for 50 (server/src/modules/analytics/roster-dashboard.api.test.ts).
 */
export const RosterQuery = graphql(`
  query Roster {
    viewer {
      id
      coach {
        athletes(first: 50) {
          totalCount
          edges {
            cursor
            node {
              id
              ...RosterAthlete
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`);
