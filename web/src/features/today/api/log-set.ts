import { graphql } from '../../../gql';

export const LogSetMutation = graphql(`
  mutation LogSet($input: LogSetInput!) {
    logSet(input: $input) {
      setLog {
        id
        plannedSetId
        ...LoggedSet
      }
      progress {
        ...SessionProgressFields
      }
      records {
        kind
        valueKg
        previousKg
        exercise {
          id
          name
        }
      }
    }
  }
`);
