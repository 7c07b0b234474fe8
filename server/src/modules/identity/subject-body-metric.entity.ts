import { DecimalType } from '@mikro-orm/core';
import { Check, Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { Subject } from './subject.entity.js';
import { SUBJECT_OWNED } from '../../db/tenant-policies.js';

/** One day's body measurements of a subject (seed 004): at most one row per day. */
@Entity({ tableName: 'subject_body_metrics', policies: SUBJECT_OWNED })
@Unique({ name: 'uq_sbm_subject_day', properties: ['subject', 'measuredOn'] })
@Index({ name: 'ix_sbm_measured_on', properties: ['measuredOn'] })
@Check({ name: 'ck_sbm_weight_range', expression: 'weight_kg >= 0 and weight_kg < 700' })
@Check({ name: 'ck_sbm_bodyfat_range', expression: 'bodyfat_pct >= 0 and bodyfat_pct <= 100' })
@Check({ name: 'ck_sbm_resting_hr_range', expression: 'resting_hr > 0 and resting_hr < 300' })
export class SubjectBodyMetric extends BaseEntity {
  @ManyToOne(() => Subject, { deleteRule: 'cascade' })
  subject!: Subject;

  @Property({ type: 'date' })
  measuredOn!: string;

  @Property({ type: new DecimalType('number'), precision: 5, scale: 2, nullable: true })
  weightKg?: number | null;

  @Property({ type: new DecimalType('number'), precision: 4, scale: 1, nullable: true })
  bodyfatPct?: number | null;

  @Property({ type: 'integer', nullable: true })
  restingHr?: number | null;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}
