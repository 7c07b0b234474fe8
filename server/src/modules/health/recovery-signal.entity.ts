import { DecimalType, type Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { Subject } from '../identity/subject.entity.js';
import { WorkoutSession } from '../execution/workout-session.entity.js';
import { RecoverySource } from './health.enums.js';
import { SUBJECT_OWNED } from '../../db/tenant-policies.js';

/** A day's recovery reading (seed 003): HRV, resting HR, sleep and a device readiness score; feeds readiness. */
@Entity({ tableName: 'recovery_signals', policies: SUBJECT_OWNED })
@Unique({ name: 'uq_recovery_signals_subject_day_source', properties: ['subject', 'measuredOn', 'source'] })
@Check({ name: 'ck_recovery_signals_hrv_range', expression: 'hrv_ms > 0 and hrv_ms <= 300' })
@Check({ name: 'ck_recovery_signals_resting_hr_range', expression: 'resting_hr > 0 and resting_hr < 300' })
@Check({ name: 'ck_recovery_signals_sleep_score_range', expression: 'sleep_score >= 0 and sleep_score <= 100' })
@Check({ name: 'ck_recovery_signals_sleep_hours_range', expression: 'sleep_hours >= 0 and sleep_hours <= 24' })
@Check({ name: 'ck_recovery_signals_readiness_range', expression: 'readiness >= 0 and readiness <= 100' })
export class RecoverySignal extends BaseEntity {
  @ManyToOne(() => Subject, { deleteRule: 'cascade' })
  subject!: Subject;

  @ManyToOne(() => WorkoutSession, { nullable: true, deleteRule: 'set null' })
  session?: WorkoutSession | null;

  @Property({ type: 'date' })
  measuredOn!: string;

  @Enum({ items: () => RecoverySource, default: RecoverySource.MANUAL })
  source: Opt<RecoverySource> = RecoverySource.MANUAL;

  @Property({ type: new DecimalType('number'), precision: 5, scale: 1, nullable: true })
  hrvMs?: number | null;

  @Property({ type: 'integer', nullable: true })
  restingHr?: number | null;

  @Property({ type: new DecimalType('number'), precision: 4, scale: 1, nullable: true })
  sleepScore?: number | null;

  @Property({ type: new DecimalType('number'), precision: 4, scale: 2, nullable: true })
  sleepHours?: number | null;

  @Property({ type: new DecimalType('number'), precision: 4, scale: 1, nullable: true })
  readiness?: number | null;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}
