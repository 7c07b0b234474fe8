import { DecimalType } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { Exercise } from '../catalog/exercise.entity.js';
import { Subject } from '../identity/subject.entity.js';
import { ExerciseSetLog } from './exercise-set-log.entity.js';
import { WorkoutSession } from './workout-session.entity.js';
import { SUBJECT_OWNED } from '../../db/tenant-policies.js';

/** The kinds of personal record kept per exercise (seed 002 plus heaviest weight). */
export enum RecordType {
  /** Heaviest load lifted for at least one rep. */
  HEAVIEST_WEIGHT = 'HEAVIEST_WEIGHT',
  /** Best estimated 1RM of a single set. */
  BEST_E1RM = 'BEST_E1RM',
  /** Most load × reps in a single set. */
  SET_VOLUME = 'SET_VOLUME',
  /** Most load × reps for the exercise across one session. */
  SESSION_VOLUME = 'SESSION_VOLUME',
}

/**
 * The current best per subject, exercise and record type (seed 002's denormalised PR table), so
 * logging a set compares against one row instead of the whole history. Recomputed from the set
 * logs when a set is corrected or deleted. Set records point at the set; session volume at the session.
 */
@Entity({ tableName: 'personal_records', policies: SUBJECT_OWNED })
@Unique({ name: 'uq_personal_records_subject_exercise_type', properties: ['subject', 'exercise', 'recordType'] })
@Index({ name: 'ix_personal_records_subject_achieved', properties: ['subject', 'achievedAt'] })
@Index({ name: 'ix_personal_records_set_log', properties: ['setLog'] })
@Index({ name: 'ix_personal_records_session', properties: ['session'] })
@Check({ name: 'ck_personal_records_value_positive', expression: 'value > 0' })
@Check({ name: 'ck_personal_records_source', expression: 'set_log_id is not null or session_id is not null' })
export class PersonalRecord extends BaseEntity {
  @ManyToOne(() => Subject, { deleteRule: 'cascade' })
  subject!: Subject;

  @ManyToOne(() => Exercise, { deleteRule: 'cascade' })
  exercise!: Exercise;

  @Enum({ items: () => RecordType })
  recordType!: RecordType;

  @Property({ type: new DecimalType('number'), precision: 10, scale: 2 })
  value!: number;

  /** kg for weights and e1RM, kg·reps for volumes. */
  @Property({ type: 'string', length: 10 })
  unit!: string;

  @ManyToOne(() => ExerciseSetLog, { nullable: true, deleteRule: 'cascade' })
  setLog?: ExerciseSetLog | null;

  @ManyToOne(() => WorkoutSession, { nullable: true, deleteRule: 'cascade' })
  session?: WorkoutSession | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  achievedAt!: Date;
}
