import { graphql } from '../../../gql';

/** One athlete's routines for /routines: the active one, the others, archived ones on request. */
export const RoutineListQuery = graphql(`
  query RoutineList($athleteId: ID!, $includeArchived: Boolean!) {
    node(id: $athleteId) {
      id
      ... on Athlete {
        displayName
        routines(first: 100, filter: { includeArchived: $includeArchived }) {
          edges {
            node {
              id
              name
              description
              isActive
              revision
              archivedAt
              updatedAt
              days {
                id
                isRest
              }
            }
          }
        }
      }
    }
  }
`);
