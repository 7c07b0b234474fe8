import { ArrayMaxSize, ArrayMinSize, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ExerciseSection, ProgressionStyle } from './planning.enums.js';
import { HasDecimals, IsEmptyWhen, IsGreaterThan, IsHalfStep, IsLessThan, IsNotBelow, IsNotBlank, IsPlanDate, RequiredWhen } from './planning.validators.js';

/*
 * Nested inputs: type-graphql turns every nested input object into an instance of its class
 * before validation, so @ValidateNested alone reaches them (class-transformer's @Type is not
 * needed) and an error's field is the dot path, e.g. `days.0.exercises.1.sets.2.targetRpe`.
 */

export const MAX_DAYS = 20;
export const MAX_EXERCISES_PER_DAY = 30;
export const MAX_SETS_PER_EXERCISE = 20;

const RANGE_STYLES = new Set<unknown>([ProgressionStyle.DOUBLE_PROGRESSION]);
const WAVE_STYLES = new Set<unknown>([ProgressionStyle.WAVE_LOADING, ProgressionStyle.PERCENT_1RM_WAVE]);

@InputType({ description: 'How a routine exercise progresses. Double progression needs a rep range; wave styles need a wave length.' })
export class ProgressionRuleInput {
  @Field(() => ProgressionStyle, { description: 'The progression style.' })
  style!: ProgressionStyle;

  @Field(() => Float, { defaultValue: 2.5, description: 'Load added per step, in kg: 0–50, at most 2 decimals.' })
  @Min(0, { message: 'incrementKg must be between 0 and 50 kg' })
  @Max(50, { message: 'incrementKg must be between 0 and 50 kg' })
  @HasDecimals(2)
  incrementKg!: number;

  @Field(() => Int, { nullable: true, description: 'Bottom of the rep range, ≥ 1. Required for DOUBLE_PROGRESSION.' })
  @RequiredWhen((rule) => RANGE_STYLES.has(rule.style), { message: 'repRangeMin is required for DOUBLE_PROGRESSION' })
  @Min(1, { message: 'repRangeMin must be between 1 and 1000' })
  @Max(1000, { message: 'repRangeMin must be between 1 and 1000' })
  repRangeMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'Top of the rep range, ≥ repRangeMin. Required for DOUBLE_PROGRESSION.' })
  @RequiredWhen((rule) => RANGE_STYLES.has(rule.style), { message: 'repRangeMax is required for DOUBLE_PROGRESSION' })
  @Min(1, { message: 'repRangeMax must be between 1 and 1000' })
  @Max(1000, { message: 'repRangeMax must be between 1 and 1000' })
  @IsNotBelow('repRangeMin', { message: 'repRangeMax must be at least repRangeMin' })
  repRangeMax?: number | null;

  @Field(() => Int, { nullable: true, description: 'Steps in one wave, 2–8. Required for WAVE_LOADING and PERCENT_1RM_WAVE.' })
  @RequiredWhen((rule) => WAVE_STYLES.has(rule.style), { message: 'waveLength is required for WAVE_LOADING and PERCENT_1RM_WAVE' })
  @Min(2, { message: 'waveLength must be between 2 and 8' })
  @Max(8, { message: 'waveLength must be between 2 and 8' })
  waveLength?: number | null;

  @Field(() => Int, { nullable: true, description: 'Deload every Nth cycle, N from 2 to 52; null for no planned deload.' })
  @Min(2, { message: 'deloadEveryNCycles must be between 2 and 52' })
  @Max(52, { message: 'deloadEveryNCycles must be between 2 and 52' })
  deloadEveryNCycles?: number | null;

  @Field(() => Float, { defaultValue: 60, description: 'Deload load as a percentage of the working load: greater than 0, less than 100, in tenths.' })
  @IsGreaterThan(0, { message: 'deloadPct must be greater than 0 and less than 100' })
  @IsLessThan(100, { message: 'deloadPct must be greater than 0 and less than 100' })
  @HasDecimals(1)
  deloadPct!: number;
}

