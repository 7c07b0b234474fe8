import { MaxLength } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { IsPlanDate } from './planning.validators.js';

@InputType({
  description:
    'Start the next pass through a routine. The running cycle (if any) ends the day before, and a retry of the same start returns the same cycle.',
})
export class StartCycleInput {
  @Field(() => ID, { description: 'The routine to run through: one you may edit, not archived.' })
  routineId!: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'First day (YYYY-MM-DD, 1900-01-01 to 2199-12-31); defaults to today (UTC). Not before the start of the running cycle.',
  })
  @IsPlanDate()
  startedOn?: string | null;

  @Field({ defaultValue: false, description: 'A planned deload cycle.' })
  isDeload!: boolean;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters.' })
  @MaxLength(2000, { message: 'notes must be at most 2000 characters' })
  notes?: string | null;
}

@InputType({
  description:
    "Start a routine's next cycle today, a deload exactly when one of its progression rules deloads at the new cycle number. A retry on the same day returns the same cycle.",
})
export class AdvanceCycleInput {
  @Field(() => ID, { description: 'The routine to advance: one you may edit (yours, or an athlete’s on your roster), not archived.' })
  routineId!: string;
}

@InputType({ description: 'Edit a cycle. Omitted fields stay as they are; null clears endedOn or notes.' })
export class UpdateCycleInput {
  @Field(() => ID, { description: 'The cycle to edit.' })
  id!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day (YYYY-MM-DD, up to 2199-12-31), on or after startedOn; null reopens the cycle.' })
  @IsPlanDate()
  endedOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'A planned deload cycle. Null: unchanged.' })
  isDeload?: boolean | null;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters.' })
  @MaxLength(2000, { message: 'notes must be at most 2000 characters' })
  notes?: string | null;
}

@InputType({ description: 'Archive a cycle: kept for history, hidden from lists by default, read-only. Archiving twice is a no-op.' })
export class ArchiveCycleInput {
  @Field(() => ID, { description: 'The cycle to archive.' })
  id!: string;
}

@InputType({ description: 'Which cycles to list.' })
export class CyclesFilter {
  @Field(() => ID, { nullable: true, description: 'Only the cycles of this routine.' })
  routineId?: string | null;

  @Field({ defaultValue: false, description: 'Include archived cycles.' })
  includeArchived!: boolean;
}
