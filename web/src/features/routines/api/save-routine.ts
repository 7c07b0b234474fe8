import { graphql } from '../../../gql';

export const CreateRoutineMutation = graphql(`
  mutation CreateRoutine($input: CreateRoutineInput!) {
    createRoutine(input: $input) {
      routine {
        id
        name
        revision
        isActive
        athlete {
          id
        }
      }
    }
  }
`);

/** Asks for the tree back, so the normalised cache (Today's plan included) shows what was saved. */
export const UpdateRoutineMutation = graphql(`
  mutation UpdateRoutine($input: UpdateRoutineInput!) {
    updateRoutine(input: $input) {
      routine {
        id
        name
        description
        revision
        athlete {
          id
        }
        days {
          id
          dayIndex
          title
          isRest
          notes
          exercises {
            id
            position
            exercise {
              id
              name
            }
            sets {
              id
              setIndex
              isWarmup
              toFailure
              targetReps
              targetRepsMin
              targetRepsMax
              targetWeightKg
              targetRpe
              targetRir
              targetRestSeconds
            }
          }
        }
      }
    }
  }
`);