@InputType({ description: 'One planned set. Every target is optional; send the ones the plan prescribes.' })
export class RoutineExerciseSetInput {
  @Field({ defaultValue: false, description: 'A warm-up set.' })
  isWarmup!: boolean;

  @Field({ defaultValue: false, description: 'Take the set to failure.' })
  toFailure!: boolean;

  @Field(() => Int, { nullable: true, description: 'Reps, 0–1000.' })
  @Min(0, { message: 'targetReps must be between 0 and 1000' })
  @Max(1000, { message: 'targetReps must be between 0 and 1000' })
  targetReps?: number | null;

  @Field(() => Int, { nullable: true, description: 'Bottom of a rep range, 0–1000.' })
  @Min(0, { message: 'targetRepsMin must be between 0 and 1000' })
  @Max(1000, { message: 'targetRepsMin must be between 0 and 1000' })
  targetRepsMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'Top of a rep range, 0–1000 and at least targetRepsMin.' })
  @Min(0, { message: 'targetRepsMax must be between 0 and 1000' })
  @Max(1000, { message: 'targetRepsMax must be between 0 and 1000' })
  @IsNotBelow('targetRepsMin', { message: 'targetRepsMax must be at least targetRepsMin' })
  targetRepsMax?: number | null;

  @Field(() => Float, { nullable: true, description: 'Load in kg, 0–1000, at most 2 decimals.' })
  @Min(0, { message: 'targetWeightKg must be between 0 and 1000 kg' })
  @Max(1000, { message: 'targetWeightKg must be between 0 and 1000 kg' })
  @HasDecimals(2)
  targetWeightKg?: number | null;

  @Field(() => Float, { nullable: true, description: 'Percentage of 1RM: greater than 0, at most 120, in tenths.' })
  @IsGreaterThan(0, { message: 'targetPct1rm must be greater than 0 and at most 120' })
  @Max(120, { message: 'targetPct1rm must be greater than 0 and at most 120' })
  @HasDecimals(1)
  targetPct1rm?: number | null;

  @Field(() => Int, { nullable: true, description: 'Reps in reserve, 0–10.' })
  @Min(0, { message: 'targetRir must be between 0 and 10' })
  @Max(10, { message: 'targetRir must be between 0 and 10' })
  targetRir?: number | null;

  @Field(() => Float, { nullable: true, description: 'RPE, 1–10 in halves.' })
  @Min(1, { message: 'targetRpe must be between 1 and 10' })
  @Max(10, { message: 'targetRpe must be between 1 and 10' })
  @IsHalfStep({ message: 'targetRpe must be a whole or half number, e.g. 7.5' })
  targetRpe?: number | null;

  @Field(() => String, { nullable: true, description: 'Four characters, digits or X: eccentric, pause, concentric, pause. E.g. "3010", "31X0".' })
  @Matches(/^[0-9X]{4}$/i, { message: 'targetTempo must be four characters, each a digit or X, e.g. "3010" or "31X0"' })
  targetTempo?: string | null;

  @Field(() => Int, { nullable: true, description: 'Rest after the set in seconds, 0–3600.' })
  @Min(0, { message: 'targetRestSeconds must be between 0 and 3600' })
  @Max(3600, { message: 'targetRestSeconds must be between 0 and 3600' })
  targetRestSeconds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Duration in seconds, 0–86400.' })
  @Min(0, { message: 'targetDurationSeconds must be between 0 and 86400' })
  @Max(86_400, { message: 'targetDurationSeconds must be between 0 and 86400' })
  targetDurationSeconds?: number | null;

  @Field(() => Float, { nullable: true, description: 'Distance in metres, 0–1,000,000, at most 2 decimals.' })
  @Min(0, { message: 'targetDistanceMeters must be between 0 and 1000000' })
  @Max(1_000_000, { message: 'targetDistanceMeters must be between 0 and 1000000' })
  @HasDecimals(2)
  targetDistanceMeters?: number | null;

  @Field(() => String, { nullable: true, description: 'At most 1000 characters.' })
  @MaxLength(1000, { message: 'notes must be at most 1000 characters' })
  notes?: string | null;
}

