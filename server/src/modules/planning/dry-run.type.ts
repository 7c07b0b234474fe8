import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ExerciseType } from '../catalog/exercise.type.js';
import { E1rmFormula } from '../identity/identity.enums.js';
import type { DryRunExerciseView, DryRunSessionView, DryRunView } from './dry-run.service.js';

export enum DryRunAssumption {
  ALL_TARGETS_HIT = 'ALL_TARGETS_HIT',
  MISS_LAST_SET_EVERY_NTH_SESSION = 'MISS_LAST_SET_EVERY_NTH_SESSION',
}

registerEnumType(DryRunAssumption, {
  name: 'DryRunAssumption',
  description: 'What the athlete is assumed to do in every simulated session.',
  valuesConfig: {
    ALL_TARGETS_HIT: { description: 'Every work set at its load for exactly its target reps at its target RPE.' },
    MISS_LAST_SET_EVERY_NTH_SESSION: { description: 'As ALL_TARGETS_HIT, but in sessions n, 2n, … (n = `missEvery`) the last work set of every exercise falls one rep short.' },
  },
});

@ObjectType('DryRunDecision', { description: 'One decision of the engine: where a load came from, which progression rule fired, and why.' })
export class DryRunDecisionType {
  @Field(() => Int, { nullable: true, description: 'The planned set it is about (setIndex); null when it is about the whole exercise.' })
  setIndex!: number | null;

  @Field({
    description:
      'Stable code to branch on, e.g. LOAD_FROM_PROGRESSION, LOAD_FROM_PLAN, ROUNDED, LINEAR_INCREMENT, DOUBLE_REPS_UP, DELOAD, PROGRESSION_START (the starting state of a rule), PROGRESSION_UNUSED (a rule the engine cannot run: the plan applies).',
  })
  code!: string;

  @Field({ description: 'The decision in words, with the numbers behind it.' })
  message!: string;
}

@ObjectType('DryRunSet', { description: 'The targets of one set of a simulated session.' })
export class DryRunSetType {
  @Field(() => Int, { description: "The planned set's 1-based index; sets a deload drops are left out." })
  setIndex!: number;

  @Field({ description: 'A warm-up set (never progressed).' })
  isWarmup!: boolean;

  @Field(() => Float, { nullable: true, description: 'Load in kg, rounded to what the athlete can load; null when nothing gives a load.' })
  targetWeightKg!: number | null;

  @Field(() => Int, { nullable: true, description: 'Target reps (a minimum when `amrap`); null when the plan sets none.' })
  targetReps!: number | null;

  @Field(() => Float, { nullable: true, description: 'Target RPE (1–10), if any.' })
  targetRpe!: number | null;

  @Field({ description: 'A "+" set: as many reps as possible, `targetReps` at least.' })
  amrap!: boolean;

  @Field(() => [Float], {
    nullable: true,
    description:
      "Plates (kg) on each side of the athlete's bar, heaviest first, so bar + 2 × their sum = targetWeightKg. Null for exercises not done with a barbell (equipment other than BARBELL) or without a load.",
  })
  platesPerSide!: number[] | null;
}

@ObjectType('DryRunExercise', { description: 'One exercise of a simulated session: its targets and the decisions behind them.' })
export class DryRunExerciseType {
  @Field(() => ExerciseType, { description: 'The exercise.' })
  exercise!: ExerciseType;

  @Field(() => Int, { nullable: true, description: "The cycle of this exercise's progression; null without a progression rule." })
  cycleNumber!: number | null;

  @Field({ description: "Whether this is a deload for the exercise (its rule's deloadEveryNCycles divides the cycle)." })
  isDeload!: boolean;

  @Field(() => [DryRunSetType], { description: 'The sets, by setIndex.' })
  sets!: DryRunSetType[];

  @Field(() => [DryRunDecisionType], { description: "The decisions in order: the rule's starting state (first session), the week/deload, each set's load source and rounding, then the rule that fired on the assumed outcome." })
  decisions!: DryRunDecisionType[];

  static from(view: DryRunExerciseView): DryRunExerciseType {
    return Object.assign(new DryRunExerciseType(), {
      exercise: ExerciseType.from(view.exercise),
      cycleNumber: view.cycleNumber,
      isDeload: view.isDeload,
      sets: view.sets.map((set) => Object.assign(new DryRunSetType(), set)),
      decisions: view.decisions.map((decision) => Object.assign(new DryRunDecisionType(), decision)),
    });
  }
}

@ObjectType('DryRunSession', { description: 'One simulated session: a routine day with its prescribed targets.' })
export class DryRunSessionType {
  @Field(() => Int, { description: '1-based position in the dry run.' })
  index!: number;

  @Field(() => Int, { description: 'The routine day it trains (RoutineDay.dayIndex).' })
  dayIndex!: number;

  @Field(() => String, { nullable: true, description: "The day's title." })
  dayTitle!: string | null;

  @Field(() => Int, { description: 'The cycle (pass through the routine) it belongs to, numbered on from the routine’s current cycle.' })
  cycleNumber!: number;

  @Field({ description: 'Whether any of its exercises is deloading.' })
  isDeload!: boolean;

  @Field(() => [DryRunExerciseType], { description: 'Its exercises in the day’s order.' })
  exercises!: DryRunExerciseType[];

  static from(view: DryRunSessionView): DryRunSessionType {
    return Object.assign(new DryRunSessionType(), { ...view, exercises: view.exercises.map(DryRunExerciseType.from) });
  }
}

@ObjectType('RoutineDryRun', {
  description:
    "The routine's next sessions as the engine would prescribe them under an assumed outcome: nothing is stored. Each rule continues from the progression " +
    'state its last completed session left (PROGRESSION_CONTINUES), or starts from the plan as written (PROGRESSION_START). Barbell loads round to the athlete’s bar and plates, ' +
    'other loads to pairs of their plates without a bar; RPE targets read the RTS chart (nearest cell off its 1–12 reps, RPE 6–10).',
})
export class RoutineDryRunType {
  @Field(() => Int, { description: 'The cycle the dry run starts in: the routine’s current cycle (the next one once it has ended; 1 without cycles).' })
  startCycleNumber!: number;

  @Field(() => Float, { description: "The athlete's bar (kg) loads were rounded with (20 until they save settings)." })
  barWeightKg!: number;

  @Field(() => [Float], { description: "The athlete's plate sizes (kg) loads were rounded with." })
  platesKg!: number[];

  @Field(() => E1rmFormula, { description: 'The e1RM formula used to read simulated sets (the athlete’s setting).' })
  e1rmFormula!: E1rmFormula;

  @Field(() => [DryRunSessionType], { description: 'The sessions in order: training days in rotation, rest days skipped.' })
  sessions!: DryRunSessionType[];

  static from(view: DryRunView): RoutineDryRunType {
    return Object.assign(new RoutineDryRunType(), { ...view, sessions: view.sessions.map(DryRunSessionType.from) });
  }
}
