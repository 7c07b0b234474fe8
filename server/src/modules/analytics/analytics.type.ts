import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MuscleGroup } from '../catalog/catalog.enums.js';
import { ExerciseType } from '../catalog/exercise.type.js';
import type { AnalyticsInputs, AnalyticsWindowKey } from './analytics.loaders.js';
import type { Readiness } from '../../engine/readiness.js';

export enum ReadinessComponentName {
  HRV = 'HRV',
  RESTING_HR = 'RESTING_HR',
  SLEEP_HOURS = 'SLEEP_HOURS',
  SLEEP_SCORE = 'SLEEP_SCORE',
  DEVICE_READINESS = 'DEVICE_READINESS',
  SORENESS = 'SORENESS',
}

registerEnumType(ReadinessComponentName, {
  name: 'ReadinessComponentName',
  description: 'A signal that feeds the readiness score.',
  valuesConfig: {
    HRV: { description: "Heart-rate variability (rMSSD) against the athlete's own baseline (weight 0.30)." },
    RESTING_HR: { description: "Resting heart rate against the athlete's own baseline; higher lowers the score (weight 0.15)." },
    SLEEP_HOURS: { description: 'Hours slept: 4 h or less scores 0, 8 h or more 100 (weight 0.15).' },
    SLEEP_SCORE: { description: "A device's sleep score, used as reported (weight 0.10)." },
    DEVICE_READINESS: { description: "A device's own readiness score, used as reported (weight 0.10)." },
    SORENESS: { description: 'Soreness reported for the day: the sorest body part dominates (weight 0.20).' },
  },
});

export enum ReadinessBand {
  HIGH = 'HIGH',
  MODERATE = 'MODERATE',
  LOW = 'LOW',
  VERY_LOW = 'VERY_LOW',
  UNKNOWN = 'UNKNOWN',
}

registerEnumType(ReadinessBand, {
  name: 'ReadinessBand',
  description: 'The band a readiness score falls in, and so the load adjustment.',
  valuesConfig: {
    HIGH: { description: '80 or more: train as prescribed.' },
    MODERATE: { description: '60–79: loads −5 %.' },
    LOW: { description: '40–59: loads −10 %.' },
    VERY_LOW: { description: 'Below 40: loads −20 % and one working set fewer per exercise.' },
    UNKNOWN: { description: 'No signal to score: train as prescribed.' },
  },
});

@ObjectType({ description: 'Planned vs done in one ISO week (Monday–Sunday).' })
export class WeekAdherence {
  @Field({ description: 'ISO 8601 week label, e.g. "2026-W47".' })
  week!: string;

  @Field(() => GraphQLLocalDate, { description: 'The Monday that starts the week.' })
  weekStart!: string;

  @Field(() => Int, { description: 'Sessions with a routine day dated this week, whatever their status (a skipped one is a planned one missed).' })
  sessionsPlanned!: number;

  @Field(() => Int, { description: 'Planned sessions of this week with at least one working set logged.' })
  sessionsDone!: number;

  @Field(() => Float, { nullable: true, description: 'sessionsDone / sessionsPlanned in [0, 1]; null when nothing was planned.' })
  sessionRatio!: number | null;

  @Field(() => Int, { description: "Working (non-warm-up) sets the planned sessions' routine days prescribe." })
  setsPlanned!: number;

  @Field(() => Int, { description: 'Working sets done towards the plan, each exercise capped at its planned sets.' })
  setsDone!: number;

  @Field(() => Float, { nullable: true, description: 'setsDone / setsPlanned in [0, 1]; null when nothing was planned.' })
  setRatio!: number | null;

  @Field(() => Int, { description: 'Sessions trained this week without a routine day (they never raise a ratio).' })
  unplannedSessions!: number;

  @Field(() => Int, { description: "Working sets beyond the plan: over an exercise's planned count, of unplanned exercises, or in unplanned sessions." })
  extraSets!: number;
}

@ObjectType('MuscleVolume', { description: "One muscle's training volume in a week." })
export class MuscleVolumeType {
  @Field(() => MuscleGroup, { description: 'The muscle group.' })
  muscle!: MuscleGroup;

