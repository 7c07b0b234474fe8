import { graphql } from '../../../gql';

/** The engine's simulation of the routine's next cycles: nothing is stored. */
export const RoutineDryRunQuery = graphql(`
  query RoutineDryRun($id: ID!, $cycles: Int!) {
    node(id: $id) {
      id
      ... on Routine {
        revision
        dryRun(cycles: $cycles) {
          startCycleNumber
          sessions {
            ...DryRunSessionFields
          }
        }
      }
    }
  }
`);

export const DryRunSessionFields = graphql(`
  fragment DryRunSessionFields on DryRunSession {
    index
    cycleNumber
    dayIndex
    dayTitle
    isDeload
    exercises {
      isDeload
      exercise {
        id
        name
      }
      sets {
        setIndex
        isWarmup
        amrap
        targetReps
        targetRpe
        targetWeightKg
      }
      decisions {
        code
        message
        setIndex
      }
    }
  }
`);
