import { graphql } from '../../../gql';

/** The first 100 keys: at most 20 are active, so revoked ones are all that can fall off the end. */
export const ApiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys(first: 100) {
      edges {
        cursor
        node {
          id
          ...ApiKeyFields
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);
