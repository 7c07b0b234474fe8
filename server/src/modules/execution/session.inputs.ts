import { ArrayMinSize, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, ValidateBy, type ValidationOptions } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { RecordKind } from './session.type.js';
import { SessionStatus } from './workout-session.entity.js';

/** RPE is rated 1–10 in half points (RTS scale). */
function IsHalfStep(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isHalfStep',
      validator: {
        validate: (value: unknown) => typeof value === 'number' && Number.isInteger(value * 2),
        defaultMessage: () => '$property must be a whole or half number, e.g. 7.5',
      },
    },
    options,
  );
}

/** Strictly between two bounds (bodyweight: more than 0, less than 700 kg). */
function IsBetweenExclusive(min: number, max: number, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isBetweenExclusive',
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => typeof value === 'number' && value > min && value < max,
        defaultMessage: () => `$property must be more than ${min} and less than ${max}`,
      },
    },
    options,
  );
}

/** A YYYY-MM-DD that names a day of the calendar (the scalar checks the shape; this keeps years sane). */
function IsTrainingDate(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isTrainingDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value >= '1900-01-01' && value <= '2199-12-31',
        defaultMessage: () => '$property must be a calendar date between 1900-01-01 and 2199-12-31',
      },
    },
    options,
  );
}

const TEMPO = /^[0-9Xx]{1,2}([-/]?[0-9Xx]{1,2}){3}$/;
/** Seconds in a week: the longest timed effort we accept (multi-day ultras aside). */
const WEEK_SECONDS = 604_800;

/**
 * The measured fields of a set, shared by logSet and correctSetLog. Every bound is the database's
 * check constraint (ck_esl_*), said here first so the message names the field and the range.
 */
@InputType({ description: 'Base of LogSetInput and CorrectSetLogInput (not in the schema by itself).' })
abstract class SetMeasuresInput {
  @Field(() => Float, { nullable: true, description: 'Load in kg, 0–1000 (0 for bodyweight); omit for work without a load.' })
  @IsOptional()
  @Min(0, { message: 'weightKg must be between 0 and 1000 kg' })
  @Max(1000, { message: 'weightKg must be between 0 and 1000 kg' })
  weightKg?: number | null;

  @Field(() => Int, { nullable: true, description: 'Repetitions, 0–1000.' })
  @IsOptional()
  @Min(0, { message: 'reps must be between 0 and 1000' })
  @Max(1000, { message: 'reps must be between 0 and 1000' })
  reps?: number | null;

  @Field(() => Float, { nullable: true, description: 'Rate of perceived exertion, 1–10 in halves.' })
  @IsOptional()
  @Min(1, { message: 'rpe must be between 1 and 10' })
  @Max(10, { message: 'rpe must be between 1 and 10' })
  @IsHalfStep({ message: 'rpe must be between 1 and 10 in half steps, e.g. 7.5' })
  rpe?: number | null;

  @Field(() => Int, { nullable: true, description: 'Reps in reserve, 0–10.' })
  @IsOptional()
  @Min(0, { message: 'rir must be between 0 and 10' })
  @Max(10, { message: 'rir must be between 0 and 10' })
  rir?: number | null;

  @Field(() => String, { nullable: true, description: 'Tempo as four phases, e.g. 3-1-X-0 or 31X0.' })
  @IsOptional()
  @MaxLength(15, { message: 'tempo must be at most 15 characters' })
  @Matches(TEMPO, { message: 'tempo must be four phases of digits or X, e.g. 3-1-X-0 or 31X0' })
  tempo?: string | null;

  @Field(() => Int, { nullable: true, description: 'Rest taken before the set, in seconds (0–86400).' })
  @IsOptional()
  @Min(0, { message: 'restSeconds must be between 0 and 86400' })
  @Max(86_400, { message: 'restSeconds must be between 0 and 86400' })
  restSeconds?: number | null;

  @Field(() => Int, { nullable: true, description: `Duration of timed or endurance work, in seconds (0–${WEEK_SECONDS}).` })
  @IsOptional()
  @Min(0, { message: `durationSeconds must be between 0 and ${WEEK_SECONDS}` })
  @Max(WEEK_SECONDS, { message: `durationSeconds must be between 0 and ${WEEK_SECONDS}` })
  durationSeconds?: number | null;