  @Field(() => Float, {
    description: 'Hard sets: working sets within 3 reps of failure (RIR ≤ 3, RPE ≥ 7, or no effort logged); sets where the muscle only assists count 0.5.',
  })
  hardSets!: number;

  @Field(() => Float, { description: 'Σ weight × reps over working sets in kg; sets where the muscle only assists count half.' })
  tonnageKg!: number;
}

@ObjectType({ description: 'Training volume per muscle in one ISO week.' })
export class WeekVolume {
  @Field({ description: 'ISO 8601 week label, e.g. "2026-W47".' })
  week!: string;

  @Field(() => GraphQLLocalDate, { description: 'The Monday that starts the week.' })
  weekStart!: string;

  @Field(() => [MuscleVolumeType], { description: 'Every muscle a working set trained this week, by muscle name; empty for a week without training.' })
  muscles!: MuscleVolumeType[];
}

@ObjectType({ description: 'The best estimated 1RM of one training day.' })
export class E1rmPoint {
  @Field(() => GraphQLLocalDate, { description: 'The training day (the session date).' })
  date!: string;

  @Field(() => Float, { description: "The day's best e1RM over its working sets, in kg, by the athlete's e1RM formula." })
  e1rmKg!: number;
}

@ObjectType({ description: "How an exercise's estimated 1RM moved over the window." })
export class ExerciseTrend {
  exerciseId!: number;

  @Field(() => ExerciseType, { description: 'The exercise.' })
  exercise!: ExerciseType;

  @Field(() => Int, { description: 'Sessions in the window with a working set of this exercise (what the trends are ranked by).' })
  sessions!: number;

  @Field(() => Float, { description: 'The e1RM of the last point, in kg.' })
  latestE1rmKg!: number;

  @Field(() => Float, { nullable: true, description: 'Least-squares slope of the points, in kg per week; null with fewer than two training days.' })
  slopeKgPerWeek!: number | null;

  @Field(() => Float, { nullable: true, description: '100 · (last − first) / first over the points; null with fewer than two training days.' })
  changePct!: number | null;

  @Field(() => [E1rmPoint], { description: 'One point per training day in the window, oldest first.' })
  points!: E1rmPoint[];
}

@ObjectType('ReadinessComponent', { description: "One signal's part in the readiness score." })
export class ReadinessComponentType {
  @Field(() => ReadinessComponentName, { description: 'The signal.' })
  component!: ReadinessComponentName;

  @Field(() => Float, { description: 'Its own score, 0–100.' })
  score!: number;

  @Field(() => Float, { description: 'Its weight after re-weighting over the signals present (the weights sum to 1).' })
  weight!: number;

  @Field(() => Float, { description: 'Points it adds to the score: weight × score.' })
  contribution!: number;

  @Field({ description: 'How the score was reached, for a person.' })
  explanation!: string;
}

@ObjectType({ description: 'A signal that could not be scored, and why.' })
export class MissingReadinessComponent {
  @Field(() => ReadinessComponentName, { description: 'The signal.' })
  component!: ReadinessComponentName;

  @Field({ description: 'Why it is missing, e.g. "no HRV reading today".' })
  reason!: string;
}

@ObjectType('Readiness', {
  description:
    "Readiness on the as-of day, 0–100, from that day's recovery readings (HRV and resting HR against the 28 days before) and soreness; " +
    'missing signals are re-weighted away rather than guessed.',
})
export class ReadinessType {
  @Field(() => Int, { nullable: true, description: 'The score, 0–100; null when no signal could be scored.' })
  score!: number | null;

  @Field({ description: 'Why the score is null, else what it means for the day (the load adjustment).' })
  reason!: string;

  @Field(() => ReadinessBand, { description: 'The band the score falls in.' })
  band!: ReadinessBand;

  @Field(() => [ReadinessComponentType], { description: 'The signals that were scored, in a fixed order.' })
  components!: ReadinessComponentType[];

  @Field(() => [MissingReadinessComponent], { description: 'The signals that could not be scored.' })
  missing!: MissingReadinessComponent[];

