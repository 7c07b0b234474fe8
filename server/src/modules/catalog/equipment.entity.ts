import { PrimaryKeyProp } from '@mikro-orm/core';
import { Check, Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { Subject } from '../identity/subject.entity.js';
import { Exercise } from './exercise.entity.js';
import { SUBJECT_OWNED } from '../../db/tenant-policies.js';

/**
 * A piece of gym equipment (seed 002), e.g. "Flat bench", "Pull-up bar". `code` is the stable
 * key clients and the seeder use; exercises' coarse `equipment` kind maps onto these codes.
 */
@Entity({ tableName: 'equipment' })
@Check({ name: 'ck_equipment_code_format', expression: "code ~ '^[A-Z][A-Z0-9_]*$'" })
export class EquipmentItem extends BaseEntity {
  @Property({ type: 'string', length: 50 })
  @Unique({ name: 'uq_equipment_code' })
  code!: string;

  @Property({ type: 'string', length: 255 })
  @Unique({ name: 'uq_equipment_name' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;
}

/** Equipment an exercise needs, all of it (seed 002 `exercise_equipment`). */
@Entity({ tableName: 'exercise_equipment' })
@Index({ name: 'ix_exercise_equipment_equipment', properties: ['equipment'] })
export class ExerciseEquipment {
  @ManyToOne(() => Exercise, { primary: true, deleteRule: 'cascade' })
  exercise!: Exercise;

  @ManyToOne(() => EquipmentItem, { primary: true, deleteRule: 'cascade' })
  equipment!: EquipmentItem;

  [PrimaryKeyProp]?: ['exercise', 'equipment'];
}

/** Equipment an athlete has access to (seed 002 `user_equipment`, owned by the subject like all training data). */
@Entity({ tableName: 'subject_equipment', policies: SUBJECT_OWNED })
@Index({ name: 'ix_subject_equipment_equipment', properties: ['equipment'] })
export class SubjectEquipment {
  @ManyToOne(() => Subject, { primary: true, deleteRule: 'cascade' })
  subject!: Subject;

  @ManyToOne(() => EquipmentItem, { primary: true, deleteRule: 'cascade' })
  equipment!: EquipmentItem;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt?: Date;

  [PrimaryKeyProp]?: ['subject', 'equipment'];
}
