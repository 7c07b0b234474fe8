import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { SUBJECT_OWNED } from '../../db/tenant-policies.js';
import type { ProgressionState } from '../../engine/progression.js';
import { WorkoutSession } from '../execution/workout-session.entity.js';
import { Subject } from '../identity/subject.entity.js';
import { RoutineDayExercise } from './routine-day-exercise.entity.js';

/**
 * One step of a routine slot's progression (DESIGN §3): what a completed session started from and
 * where it left the engine's state, written by completeSession in its transaction. The slot's
 * latest step is where its next prescription and dry run continue, so a missed session repeats its
 * load and misses count towards a reduction; a session's own step lets its prescription and "next
 * time" read the same afterwards. `rule` is the rule the step was made under: once the rule
 * changes, the plan starts it again.
 */
@Entity({ tableName: 'progression_steps', policies: SUBJECT_OWNED })
@Unique({ name: 'uq_progression_steps_session_slot', properties: ['session', 'routineDayExercise'] })
@Index({ name: 'ix_progression_steps_slot', properties: ['routineDayExercise', 'id'] })
@Index({ name: 'ix_progression_steps_subject', properties: ['subject'] })
export class ProgressionStep extends BaseEntity {
  @ManyToOne(() => Subject, { deleteRule: 'cascade' })
  subject!: Subject;

  @ManyToOne(() => RoutineDayExercise, { deleteRule: 'cascade' })
  routineDayExercise!: RoutineDayExercise;

  @ManyToOne(() => WorkoutSession, { deleteRule: 'cascade' })
  session!: WorkoutSession;

  @Property({ type: 'json', columnType: 'jsonb' })
  stateBefore!: ProgressionState;

  @Property({ type: 'json', columnType: 'jsonb' })
  state!: ProgressionState;

  @Property({ type: 'json', columnType: 'jsonb' })
  rule!: Record<string, unknown>;

  /** The decision that started the session's step ({ code, message }), repeated when it is shown again. */
  @Property({ type: 'json', columnType: 'jsonb' })
  startedWith!: { code: string; message: string };
}
