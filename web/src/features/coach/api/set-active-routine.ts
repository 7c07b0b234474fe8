import { graphql } from '../../../gql';

export const SetActiveRoutineMutation = graphql(`
  mutation SetActiveRoutine($input: SetActiveRoutineInput!) {
    setActiveRoutine(input: $input) {
      routine {
        id
        isActive
        revision
      }
      deactivatedRoutines {
        id
        isActive
        revision
      }
    }
  }
`);
