import { graphql } from '../../../gql';

/** The engine's ranked substitutes for a planned exercise, for this athlete (equipment and movement rules applied). */
export const LoggerSubstitutesQuery = graphql(`
  query LoggerSubstitutes($exerciseId: ID!, $athleteId: ID!) {
    node(id: $exerciseId) {
      id
      ... on Exercise {
        substitutes(athleteId: $athleteId, first: 6) {
          assumedFullGym
          substitutes {
            score
            reasons
            exercise {
              id
              ...LoggerExercise
            }
          }
        }
      }
    }
  }
`);
