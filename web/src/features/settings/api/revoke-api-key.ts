import { graphql } from '../../../gql';

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      apiKey {
        id
        ...ApiKeyFields
      }
    }
  }
`);