  @Field(() => Float, { nullable: true, description: 'Distance covered, in metres (0–1000000).' })
  @IsOptional()
  @Min(0, { message: 'distanceMeters must be between 0 and 1000000' })
  @Max(1_000_000, { message: 'distanceMeters must be between 0 and 1000000' })
  distanceMeters?: number | null;

  @Field(() => Int, { nullable: true, description: 'Average heart rate, 20–250 beats per minute.' })
  @IsOptional()
  @Min(20, { message: 'avgHeartRate must be between 20 and 250 bpm' })
  @Max(250, { message: 'avgHeartRate must be between 20 and 250 bpm' })
  avgHeartRate?: number | null;

  @Field(() => Int, { nullable: true, description: 'Maximum heart rate, 20–250 beats per minute.' })
  @IsOptional()
  @Min(20, { message: 'maxHeartRate must be between 20 and 250 bpm' })
  @Max(250, { message: 'maxHeartRate must be between 20 and 250 bpm' })
  maxHeartRate?: number | null;

  @Field(() => String, { nullable: true, description: 'Free text, up to 2000 characters.' })
  @IsOptional()
  @MaxLength(2000, { message: 'notes must be at most 2000 characters' })
  notes?: string | null;
}

@InputType({ description: 'Start a session: the next for a routine day, or a PLANNED session by id. Retrying returns the same session.' })
export class StartSessionInput {
  @Field(() => ID, { nullable: true, description: 'The routine day to train; required unless sessionId names a planned session.' })
  routineDayId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A PLANNED session of yours to start (from planSession).' })
  sessionId?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: "The athlete's local calendar day (YYYY-MM-DD); defaults to today in UTC. Must be within a day of now.",
  })
  workoutDate?: string | null;
}

@InputType({ description: 'One performed set. Resending the same clientId is a no-op. A set needs reps, durationSeconds or distanceMeters.' })
export class LogSetInput extends SetMeasuresInput {
  @Field(() => ID, { description: 'A UUID the client generates per set, so a retry never doubles it.' })
  @IsUUID('all', { message: 'clientId must be a UUID' })
  clientId!: string;

  @Field(() => ID, { description: 'The WorkoutSession (IN_PROGRESS) the set belongs to.' })
  sessionId!: string;

  @Field(() => ID, { description: 'The Exercise performed.' })
  exerciseId!: string;

  @Field(() => ID, { nullable: true, description: 'The planned set this fulfils.' })
  plannedSetId?: string | null;

  @Field({ defaultValue: false, description: 'A warm-up set: counts for neither volume nor records.' })
  isWarmup!: boolean;

  @Field({ defaultValue: false, description: 'Taken to muscular failure.' })
  toFailure!: boolean;

  @Field({ defaultValue: false, description: 'A drop set (the load cut right after the previous set): counts for volume and records. Not with isWarmup.' })
  isDropSet!: boolean;
}

@InputType({
  description:
    'Correct a logged set: only the fields sent change (null clears an optional field). Records of the exercise are recomputed from all its sets.',
})
export class CorrectSetLogInput extends SetMeasuresInput {
  @Field(() => ID, { description: 'The ExerciseSetLog to correct.' })
  id!: string;

  @Field(() => Boolean, { nullable: true, description: 'A warm-up set: counts for neither volume nor records.' })
  isWarmup?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Taken to muscular failure.' })
  toFailure?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'A drop set: counts for volume and records. Not with isWarmup.' })
  isDropSet?: boolean | null;
}

@InputType({ description: 'Delete a logged set for good.' })
export class DeleteSetLogInput {
  @Field(() => ID, { description: 'The ExerciseSetLog to delete.' })
  id!: string;
}

@InputType({ description: 'Finish a session in progress.' })
export class CompleteSessionInput {
  @Field(() => ID, { description: 'The WorkoutSession (IN_PROGRESS).' })
  sessionId!: string;
}

