import { graphql } from '../../../gql';

/** The roster's live feed: sessions started and finished, sets, records, check-ins. */
export const RosterActivitySubscription = graphql(`
  subscription RosterActivity {
    rosterActivity {
      kind
      at
      athleteId
      athleteName
      sessionId
      dayTitle
      watchingAthleteIds
      set {
        id
        exerciseName
        setIndex
        weightKg
        reps
        rpe
        isWarmup
      }
      records {
        kind
        valueKg
        exerciseName
      }
      progress {
        sessionId
        setsDone
        plannedSetsDone
        setsPlanned
        volumeKg
        status
      }
      checkIn {
        day
        sleepHours
        hrvMs
        restingHr
        sorenessMax
        soreBodyParts
      }
    }
  }
`);
