import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.type.js';
import { type ExerciseColumns, ExerciseType, exerciseFromRow } from '../catalog/exercise.type.js';
import { BenchmarkType } from './health.enums.js';

registerEnumType(BenchmarkType, {
  name: 'BenchmarkMetricType',
  description:
    'What a benchmark measures (seed 001): ONE_RM and TRAINING_MAX of an exercise (kg), FTP (W), MAX_HEART_RATE and HR_ZONE_1–5 (bpm), PACE_5K, PACE_10K and PACE_HALF_MARATHON (s/km).',
});

/** A benchmark row with its exercise's columns joined in (all null when it names none). */
export type BenchmarkRow = {
  id: number;
  subject_id: number;
  metric_type: BenchmarkType;
  value: string;
  unit: string;
  exercise_id: number | null;
  established_on: string;
  notes: string | null;
  created_at: string;
  updated_at: string;
} & { [K in keyof ExerciseColumns]: ExerciseColumns[K] | null };

@ObjectType('Benchmark', {
  implements: Node,
  description: 'A tested or estimated performance marker prescriptions scale from. Several per kind are kept over time; the latest by day is current.',
})
export class BenchmarkEntryType extends Node {
  dbId!: number;
  subjectId!: number;
  exerciseId!: number | null;

  @Field(() => BenchmarkType, { description: 'What the benchmark measures.' })
  metricType!: BenchmarkType;

  @Field(() => Float, { description: 'The value in `unit`.' })
  value!: number;

  @Field({ description: 'kg (ONE_RM, TRAINING_MAX), W (FTP), bpm (heart rate) or s/km (paces).' })
  unit!: string;

  @Field(() => ExerciseType, { nullable: true, description: 'The exercise a 1RM or training max is of.' })
  exercise!: ExerciseType | null;

  @Field(() => GraphQLLocalDate, { description: 'The day it was tested or set.' })
  establishedOn!: string;

  @Field(() => String, { nullable: true, description: 'Free-text notes, up to 2000 characters.' })
  notes!: string | null;

  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt!: Date;

  static fromRow(row: BenchmarkRow): BenchmarkEntryType {
    return Object.assign(new BenchmarkEntryType(), {
      id: toGlobalId('Benchmark', row.id),
      dbId: row.id,
      subjectId: row.subject_id,
      exerciseId: row.exercise_id,
      metricType: row.metric_type,
      value: Number(row.value),
      unit: row.unit,
      exercise: row.ex_id === null ? null : ExerciseType.from(exerciseFromRow(row as ExerciseColumns)),
      establishedOn: row.established_on,
      notes: row.notes,
      createdAt: new Date(row.created_at),
      updatedAt: new Date(row.updated_at),
    });
  }
}

@ObjectType('BenchmarkEdge')
export class BenchmarkEdge {
  @Field({ description: 'Pass as `after` to continue after this row.' })
  cursor!: string;

  @Field(() => BenchmarkEntryType, { description: 'The row.' })
  node!: BenchmarkEntryType;
}

@ObjectType('BenchmarkConnection', { description: 'Benchmarks, the most recently established first.' })
export class BenchmarkConnection {
  @Field(() => [BenchmarkEdge], { description: 'This page, in list order.' })
  edges!: BenchmarkEdge[];

  @Field(() => PageInfo, { description: 'Whether more rows follow, and the cursor to fetch them.' })
  pageInfo!: PageInfo;
}
