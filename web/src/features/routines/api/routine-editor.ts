import { graphql } from '../../../gql';

/** Everything the editor needs to rebuild the form: the whole tree, with every target, and the athlete's next day. */
export const RoutineEditorQuery = graphql(`
  query RoutineEditor($id: ID!) {
    node(id: $id) {
      id
      ... on Routine {
        name
        description
        revision
        isActive
        archivedAt
        athlete {
          id
          displayName
          nextRoutineDay {
            id
          }
        }
        days {
          id
          dayIndex
          title
          isRest
          notes
          exercises {
            id
            position
            section
            supersetGroup
            notes
            exercise {
              id
              name
              equipment
            }
            progressionRule {
              style
              incrementKg
              repRangeMin
              repRangeMax
              waveLength
              deloadEveryNCycles
              deloadPct
            }
            sets {
              id
              setIndex
              isWarmup
              toFailure
              targetReps
              targetRepsMin
              targetRepsMax
              targetWeightKg
              targetPct1rm
              targetRir
              targetRpe
              targetTempo
              targetRestSeconds
              targetDurationSeconds
              targetDistanceMeters
              notes
            }
          }
        }
      }
    }
  }
`);

/** Whose routine a new one is (a coach creating one for an athlete on the roster). */
export const RoutineAthleteQuery = graphql(`
  query RoutineAthlete($id: ID!) {
    node(id: $id) {
      id
      ... on Athlete {
        displayName
      }
    }
  }
`);
