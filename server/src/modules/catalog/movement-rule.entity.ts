import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { Subject } from '../identity/subject.entity.js';
import { MovementPattern, MovementRuleType, RuleCadence } from './catalog.enums.js';
import { Exercise } from './exercise.entity.js';
import { SUBJECT_OWNED } from '../../db/tenant-policies.js';

/**
 * An athlete's standing rule about one exercise or a whole movement pattern (seed 003
 * `user_movement_rules`, owned by the subject like all training data): HARD_NO never include,
 * HARD_YES at least once per microcycle, PREFERRED at least once every two weeks. Substitution
 * rejects HARD_NO candidates and ranks HARD_YES / PREFERRED ones higher.
 */
@Entity({ tableName: 'subject_movement_rules', policies: SUBJECT_OWNED })
@Unique({ name: 'uq_smr_subject_exercise', properties: ['subject', 'exercise'] })
@Unique({ name: 'uq_smr_subject_movement', properties: ['subject', 'movement'] })
@Index({ name: 'ix_smr_exercise', properties: ['exercise'] })
@Check({ name: 'ck_smr_one_target', expression: 'num_nonnulls(exercise_id, movement) = 1' })
export class SubjectMovementRule extends BaseEntity {
  @ManyToOne(() => Subject, { deleteRule: 'cascade' })
  subject!: Subject;

  @ManyToOne(() => Exercise, { nullable: true, deleteRule: 'cascade' })
  exercise?: Exercise | null;

  @Enum({ items: () => MovementPattern, nullable: true })
  movement?: MovementPattern | null;

  @Enum({ items: () => MovementRuleType })
  ruleType!: MovementRuleType;

  @Enum({ items: () => RuleCadence, default: RuleCadence.PER_MICROCYCLE })
  cadence: RuleCadence = RuleCadence.PER_MICROCYCLE;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}
