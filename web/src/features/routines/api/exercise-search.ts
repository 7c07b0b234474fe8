import { graphql } from '../../../gql';

/** The catalog the athlete can see, by name or alias ("rdl" finds Romanian Deadlift). */
export const RoutineExerciseSearchQuery = graphql(`
  query RoutineExerciseSearch($search: String) {
    exercises(first: 20, filter: { search: $search }) {
      edges {
        node {
          id
          name
          equipment
          primaryMuscle
        }
      }
    }
  }
`);
