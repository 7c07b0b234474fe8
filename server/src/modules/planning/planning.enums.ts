/** Where an exercise sits in a day (seed 000 `WorkoutExerciseSection`). */
export enum ExerciseSection {
  WARMUP = 'WARMUP',
  MAIN = 'MAIN',
  ACCESSORY = 'ACCESSORY',
}

/** How the load or reps of a routine exercise advance from cycle to cycle (seed 003, DESIGN §3). */
export enum ProgressionStyle {
  /** Add load every successful cycle (linear). */
  SINGLE_PROGRESSION = 'SINGLE_PROGRESSION',
  /** Add reps across a rep range, then add load and drop back to the bottom of the range. */
  DOUBLE_PROGRESSION = 'DOUBLE_PROGRESSION',
  /** Rising waves of load with falling reps, restarting a step higher. */
  WAVE_LOADING = 'WAVE_LOADING',
  /** Percentages of a 1RM / training max that climb through a wave. */
  PERCENT_1RM_WAVE = 'PERCENT_1RM_WAVE',
  /** Load chosen from the target RPE and the last session's e1RM. */
  RPE_AUTOREGULATION = 'RPE_AUTOREGULATION',
}
