import { graphql } from '../../../gql';

/** The standing bests on one exercise: one per kind, so four at most. */
export const ExerciseRecordsQuery = graphql(`
  query ExerciseRecords($exerciseId: ID!) {
    viewer {
      id
      athlete {
        id
        personalRecords(first: 4, filter: { exerciseId: $exerciseId }) {
          edges {
            node {
              id
              kind
              value
              achievedAt
              session {
                id
                workoutDate
              }
            }
          }
        }
      }
    }
  }
`);
