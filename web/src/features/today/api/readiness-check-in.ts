import { graphql } from '../../../gql';

/** Sleep and energy, as the athlete's MANUAL reading of the day (a retry updates it, never duplicates). */
export const RecordRecoverySignalMutation = graphql(`
  mutation RecordRecoverySignal($input: RecordRecoverySignalInput!) {
    recordRecoverySignal(input: $input) {
      created
      recoverySignal {
        id
        measuredOn
        sleepHours
        readiness
      }
    }
  }
`);

/** Soreness of the day, one entry per body part (sending it again updates it). */
export const RecordSorenessMutation = graphql(`
  mutation RecordSoreness($input: RecordSorenessInput!) {
    recordSoreness(input: $input) {
      sorenessLogs {
        id
        bodyPart
        soreness
        loggedOn
      }
    }
  }
`);
