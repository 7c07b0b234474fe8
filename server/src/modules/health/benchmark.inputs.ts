import { IsOptional, IsPositive, MaxLength } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, InputType } from 'type-graphql';
import { BenchmarkType } from './health.enums.js';

@InputType({
  description:
    'Record a benchmark (the athlete, or their coach). At most one per kind (type and exercise) and day: recording it again that day ' +
    '(a retry, or a corrected value) updates that benchmark instead of adding another.',
})
export class RecordBenchmarkInput {
  @Field(() => ID, { description: 'The athlete (an Athlete id).' })
  athleteId!: string;

  @Field(() => BenchmarkType, { description: 'What the benchmark measures.' })
  metricType!: BenchmarkType;

  @Field(() => Float, { description: 'Greater than 0, in `unit` (kept to 0.01). Upper bounds: 1000 kg, 3000 W, 300 bpm, 3600 s/km.' })
  @IsPositive({ message: 'value must be greater than 0' })
  value!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Defaults to the type’s unit: kg, W, bpm or s/km. Also accepted: lb for ONE_RM/TRAINING_MAX and s/mi for paces, converted and stored as kg and s/km.',
  })
  unit?: string | null;

  @Field(() => ID, { nullable: true, description: 'The catalog exercise: required for ONE_RM and TRAINING_MAX.' })
  exerciseId?: string | null;

  @Field(() => GraphQLLocalDate, { description: 'The day it was tested or set; not in the future.' })
  establishedOn!: string;

  @Field(() => String, { nullable: true, description: 'Up to 2000 characters.' })
  @IsOptional()
  @MaxLength(2000, { message: 'notes must be at most 2000 characters' })
  notes?: string | null;
}

@InputType({ description: 'Correct a benchmark. Omitted fields keep their value; notes: null clears them. Its kind (type, exercise) cannot change: delete and record instead.' })
export class UpdateBenchmarkInput {
  @Field(() => ID, { description: 'The Benchmark to correct.' })
  id!: string;

  @Field(() => Float, { nullable: true, description: 'New value, greater than 0, in `unit`.' })
  @IsOptional()
  @IsPositive({ message: 'value must be greater than 0' })
  value?: number | null;

  @Field(() => String, { nullable: true, description: 'The unit of `value` (send it with value); defaults to the type’s unit.' })
  unit?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Move it to this day (not in the future).' })
  establishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text notes, up to 2000 characters; null clears them.' })
  @IsOptional()
  @MaxLength(2000, { message: 'notes must be at most 2000 characters' })
  notes?: string | null;
}

@InputType({ description: 'Delete a benchmark (the athlete, or their coach).' })
export class DeleteBenchmarkInput {
  @Field(() => ID, { description: 'The Benchmark to delete.' })
  id!: string;
}

@InputType('BenchmarkFilter', { description: 'Narrow benchmarks to one type and/or one exercise.' })
export class BenchmarkFilterInput {
  @Field(() => BenchmarkType, { nullable: true, description: 'Only benchmarks of this type.' })
  metricType?: BenchmarkType | null;

  @Field(() => ID, { nullable: true, description: 'Only benchmarks of this exercise.' })
  exerciseId?: string | null;
}
