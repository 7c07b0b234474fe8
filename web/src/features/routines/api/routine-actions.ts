import { graphql } from '../../../gql';

export const ArchiveRoutineMutation = graphql(`
  mutation ArchiveRoutine($input: ArchiveRoutineInput!) {
    archiveRoutine(input: $input) {
      routine {
        id
        isActive
        revision
        archivedAt
        athlete {
          id
        }
      }
    }
  }
`);

export const DuplicateRoutineMutation = graphql(`
  mutation DuplicateRoutine($input: DuplicateRoutineInput!) {
    duplicateRoutine(input: $input) {
      routine {
        id
        name
        athlete {
          id
        }
      }
    }
  }
`);

export const SetActiveRoutineMutation = graphql(`
  mutation SetActiveRoutine($input: SetActiveRoutineInput!) {
    setActiveRoutine(input: $input) {
      routine {
        id
        isActive
        revision
        athlete {
          id
        }
      }
      deactivatedRoutines {
        id
        isActive
        revision
      }
    }
  }
`);
