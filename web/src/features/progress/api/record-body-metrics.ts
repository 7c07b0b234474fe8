import { graphql } from '../../../gql';

/** One row per athlete and day: sending the same day again updates it, so a retry never duplicates. */
export const RecordBodyMetricsMutation = graphql(`
  mutation RecordBodyMetrics($input: RecordBodyMetricsInput!) {
    recordBodyMetrics(input: $input) {
      created
      bodyMetric {
        id
        measuredOn
        weightKg
      }
    }
  }
`);
