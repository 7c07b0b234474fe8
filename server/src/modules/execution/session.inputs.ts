import { IsOptional, IsUUID, Max, Min, ValidateBy, type ValidationOptions } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';

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

@InputType({ description: 'Start (or resume) the session for a routine day.' })
export class StartSessionInput {
  @Field(() => ID)
  routineDayId!: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: "The athlete's local calendar day (YYYY-MM-DD); defaults to today in UTC. Must be within a day of now.",
  })
  workoutDate?: string | null;
}

@InputType({ description: 'One performed set. Resending the same clientId is a no-op.' })
export class LogSetInput {
  @Field(() => ID, { description: 'A UUID the client generates per set, so a retry never doubles it.' })
  @IsUUID('all', { message: 'clientId must be a UUID' })
  clientId!: string;

  @Field(() => ID)
  sessionId!: string;

  @Field(() => ID)
  exerciseId!: string;

  @Field(() => ID, { nullable: true, description: 'The planned set this fulfils.' })
  plannedSetId?: string | null;

  @Field(() => Float, { description: 'Load in kg, 0–1000 (0 for bodyweight).' })
  @Min(0, { message: 'weightKg must be 0 or more' })
  @Max(1000, { message: 'weightKg must be at most 1000 kg' })
  weightKg!: number;

  @Field(() => Int, { description: 'Repetitions, 0–1000.' })
  @Min(0, { message: 'reps must be 0 or more' })
  @Max(1000, { message: 'reps must be at most 1000' })
  reps!: number;

  @Field(() => Float, { nullable: true, description: 'Rate of perceived exertion, 1–10 in halves.' })
  @IsOptional()
  @Min(1, { message: 'rpe must be between 1 and 10' })
  @Max(10, { message: 'rpe must be between 1 and 10' })
  @IsHalfStep()
  rpe?: number | null;

  @Field({ defaultValue: false })
  isWarmup!: boolean;
}

@InputType()
export class CompleteSessionInput {
  @Field(() => ID)
  sessionId!: string;
}

