import { DecimalType, type Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { Subject } from '../identity/subject.entity.js';
import { Cycle } from '../planning/cycle.entity.js';
import { RoutineDay } from '../planning/routine-day.entity.js';
import { SUBJECT_OWNED } from '../../db/tenant-policies.js';

/** Lifecycle of a session (seed 000): PLANNED → IN_PROGRESS → COMPLETED | PARTIAL | SKIPPED. */
export enum SessionStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  PARTIAL = 'PARTIAL',
  SKIPPED = 'SKIPPED',
}

/** A performed (or planned) workout on one calendar day (seed 004, statuses from seed 000). */
@Entity({ tableName: 'workout_sessions', policies: SUBJECT_OWNED })
@Unique({ name: 'uq_ws_subject_date', properties: ['subject', 'workoutDate', 'slot'] })
@Unique({ name: 'uq_ws_subject_import_fingerprint', properties: ['subject', 'importFingerprint'] })
@Index({ name: 'ix_ws_routine_day', properties: ['routineDay'] })
@Index({ name: 'ix_ws_cycle', properties: ['cycle'] })
@Check({ name: 'ck_ws_fatigue_range', expression: 'perceived_fatigue >= 1 and perceived_fatigue <= 10' })
@Check({ name: 'ck_ws_bodyweight_range', expression: 'bodyweight_kg > 0 and bodyweight_kg < 700' })
@Check({ name: 'ck_ws_revision_positive', expression: 'revision > 0' })
@Check({ name: 'ck_ws_slot_range', expression: 'slot >= 1 and slot <= 4' })
export class WorkoutSession extends BaseEntity {
  @ManyToOne(() => Subject, { deleteRule: 'cascade' })
  subject!: Subject;

  @Property({ type: 'date' })
  workoutDate!: string;

  /** 1 for the day's first session, 2 for a second (two-a-days: a morning run, an evening lift). */
  @Property({ type: 'integer', default: 1 })
  slot: Opt<number> = 1;

  @Enum({ items: () => SessionStatus, default: SessionStatus.PLANNED })
  status: Opt<SessionStatus> = SessionStatus.PLANNED;

  @ManyToOne(() => RoutineDay, { nullable: true, deleteRule: 'set null' })
  routineDay?: RoutineDay | null;

  @ManyToOne(() => Cycle, { nullable: true, deleteRule: 'set null' })
  cycle?: Cycle | null;

  @Property({ type: 'string', length: 120, nullable: true })
  location?: string | null;

  @Property({ type: 'integer', nullable: true })
  perceivedFatigue?: number | null;

  @Property({ type: new DecimalType('number'), precision: 5, scale: 2, nullable: true })
  bodyweightKg?: number | null;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  startedAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  completedAt?: Date | null;

  @Property({ type: 'integer', default: 1 })
  revision: Opt<number> = 1;

  /**
   * The engine's sessionFingerprint of an imported workout (null for sessions logged in the app):
   * importing the same export again finds it and creates nothing (uq_ws_subject_import_fingerprint).
   */
  @Property({ type: 'string', length: 40, nullable: true })
  importFingerprint?: string | null;
}
