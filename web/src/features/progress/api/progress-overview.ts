import { graphql } from '../../../gql';

/** e1RM trends, weekly volume per muscle and adherence over the last `weeks` ISO weeks. */
export const ProgressOverviewQuery = graphql(`
  query ProgressOverview($weeks: Int!) {
    viewer {
      id
      athlete {
        id
        analytics(weeks: $weeks) {
          from
          asOf
          weeks
          e1rmTrend(limit: 20) {
            exercise {
              id
              name
            }
            sessions
            latestE1rmKg
            changePct
            slopeKgPerWeek
            points {
              date
              e1rmKg
            }
          }
          weeklyVolume {
            week
            weekStart
            muscles {
              muscle
              hardSets
              tonnageKg
            }
          }
          adherence {
            week
            weekStart
            sessionsPlanned
            sessionsDone
            sessionRatio
            unplannedSessions
          }
        }
      }
    }
  }
`);
