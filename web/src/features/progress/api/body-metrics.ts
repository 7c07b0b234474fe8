import { graphql } from '../../../gql';

/** Body measurements since `from`, newest first: one per day, so 100 covers three months. */
export const BodyMetricsQuery = graphql(`
  query BodyMetrics($from: LocalDate!) {
    viewer {
      id
      athlete {
        id
        bodyMetrics(first: 100, filter: { from: $from }) {
          edges {
            node {
              id
              measuredOn
              weightKg
            }
          }
        }
      }
    }
  }
`);
