import { graphql } from '../../../gql';

/** `/athletes/:athleteId`: the plan tree of every routine, recent sessions with their sets, and analytics. */
export const AthleteDetailQuery = graphql(`
  query AthleteDetail($athleteId: ID!) {
    node(id: $athleteId) {
      __typename
      id
      ... on Athlete {
        displayName
        currentSession {
          id
          status
        }
        routines(first: 20) {
          edges {
            cursor
            node {
              ...AthleteRoutine
            }
          }
        }
        sessions(first: 8) {
          edges {
            cursor
            node {
              ...AthleteSessionHistory
            }
          }
          pageInfo {
            hasNextPage
          }
        }
        analytics(weeks: 8) {
          asOf
          attention {
            needsAttention
            reasons {
              code
              message
            }
          }
          readiness {
            score
            band
            reason
          }
          adherence {
            week
            weekStart
            sessionsPlanned
            sessionsDone
            sessionRatio
            setsPlanned
            setsDone
            setRatio
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
          e1rmTrend(limit: 4) {
            exercise {
              id
              name
            }
            latestE1rmKg
            slopeKgPerWeek
            changePct
            points {
              date
              e1rmKg
            }
          }
          records(first: 10) {
            id
            kind
            value
            achievedAt
            exercise {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const AthleteRoutineFragment = graphql(`
  fragment AthleteRoutine on Routine {
    id
    name
    description
    isActive
    revision
    archivedAt
    startsOn
    updatedAt
    cycles(first: 3) {
      edges {
        node {
          id
          cycleNumber
          isDeload
          startedOn
          endedOn
        }
      }
    }
    days {
      id
      dayIndex
      title
      isRest
      exercises {
        id
        position
        section
        supersetGroup
        exercise {
          id
          name
        }
        progressionRule {
          style
          incrementKg
        }
        sets {
          id
          setIndex
          isWarmup
          targetReps
          targetRepsMin
          targetRepsMax
          targetWeightKg
          targetRpe
          targetRir
          targetDurationSeconds
          targetDistanceMeters
        }
      }
    }
  }
`);

export const AthleteSessionHistoryFragment = graphql(`
  fragment AthleteSessionHistory on WorkoutSession {
    id
    workoutDate
    status
    routineDay {
      id
      title
    }
    progress {
      sessionId
      setsDone
      plannedSetsDone
      setsPlanned
      volumeKg
      status
    }
    setLogs {
      id
      setIndex
      weightKg
      reps
      rpe
      isWarmup
      exercise {
        id
        name
      }
    }
  }
`);
