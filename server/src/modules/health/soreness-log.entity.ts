import { Check, Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { MuscleGroup } from '../catalog/catalog.enums.js';
import { Subject } from '../identity/subject.entity.js';
import { WorkoutSession } from '../execution/workout-session.entity.js';
import { SUBJECT_OWNED } from '../../db/tenant-policies.js';

/** How sore a body part is on a day, 1–5 (seed 003), optionally blamed on a session; feeds readiness. */
@Entity({ tableName: 'soreness_logs', policies: SUBJECT_OWNED })
@Unique({ name: 'uq_soreness_logs_subject_day_part', properties: ['subject', 'loggedOn', 'bodyPart'] })
@Check({ name: 'ck_soreness_logs_level_range', expression: 'soreness >= 1 and soreness <= 5' })
export class SorenessLog extends BaseEntity {
  @ManyToOne(() => Subject, { deleteRule: 'cascade' })
  subject!: Subject;

  @Property({ type: 'date' })
  loggedOn!: string;

  @Enum({ items: () => MuscleGroup })
  bodyPart!: MuscleGroup;

  @Property({ type: 'smallint' })
  soreness!: number;

  @ManyToOne(() => WorkoutSession, { nullable: true, deleteRule: 'set null' })
  inferredCauseSession?: WorkoutSession | null;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}