@InputType({ description: 'One exercise of a day, with its planned sets (1–20) and an optional progression rule.' })
export class RoutineDayExerciseInput {
  @Field(() => ID, { description: "A catalog exercise visible to the athlete: shipped or public, or a private one of the athlete's coach." })
  exerciseId!: string;

  @Field(() => ExerciseSection, { defaultValue: ExerciseSection.MAIN, description: 'WARMUP, MAIN (default) or ACCESSORY.' })
  section!: ExerciseSection;

  @Field(() => Int, { nullable: true, description: 'Exercises of one day sharing this number are a superset: 1–30.' })
  @Min(1, { message: 'supersetGroup must be between 1 and 30' })
  @Max(30, { message: 'supersetGroup must be between 1 and 30' })
  supersetGroup?: number | null;

  @Field(() => String, { nullable: true, description: 'At most 1000 characters.' })
  @MaxLength(1000, { message: 'notes must be at most 1000 characters' })
  notes?: string | null;

  @Field(() => ProgressionRuleInput, { nullable: true, description: 'How the exercise progresses; omitted or null: no rule (an edit removes an existing one).' })
  @ValidateNested()
  progressionRule?: ProgressionRuleInput | null;

  @Field(() => [RoutineExerciseSetInput], { description: 'Planned sets in order (1–20); setIndex is assigned 1, 2, 3 … from this order.' })
  @ArrayMinSize(1, { message: 'sets must have at least one set' })
  @ArrayMaxSize(MAX_SETS_PER_EXERCISE, { message: `sets must have at most ${MAX_SETS_PER_EXERCISE} sets` })
  @ValidateNested({ each: true })
  sets!: RoutineExerciseSetInput[];
}

@InputType({ description: 'One day of the rotation. A rest day has no exercises.' })
export class RoutineDayInput {
  @Field(() => String, { nullable: true, description: 'Label, e.g. "Upper A": at most 100 characters.' })
  @MaxLength(100, { message: 'title must be at most 100 characters' })
  title?: string | null;

  @Field({ defaultValue: false, description: 'A rest day: then `exercises` must be empty.' })
  isRest!: boolean;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters.' })
  @MaxLength(2000, { message: 'notes must be at most 2000 characters' })
  notes?: string | null;

  @Field(() => [RoutineDayExerciseInput], {
    defaultValue: [],
    description: `Exercises in order (at most ${MAX_EXERCISES_PER_DAY}); position is assigned 1, 2, 3 … from this order.`,
  })
  @ArrayMaxSize(MAX_EXERCISES_PER_DAY, { message: `exercises must have at most ${MAX_EXERCISES_PER_DAY} exercises` })
  @IsEmptyWhen((day) => day.isRest === true, { message: 'exercises must be empty on a rest day (isRest: true)' })
  @ValidateNested({ each: true })
  exercises!: RoutineDayExerciseInput[];
}

@InputType({ description: 'A whole routine — days, exercises, planned sets, progression rules — written in one transaction.' })
export class CreateRoutineInput {
  @Field(() => ID, { description: 'The athlete it is for: yourself, or an athlete on your roster.' })
  athleteId!: string;

  @Field({ description: "1–120 characters, unique among the athlete's routines (archived ones included); surrounding spaces are trimmed." })
  @MaxLength(120, { message: 'name must be at most 120 characters' })
  @IsNotBlank({ message: 'name must not be blank' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters.' })
  @MaxLength(2000, { message: 'description must be at most 2000 characters' })
  description?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Planned first day (YYYY-MM-DD, a real calendar date, 1900-01-01 to 2199-12-31).' })
  @IsPlanDate()
  startsOn?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: it becomes the athlete's active routine and the others are deactivated. false: it stays inactive. " +
      'Omitted: active only if the athlete has no active routine yet.',
  })
  makeActive?: boolean | null;

