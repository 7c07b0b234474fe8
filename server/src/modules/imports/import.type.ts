import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { WorkoutSessionType } from '../execution/session.type.js';
import { ImportSource } from '../health/health.enums.js';
import { ImportLogType } from '../health/import-log.type.js';
import type { ImportOutcome, PlannedSession, PlannedSet } from './import.service.js';

@ObjectType('ImportedSet', { description: 'One set read from the import, in kg, metres and seconds, as it is (or would be) logged.' })
export class ImportedSetType {
  /** The matched catalog exercise, resolved in one batch per request. */
  exerciseId!: number | null;

  @Field({ description: 'The exercise name as written in the import.' })
  exerciseName!: string;

  @Field(() => Int, { description: 'The line of the file or text it came from (1-based).' })
  line!: number;

  @Field(() => Float, { nullable: true, description: 'Load in kg (pounds converted, kept to 0.01 kg); null for bodyweight, timed or distance work.' })
  weightKg!: number | null;

  @Field(() => Int, { nullable: true, description: 'Repetitions.' })
  reps!: number | null;

  @Field(() => Float, { nullable: true, description: 'RPE 1–10 in half steps.' })
  rpe!: number | null;

  @Field(() => Int, { nullable: true, description: 'Duration in seconds.' })
  durationSeconds!: number | null;

  @Field(() => Float, { nullable: true, description: 'Distance in metres.' })
  distanceMeters!: number | null;

  @Field({ description: 'A warm-up set (not counted for records or volume).' })
  isWarmup!: boolean;

  @Field({ description: 'A drop set (Strong/Hevy set type D / dropset): counted for volume and records like any working set.' })
  isDropSet!: boolean;

  @Field(() => Float, { description: 'How sure the parser is about this set, 0–1 (an unmatched exercise halves it).' })
  confidence!: number;

  @Field(() => [String], { description: "Why the confidence is below 1, and why a set is not imported, in words." })
  problems!: string[];

  static from(set: PlannedSet): ImportedSetType {
    return Object.assign(new ImportedSetType(), {
      exerciseId: set.exerciseId,
      exerciseName: set.exerciseName,
      line: set.line,
      weightKg: set.weightKg,
      reps: set.reps,
      rpe: set.rpe,
      durationSeconds: set.durationSeconds,
      distanceMeters: set.distanceMeters,
      isWarmup: set.isWarmup,
      isDropSet: set.isDropSet,
      confidence: set.confidence,
      problems: set.problems,
    });
  }
}

@ObjectType('ImportedSession', { description: 'One workout read from the import.' })
export class ImportedSessionType {
  @Field(() => GraphQLLocalDate, { description: 'The calendar day of the workout.' })
  date!: string;

  @Field({ description: "The workout's title in the export (stored as the session's notes)." })
  title!: string;

  @Field({ description: 'Identity of the workout across imports (date, start and every set): the same workout imported again has the same fingerprint.' })
  fingerprint!: string;

  @Field({ description: 'true when this workout was imported before (or appears twice in this import): it is not written again.' })
  duplicate!: boolean;

  @Field(() => [ImportedSetType], { description: 'Its sets in file order; sets of exercises not in the catalog are listed but not imported.' })
  sets!: ImportedSetType[];

  @Field(() => WorkoutSessionType, { nullable: true, description: 'The COMPLETED session this import wrote; null on a dry run, for a duplicate, or when none of its sets could be imported.' })
  session!: WorkoutSessionType | null;

  static from(session: PlannedSession): ImportedSessionType {
    return Object.assign(new ImportedSessionType(), {
      date: session.date,
      title: session.title,
      fingerprint: session.fingerprint,
      duplicate: session.duplicate,
      sets: session.sets.map(ImportedSetType.from),
      session: session.created ? WorkoutSessionType.from(session.created) : null,
    });
  }
}

@ObjectType('ImportCounts', { description: 'What an import wrote.' })
export class ImportCountsType {
  @Field(() => Int, { description: 'Sessions created (0 on a dry run).' })
  sessions!: number;

  @Field(() => Int, { description: 'Sets logged (0 on a dry run).' })
  sets!: number;
}

@ObjectType('ImportLowConfidenceRow', { description: 'A row the parser was unsure about (confidence below 0.8): worth a look before or after importing.' })
export class ImportLowConfidenceRowType {
  @Field(() => Int, { description: 'The line of the file or text (1-based).' })
  line!: number;

  @Field(() => GraphQLLocalDate, { description: 'The day of the workout it belongs to.' })
  date!: string;

  @Field({ description: 'The exercise name as written.' })
  exerciseName!: string;

  @Field(() => Float, { description: 'The confidence, 0–1.' })
  confidence!: number;

  @Field(() => [String], { description: 'What the parser guessed, in words.' })
  problems!: string[];
}

@ObjectType('ImportSkippedRow', { description: 'A line that could not be read at all.' })
export class ImportSkippedRowType {
  @Field(() => Int, { description: 'The line (1-based); 0 for a problem of the whole file.' })
  line!: number;

  @Field({ description: 'Why it was skipped.' })
  reason!: string;
}

@ObjectType('ImportWorkoutsPayload', { description: 'What importWorkouts read and, unless it was a dry run, wrote.' })
export class ImportWorkoutsPayload {
  @Field(() => ImportSource, { description: 'The format the content was read as.' })
  format!: ImportSource;

  @Field({ description: 'true when nothing was stored.' })
  dryRun!: boolean;

  @Field(() => [ImportedSessionType], { description: 'Every workout read, in chronological order.' })
  sessions!: ImportedSessionType[];

  @Field(() => ImportCountsType, { description: 'Sessions and sets written by this call.' })
  created!: ImportCountsType;

  @Field(() => [String], { description: 'Exercise names that matched nothing in the catalog the athlete sees: their sets are not imported.' })
  unmatchedExercises!: string[];

  @Field(() => [ImportLowConfidenceRowType], { description: 'Rows read with a confidence below 0.8, by line.' })
  lowConfidenceRows!: ImportLowConfidenceRowType[];

  @Field(() => [ImportSkippedRowType], { description: 'Lines that could not be read (rest timers, unreadable dates, text without sets).' })
  skippedRows!: ImportSkippedRowType[];

  @Field(() => ImportLogType, {
    nullable: true,
    description: "The import's log entry: null on a dry run. Importing the same content again returns the first import's log and writes nothing.",
  })
  importLog!: ImportLogType | null;

  static from(outcome: ImportOutcome): ImportWorkoutsPayload {
    return Object.assign(new ImportWorkoutsPayload(), {
      format: outcome.format,
      dryRun: outcome.dryRun,
      sessions: outcome.sessions.map(ImportedSessionType.from),
      created: outcome.created,
      unmatchedExercises: outcome.unmatchedExercises,
      lowConfidenceRows: outcome.lowConfidenceRows,
      skippedRows: outcome.skippedRows,
      importLog: outcome.importLog,
    });
  }
}
