import { graphql } from '../../gql';
import type { LoggerExerciseFragment as LoggerExerciseData } from '../../gql/graphql';
import type { PreviousSet } from './set-row';

/** An exercise as the logger shows it: its name and what the athlete did with it last time. */
export const LoggerExerciseFragment = graphql(`
  fragment LoggerExercise on Exercise {
    id
    name
    lastTime {
      workoutDate
      sets {
        id
        setIndex
        weightKg
        reps
        isWarmup
        isDropSet
        toFailure
      }
    }
  }
`);

export type LoggerExercise = LoggerExerciseData;

/** Last time's working sets (drop sets included), in order: row n of today's work sets reads set n. */
export function previousWorkSets(exercise: LoggerExercise): PreviousSet[] {
  return (exercise.lastTime?.sets ?? []).filter((set) => !set.isWarmup);
}

/** Last time's warm-ups, in order, for today's warm-up rows. */
export function previousWarmups(exercise: LoggerExercise): PreviousSet[] {
  return (exercise.lastTime?.sets ?? []).filter((set) => set.isWarmup);
}
