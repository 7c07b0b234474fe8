import { graphql } from '../../../gql';

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        ...ApiKeyFields
      }
    }
  }
`);
