import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import { ExerciseType } from '../catalog/exercise.type.js';
import { PrescriptionReasonType } from '../planning/prescription-reason.type.js';
import { ReadinessType } from '../analytics/analytics.type.js';
import type { DryRunExerciseView, NextTimeView } from '../planning/dry-run.service.js';
import type { SessionPrescriptionView } from './session-prescription.service.js';

@ObjectType('PrescribedSet', { description: "Today's targets for one planned set." })
export class PrescribedSetType {
  @Field(() => Int, { description: "The planned set's 1-based index; sets a deload drops are left out." })
  setIndex!: number;

  @Field(() => ID, { description: 'The planned set (RoutineExerciseSet) these targets are for: send it as logSet’s plannedSetId.' })
  plannedSetId!: string;

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
      "Plates (kg) on each side of the athlete's bar, heaviest first, so bar + 2 × their sum = targetWeightKg. Null for exercises not done with a barbell or without a load.",
  })
  platesPerSide!: number[] | null;
}

@ObjectType('PrescribedExercise', { description: "One exercise slot of today's prescription: its sets and why they are what they are." })
export class PrescribedExerciseType {
  @Field(() => ExerciseType, { description: 'The exercise.' })
  exercise!: ExerciseType;

  @Field({ description: "Whether this is a deload for the exercise (its rule's deloadEveryNCycles divides the cycle)." })
  isDeload!: boolean;

  @Field(() => [PrescribedSetType], { description: 'The sets, by setIndex.' })
  sets!: PrescribedSetType[];

  @Field(() => [PrescriptionReasonType], { description: "The decisions in order: where the rule starts, the week/deload, then each set's load source and rounding." })
  reasons!: PrescriptionReasonType[];

  static from(view: DryRunExerciseView): PrescribedExerciseType {
    return Object.assign(new PrescribedExerciseType(), {
      exercise: ExerciseType.from(view.exercise),
      isDeload: view.isDeload,
      sets: view.sets.map((set) =>
        Object.assign(new PrescribedSetType(), {
          setIndex: set.setIndex,
          plannedSetId: toGlobalId('RoutineExerciseSet', set.plannedSetId),
          isWarmup: set.isWarmup,
          targetWeightKg: set.targetWeightKg,
          targetReps: set.targetReps,
          targetRpe: set.targetRpe,
          amrap: set.amrap,
          platesPerSide: set.platesPerSide,
        }),
      ),
      // The dry run's decisions minus the simulated outcome's (a prescription assumes no outcome).
      reasons: view.decisions.filter((decision) => !decision.afterOutcome).map(PrescriptionReasonType.from),
    });
  }
}

@ObjectType('SessionPrescription', {
  description:
    "A session's targets for its routine day, computed like the first session of a routine dry run of that day in the session's cycle: " +
    "each rule continues from the progression state its last completed session stored (else starts from the plan), the athlete's readiness on the session's date scales the loads (and below 40 drops a work set per exercise), " +
    "and loads are rounded to the athlete's bar and plates.",
})
export class SessionPrescriptionType {
  @Field(() => Int, { description: "The cycle it was computed for: the session's cycle, else the routine's current one." })
  cycleNumber!: number;

  @Field({ description: 'Whether any of its exercises is deloading.' })
  isDeload!: boolean;

  @Field(() => Float, { description: "The readiness load factor applied to every load before rounding (1 with no readings, 0.8–0.95 on a poor day)." })
  readinessLoadFactor!: number;

  @Field(() => ReadinessType, { description: "The athlete's readiness on the session's date, which set readinessLoadFactor (record it with recordRecoverySignal and recordSoreness before starting)." })
  readiness!: ReadinessType;

  @Field(() => [PrescribedExerciseType], { description: 'Its exercise slots in the day’s order.' })
  exercises!: PrescribedExerciseType[];

  static from(view: SessionPrescriptionView): SessionPrescriptionType {
    return Object.assign(new SessionPrescriptionType(), {
      cycleNumber: view.cycleNumber,
      isDeload: view.isDeload,
      readinessLoadFactor: view.readiness.adjustment.loadFactor,
      readiness: ReadinessType.from(view.readiness),
      exercises: view.exercises.map(PrescribedExerciseType.from),
    });
  }
}

@ObjectType('NextTimeTarget', { description: 'The target of one work set next time.' })
export class NextTimeTargetType {
  @Field(() => Int, { description: 'The planned set it is for (setIndex; beyond the plan’s sets when the rule prescribes more).' })
  setIndex!: number;

  @Field(() => Float, { description: "Load in kg, rounded like the prescription to what the athlete can load." })
  weightKg!: number;

  @Field(() => Int, { description: 'Target reps (a minimum when `amrap`).' })
  reps!: number;

  @Field(() => Float, { nullable: true, description: 'Target RPE (RPE_AUTOREGULATION), else null.' })
  rpe!: number | null;

  @Field({ description: 'A "+" set: as many reps as possible.' })
  amrap!: boolean;
}

@ObjectType('ExerciseNextTime', {
  description:
    "What an exercise slot with a progression rule should lift next time: the rule applied to this session's logged work sets. " +
    'completeSession stores the step, so the next prescription continues from it.',
})
export class ExerciseNextTimeType {
  @Field(() => ExerciseType, { description: 'The exercise.' })
  exercise!: ExerciseType;

  @Field(() => Int, { nullable: true, description: 'The cycle the targets are for (the next one); null when the rule cannot run.' })
  cycleNumber!: number | null;

  @Field({ description: 'Whether that cycle is a deload for the exercise.' })
  isDeload!: boolean;

  @Field(() => [NextTimeTargetType], { description: 'The work sets, in order; empty when the rule cannot run (see reasons).' })
  targets!: NextTimeTargetType[];

  @Field(() => [PrescriptionReasonType], { description: 'Where the rule started, which rule fired on the logged sets and why, then the next targets’ week/deload.' })
  reasons!: PrescriptionReasonType[];

  static from(view: NextTimeView): ExerciseNextTimeType {
    return Object.assign(new ExerciseNextTimeType(), {
      exercise: ExerciseType.from(view.exercise),
      cycleNumber: view.cycleNumber,
      isDeload: view.isDeload,
      targets: view.targets.map((target) => Object.assign(new NextTimeTargetType(), target)),
      reasons: view.reasons.map(PrescriptionReasonType.from),
    });
  }
}
