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
  valuesConfig: {
    ONE_RM: { description: 'One-rep max of an exercise, in kg (needs the exercise).' },
    TRAINING_MAX: { description: 'Training max of an exercise, the reduced 1RM that percentages are taken of, in kg (needs the exercise).' },
    FTP: { description: 'Functional threshold power, in watts.' },
    MAX_HEART_RATE: { description: 'Maximum heart rate, in bpm.' },
    HR_ZONE_1: { description: 'Heart-rate zone 1 (recovery, the easiest), in bpm.' },
    HR_ZONE_2: { description: 'Heart-rate zone 2 (endurance), in bpm.' },
    HR_ZONE_3: { description: 'Heart-rate zone 3 (tempo), in bpm.' },
    HR_ZONE_4: { description: 'Heart-rate zone 4 (threshold), in bpm.' },
    HR_ZONE_5: { description: 'Heart-rate zone 5 (maximal, the hardest), in bpm.' },
    PACE_5K: { description: '5 km race pace, in seconds per km.' },
    PACE_10K: { description: '10 km race pace, in seconds per km.' },
    PACE_HALF_MARATHON: { description: 'Half-marathon race pace, in seconds per km.' },
  },
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

@ObjectType('BenchmarkEdge', { description: 'One Benchmark in a page, with its cursor.' })
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