  @Field(() => [RoutineDayInput], { description: `Days in rotation order, 1–${MAX_DAYS}; dayIndex is assigned 1, 2, 3 … from this order.` })
  @ArrayMinSize(1, { message: 'days must have at least one day' })
  @ArrayMaxSize(MAX_DAYS, { message: `days must have at most ${MAX_DAYS} days` })
  @ValidateNested({ each: true })
  days!: RoutineDayInput[];
}

@InputType({ description: 'An edit of a routine, guarded by the revision it was based on. Omitted fields stay as they are.' })
export class UpdateRoutineInput {
  @Field(() => ID, { description: 'The routine to edit: one you may edit, not archived.' })
  id!: string;

  @Field(() => Int, { description: 'The revision you read. If the routine changed since, the edit is refused with CONFLICT: reload and edit again.' })
  @Min(1, { message: 'revision must be 1 or more' })
  revision!: number;

  @Field(() => String, { nullable: true, description: '1–120 characters, unique among the athlete\'s routines. Omitted or null: unchanged.' })
  @MaxLength(120, { message: 'name must be at most 120 characters' })
  @IsNotBlank({ message: 'name must not be blank' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Omitted: unchanged; null: cleared.' })
  @MaxLength(2000, { message: 'description must be at most 2000 characters' })
  description?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Planned first day, 1900-01-01 to 2199-12-31. Omitted: unchanged; null: cleared.' })
  @IsPlanDate()
  startsOn?: string | null;

  @Field(() => [RoutineDayInput], {
    nullable: true,
    description:
      'The whole new tree, replacing the old one (omitted or null: the tree is unchanged). Ids survive by position: the day at the same ' +
      'dayIndex keeps its id; an exercise keeps its id when the same exercise stays at the same position of a kept day; a planned set ' +
      'keeps its id at the same setIndex of a kept exercise (its targets are updated in place). Everything else is added or removed: ' +
      'set logs of a removed planned set and sessions of a removed day stay, unlinked from the plan. To keep history attached, edit in ' +
      'place rather than reorder.',
  })
  @ArrayMinSize(1, { message: 'days must have at least one day' })
  @ArrayMaxSize(MAX_DAYS, { message: `days must have at most ${MAX_DAYS} days` })
  @ValidateNested({ each: true })
  days?: RoutineDayInput[] | null;
}

@InputType({ description: 'Archive a routine: it is kept for history, deactivated and becomes read-only.' })
export class ArchiveRoutineInput {
  @Field(() => ID, { description: 'The routine to archive.' })
  id!: string;

  @Field(() => Int, { description: 'The revision you read (archiving is an edit). Archiving an archived routine returns it unchanged.' })
  @Min(1, { message: 'revision must be 1 or more' })
  revision!: number;
}

@InputType({ description: 'Copy a routine — days, exercises, planned sets, progression rules — into a new, inactive routine of the same athlete.' })
export class DuplicateRoutineInput {
  @Field(() => ID, { description: 'The routine to copy: one you may edit; archived ones too (a copy is how an archived plan comes back).' })
  id!: string;

  @Field(() => ID, { description: 'A UUID the client generates per copy: a retry with the same clientId returns the copy made the first time.' })
  @IsUUID('all', { message: 'clientId must be a UUID' })
  clientId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Name of the copy, 1–120 characters, unique among the athlete\'s routines. Omitted or null: "<name> (copy)", numbered when taken.',
  })
  @MaxLength(120, { message: 'name must be at most 120 characters' })
  @IsNotBlank({ message: 'name must not be blank' })
  name?: string | null;
}

@InputType({ description: "Make a routine the athlete's one active routine." })
export class SetActiveRoutineInput {
  @Field(() => ID, { description: 'The routine to follow from now on: one you may edit, not archived.' })
  id!: string;
}

@InputType({ description: 'Which routines to list.' })
export class RoutinesFilter {
  @Field({ defaultValue: false, description: 'Include archived routines.' })
  includeArchived!: boolean;

  @Field({ defaultValue: false, description: 'Only the active routine.' })
  activeOnly!: boolean;
}
