import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Sex } from './identity.enums.js';
import { DominantHand } from './profile.type.js';

/** Profile fields follow merge semantics: an omitted field keeps its saved value, an explicit null clears it. */
@InputType({ description: "Create or change the athlete's profile (the athlete only). Omitted fields keep their value; null clears one." })
export class UpdateAthleteProfileInput {
  @Field(() => ID, { description: 'The athlete (your own Athlete id).' })
  athleteId!: string;

  @Field(() => Sex, { nullable: true, description: 'Sex as the athlete states it; null clears it.' })
  sex?: Sex | null;

  @Field(() => Int, { nullable: true, description: 'Year of birth, 1900 to the current year.' })
  @IsOptional()
  @Min(1900, { message: 'birthYear must be 1900 or later' })
  birthYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Height in centimetres, 50–272.' })
  @IsOptional()
  @Min(50, { message: 'heightCm must be between 50 and 272' })
  @Max(272, { message: 'heightCm must be between 50 and 272' })
  heightCm?: number | null;

  @Field(() => DominantHand, { nullable: true, description: 'The hand the athlete favours; null clears it.' })
  dominantHand?: DominantHand | null;
}

@InputType({
  description:
    "Record a day's body measurements. One row per athlete and day: sending the same day again (a retry, or a later " +
    'reading) updates that row. Omitted fields keep their value; null clears one.',
})
export class RecordBodyMetricsInput {
  @Field(() => ID, { description: 'The athlete (your own Athlete id).' })
  athleteId!: string;

  @Field(() => GraphQLLocalDate, { description: 'Your calendar day of the measurement; not in the future (tomorrow in UTC is accepted for time zones).' })
  measuredOn!: string;

  @Field(() => Float, { nullable: true, description: 'Body weight in kg, 0 to under 700 (kept to 0.01 kg).' })
  @IsOptional()
  @Min(0, { message: 'weightKg must be between 0 and 699.99 kg' })
  @Max(699.99, { message: 'weightKg must be between 0 and 699.99 kg' })
  weightKg?: number | null;

  @Field(() => Float, { nullable: true, description: 'Body fat percentage, 0–100 (kept to 0.1).' })
  @IsOptional()
  @Min(0, { message: 'bodyfatPct must be between 0 and 100' })
  @Max(100, { message: 'bodyfatPct must be between 0 and 100' })
  bodyfatPct?: number | null;

  @Field(() => Int, { nullable: true, description: 'Resting heart rate, 1–299 bpm.' })
  @IsOptional()
  @IsInt({ message: 'restingHr must be a whole number of beats per minute' })
  @Min(1, { message: 'restingHr must be between 1 and 299 bpm' })
  @Max(299, { message: 'restingHr must be between 1 and 299 bpm' })
  restingHr?: number | null;

  @Field(() => String, { nullable: true, description: 'Up to 2000 characters.' })
  @IsOptional()
  @MaxLength(2000, { message: 'notes must be at most 2000 characters' })
  notes?: string | null;
}

@InputType({ description: "Delete a day's body measurements (the athlete only)." })
export class DeleteBodyMetricsInput {
  @Field(() => ID, { description: 'The BodyMetric to delete.' })
  id!: string;
}

@InputType({ description: 'Inclusive day range.' })
export class BodyMetricFilter {
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day included.' })
  from?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day included.' })
  to?: string | null;
}
