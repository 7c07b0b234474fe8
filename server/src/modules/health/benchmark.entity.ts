import { DecimalType } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { Exercise } from '../catalog/exercise.entity.js';
import { Subject } from '../identity/subject.entity.js';
import { BenchmarkType } from './health.enums.js';
import { SUBJECT_OWNED } from '../../db/tenant-policies.js';

/**
 * A tested or estimated performance marker that prescriptions scale from (seed 001): 1RM and
 * training max per exercise, FTP, heart-rate zones, paces. Several per type are kept over time;
 * the latest by `establishedOn` is the current one.
 */
@Entity({ tableName: 'benchmarks', policies: SUBJECT_OWNED })
@Index({ name: 'ix_benchmarks_subject_type', properties: ['subject', 'metricType', 'establishedOn'] })
@Index({ name: 'ix_benchmarks_exercise', properties: ['exercise'] })
@Check({ name: 'ck_benchmarks_value_positive', expression: 'value > 0' })
@Check({
  name: 'ck_benchmarks_exercise_required',
  expression: "exercise_id is not null or metric_type <> 'ONE_RM' and metric_type <> 'TRAINING_MAX'",
})
export class Benchmark extends BaseEntity {
  @ManyToOne(() => Subject, { deleteRule: 'cascade' })
  subject!: Subject;

  @Enum({ items: () => BenchmarkType })
  metricType!: BenchmarkType;

  @Property({ type: new DecimalType('number'), precision: 10, scale: 2 })
  value!: number;

  /** kg, W, bpm or s/km. */
  @Property({ type: 'string', length: 10 })
  unit!: string;

  @ManyToOne(() => Exercise, { nullable: true, deleteRule: 'cascade' })
  exercise?: Exercise | null;

  @Property({ type: 'date' })
  establishedOn!: string;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}
