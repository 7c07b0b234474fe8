import { graphql } from '../../../gql';

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
