import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { MuscleGroup } from '../catalog/catalog.enums.js';
import { RecoverySource } from './health.enums.js';

@InputType({
  description:
    "Record a day's recovery reading (the athlete only). One per day and source: sending the same day and source again (a retry, " +
    'or a device sync) updates that reading. Omitted fields keep their value; null clears one.',
})
export class RecordRecoverySignalInput {
  @Field(() => ID, { description: 'The athlete (an Athlete id).' })
  athleteId!: string;

  @Field(() => GraphQLLocalDate, { description: 'Your calendar day of the reading; not in the future (tomorrow in UTC is accepted for time zones).' })
  measuredOn!: string;

  @Field(() => RecoverySource, { nullable: true, description: 'Defaults to MANUAL.' })
  source?: RecoverySource | null;

  @Field(() => Float, { nullable: true, description: 'Heart-rate variability, 0.1–300 ms (kept to 0.1).' })
  @IsOptional()
  @Min(0.1, { message: 'hrvMs must be between 0.1 and 300 ms' })
  @Max(300, { message: 'hrvMs must be between 0.1 and 300 ms' })
  hrvMs?: number | null;

  @Field(() => Int, { nullable: true, description: 'Resting heart rate, 1–299 bpm.' })
  @IsOptional()
  @IsInt({ message: 'restingHr must be a whole number of beats per minute' })
  @Min(1, { message: 'restingHr must be between 1 and 299 bpm' })
  @Max(299, { message: 'restingHr must be between 1 and 299 bpm' })
  restingHr?: number | null;

  @Field(() => Float, { nullable: true, description: 'Sleep score, 0–100 (kept to 0.1).' })
  @IsOptional()
  @Min(0, { message: 'sleepScore must be between 0 and 100' })
  @Max(100, { message: 'sleepScore must be between 0 and 100' })
  sleepScore?: number | null;

  @Field(() => Float, { nullable: true, description: 'Hours slept, 0–24 (kept to 0.01).' })
  @IsOptional()
  @Min(0, { message: 'sleepHours must be between 0 and 24' })
  @Max(24, { message: 'sleepHours must be between 0 and 24' })
  sleepHours?: number | null;

  @Field(() => Float, { nullable: true, description: 'Readiness score, 0–100 (kept to 0.1).' })
  @IsOptional()
  @Min(0, { message: 'readiness must be between 0 and 100' })
  @Max(100, { message: 'readiness must be between 0 and 100' })
  readiness?: number | null;

  @Field(() => String, { nullable: true, description: 'Up to 2000 characters.' })
  @IsOptional()
  @MaxLength(2000, { message: 'notes must be at most 2000 characters' })
  notes?: string | null;

  @Field(() => ID, { nullable: true, description: 'A session of this athlete the reading relates to.' })
  sessionId?: string | null;
}

@InputType({ description: 'How sore one body part is.' })
export class SorenessEntryInput {
  @Field(() => MuscleGroup, { description: 'The sore body part.' })
  bodyPart!: MuscleGroup;

  @Field(() => Int, { description: '1 (barely) to 5 (very).' })
  @Min(1, { message: 'soreness must be between 1 and 5' })
  @Max(5, { message: 'soreness must be between 1 and 5' })
  soreness!: number;
}

@InputType({
  description:
    "Record how sore body parts are on a day (the athlete only). One entry per day and body part: sending a body part again that day " +
    '(a retry, or a change) updates its entry. notes and inferredCauseSessionId apply to every entry sent; omitted, they keep their value.',
})
export class RecordSorenessInput {
  @Field(() => ID, { description: 'The athlete (an Athlete id).' })
  athleteId!: string;

  @Field(() => GraphQLLocalDate, { description: 'Your calendar day; not in the future (tomorrow in UTC is accepted for time zones).' })
  loggedOn!: string;

  @Field(() => [SorenessEntryInput], { description: '1–14 entries, each body part at most once.' })
  @ArrayMinSize(1, { message: 'entries must list between 1 and 14 body parts' })
  @ArrayMaxSize(14, { message: 'entries must list between 1 and 14 body parts' })
  @ValidateNested()
  entries!: SorenessEntryInput[];

  @Field(() => ID, { nullable: true, description: 'The session of this athlete you think caused it.' })
  inferredCauseSessionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 2000 characters.' })
  @IsOptional()
  @MaxLength(2000, { message: 'notes must be at most 2000 characters' })
  notes?: string | null;
}

@InputType({ description: 'Delete a recovery reading (the athlete only).' })
export class DeleteRecoverySignalInput {
  @Field(() => ID, { description: 'The RecoverySignal to delete.' })
  id!: string;
}

@InputType({ description: 'Delete a soreness entry (the athlete only).' })
export class DeleteSorenessLogInput {
  @Field(() => ID, { description: 'The SorenessLog to delete.' })
  id!: string;
}

@InputType({ description: 'Inclusive day range and source.' })
export class RecoverySignalFilter {
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day included.' })
  from?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day included.' })
  to?: string | null;

  @Field(() => RecoverySource, { nullable: true, description: 'Only readings from this source.' })
  source?: RecoverySource | null;
}

@InputType({ description: 'Inclusive day range and body part.' })
export class SorenessLogFilter {
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day included.' })
  from?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day included.' })
  to?: string | null;

  @Field(() => MuscleGroup, { nullable: true, description: 'Only entries for this body part.' })
  bodyPart?: MuscleGroup | null;
}