@InputType({ description: 'Plan a session for a day (PLANNED). Retrying returns the same planned session.' })
export class PlanSessionInput {
  @Field(() => ID, { nullable: true, description: 'The routine day to train, if any.' })
  routineDayId?: string | null;

  @Field(() => GraphQLLocalDate, { description: 'The calendar day (YYYY-MM-DD).' })
  @IsTrainingDate()
  workoutDate!: string;

  @Field(() => Int, { nullable: true, description: "Which of the day's sessions, 1–4; defaults to the first free one." })
  @IsOptional()
  @IsInt({ message: 'slot must be a whole number between 1 and 4' })
  @Min(1, { message: 'slot must be between 1 and 4' })
  @Max(4, { message: 'slot must be between 1 and 4' })
  slot?: number | null;
}

/** An edit of a session names the revision it read, so two edits cannot silently overwrite each other (seed 000). */
@InputType({ description: 'Base of the revision-guarded session edits (not in the schema by itself).' })
abstract class SessionEditInput {
  @Field(() => ID, { description: 'The WorkoutSession.' })
  id!: string;

  @Field(() => Int, { description: 'The revision you read; a stale one is a CONFLICT.' })
  @Min(1, { message: 'revision must be 1 or more' })
  revision!: number;
}

@InputType({ description: 'Skip a PLANNED session (SKIPPED). Skipping a skipped session is a no-op.' })
export class SkipSessionInput extends SessionEditInput {
  @Field(() => String, { nullable: true, description: 'Why, up to 500 characters; added to the notes.' })
  @IsOptional()
  @MaxLength(500, { message: 'reason must be at most 500 characters' })
  reason?: string | null;
}

@InputType({ description: "Edit a session's details: only the fields sent change (null clears one)." })
export class UpdateSessionInput extends SessionEditInput {
  @Field(() => String, { nullable: true, description: 'Notes on the session, up to 2000 characters.' })
  @IsOptional()
  @MaxLength(2000, { message: 'notes must be at most 2000 characters' })
  notes?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it took place, up to 120 characters.' })
  @IsOptional()
  @MaxLength(120, { message: 'location must be at most 120 characters' })
  location?: string | null;

  @Field(() => Int, { nullable: true, description: 'How tired, 1 (fresh) – 10 (exhausted).' })
  @IsOptional()
  @Min(1, { message: 'perceivedFatigue must be between 1 and 10' })
  @Max(10, { message: 'perceivedFatigue must be between 1 and 10' })
  perceivedFatigue?: number | null;

  @Field(() => Float, { nullable: true, description: 'Bodyweight in kg, more than 0 and less than 700.' })
  @IsOptional()
  @IsBetweenExclusive(0, 700, { message: 'bodyweightKg must be more than 0 and less than 700 kg' })
  bodyweightKg?: number | null;
}

@InputType({ description: 'Delete a PLANNED or SKIPPED session.' })
export class DeleteSessionInput {
  @Field(() => ID, { description: 'The WorkoutSession.' })
  id!: string;
}

@InputType({ description: 'Narrow a list of set logs.' })
export class SetLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only sets of this exercise.' })
  exerciseId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only sets performed at or after this instant.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only sets performed before this instant.' })
  to?: Date | null;
}

@InputType({ description: 'Narrow a list of sessions. All conditions must hold.' })
export class SessionFilter {
  @Field(() => [SessionStatus], { nullable: true, description: 'Only sessions in one of these statuses, e.g. [COMPLETED, PARTIAL] for finished work.' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'status must list at least one status (or be left out)' })
  status?: SessionStatus[] | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First workout day included (YYYY-MM-DD).' })
  from?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last workout day included (YYYY-MM-DD).' })
  to?: string | null;
}

@InputType({ description: 'Narrow a list of personal bests.' })
export class PersonalBestFilter {
  @Field(() => ID, { nullable: true, description: 'Only bests on this exercise.' })
  exerciseId?: string | null;

  @Field(() => RecordKind, { nullable: true, description: 'Only bests of this kind (the `kind` field).' })
  kind?: RecordKind | null;
}
