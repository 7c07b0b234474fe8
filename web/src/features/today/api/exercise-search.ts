import { graphql } from '../../../gql';

/** The catalog by name or alias, for adding an exercise the plan does not have. */
export const ExerciseSearchQuery = graphql(`
  query ExerciseSearch($search: String!) {
    exercises(first: 12, filter: { search: $search }) {
      edges {
        node {
          id
          ...LoggerExercise
          primaryMuscle
          equipment
        }
      }
    }
  }
`);