  @Field(() => Int, { description: 'Change to prescribed loads in percent: 0, −5, −10 or −20.' })
  loadAdjustmentPct!: number;

  @Field(() => Int, { description: 'Working sets to drop per exercise: 0, or 1 when readiness is below 40.' })
  dropSets!: number;

  static from(readiness: Readiness): ReadinessType {
    return Object.assign(new ReadinessType(), {
      score: readiness.score,
      reason: readiness.score === null ? `${readiness.reason}: ${readiness.missing.map((item) => item.reason).join('; ')}` : readiness.adjustment.reason,
      band: readiness.adjustment.band as ReadinessBand,
      components: readiness.components.map((component) => ({ ...component, component: component.component as ReadinessComponentName })),
      missing: readiness.missing.map((item) => ({ component: item.component as ReadinessComponentName, reason: item.reason })),
      loadAdjustmentPct: readiness.adjustment.loadPct,
      dropSets: -readiness.adjustment.setDelta,
    });
  }
}

@ObjectType({ description: "An athlete's training analytics over a window of ISO weeks ending with the as-of day's week." })
export class AthleteAnalytics {
  subjectId!: number;
  window!: AnalyticsWindowKey & { weeks: number };
  inputs!: AnalyticsInputs;

  @Field(() => Int, { description: 'Weeks in the window.' })
  weeks!: number;

  @Field(() => GraphQLLocalDate, { description: 'The Monday that starts the window.' })
  from!: string;

  @Field(() => GraphQLLocalDate, { description: 'The as-of day: the last day counted.' })
  asOf!: string;
}

export enum AttentionReasonCode {
  COMPLIANCE_DROP = 'COMPLIANCE_DROP',
  MISSED_SESSIONS = 'MISSED_SESSIONS',
  NO_RECENT_TRAINING = 'NO_RECENT_TRAINING',
}

registerEnumType(AttentionReasonCode, {
  name: 'AttentionReasonCode',
  description: 'Why an athlete needs their coach’s attention.',
  valuesConfig: {
    COMPLIANCE_DROP: { description: 'Set compliance (planned working sets done) over the last 2 weeks is 15 points or more below the 4 weeks before (which planned ≥ 10 sets).' },
    MISSED_SESSIONS: { description: 'Two or more planned sessions of the last 2 weeks, due before today, have no working set logged.' },
    NO_RECENT_TRAINING: { description: 'More than 10 days since the last session with a working set.' },
  },
});

@ObjectType('AttentionReason', { description: 'One reason an athlete needs attention.' })
export class AttentionReasonType {
  @Field(() => AttentionReasonCode, { description: 'Which rule it is.' })
  code!: AttentionReasonCode;

  @Field({ description: 'The rule with the athlete’s figures, for a person.' })
  message!: string;
}

@ObjectType('Attention', {
  description:
    "Whether an athlete needs their coach's attention as of the analytics' as-of day: a drop in set compliance, missed planned sessions, " +
    'or days without training (thresholds in docs/decisions.md). The recent 2 weeks are judged against the 4 before, so ask for analytics(weeks: 6) or more for a full baseline.',
})
export class AttentionType {
  @Field({ description: 'True exactly when `reasons` is not empty.' })
  needsAttention!: boolean;

  @Field(() => [AttentionReasonType], { description: 'Each rule that fired, in a fixed order (COMPLIANCE_DROP, MISSED_SESSIONS, NO_RECENT_TRAINING).' })
  reasons!: AttentionReasonType[];

  @Field(() => Float, { nullable: true, description: 'Planned working sets done / planned over the last 2 weeks (due sessions only), in [0, 1]; null when nothing was due.' })
  recentSetRatio!: number | null;

  @Field(() => Float, { nullable: true, description: 'The same over the 4 weeks before (within the window); null when nothing was planned then.' })
  baselineSetRatio!: number | null;

  @Field(() => Int, { description: 'Planned sessions of the last 2 weeks, due before the as-of day, with no working set logged.' })
  missedSessions!: number;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The last day in the window with a working set logged; null when none.' })
  lastTrainedOn!: string | null;
}
