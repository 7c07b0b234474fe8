import { graphql } from '../../../gql';

export const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      token
      user {
        id
        role
        fullName
        username
        athlete {
          id
        }
        coach {
          __typename
        }
      }
    }
  }
`);
