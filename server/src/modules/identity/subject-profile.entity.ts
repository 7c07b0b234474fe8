import { Check, Entity, Enum, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { Sex } from './identity.enums.js';
import { Subject } from './subject.entity.js';
import { SUBJECT_OWNED } from '../../db/tenant-policies.js';

/** Optional 1:1 indirect PII of a subject (seed 004). The upper bound of birth_year is checked by the API. */
@Entity({ tableName: 'subject_profiles', policies: SUBJECT_OWNED })
@Check({ name: 'ck_subject_profiles_birth_year', expression: 'birth_year >= 1900' })
@Check({ name: 'ck_subject_profiles_height_range', expression: 'height_cm > 0 and height_cm < 300' })
export class SubjectProfile extends BaseEntity {
  @OneToOne(() => Subject, { owner: true, deleteRule: 'cascade', unique: 'uq_subject_profiles_subject' })
  subject!: Subject;

  @Enum({ items: () => Sex, nullable: true })
  sex?: Sex | null;

  @Property({ type: 'integer', nullable: true })
  birthYear?: number | null;

  @Property({ type: 'integer', nullable: true })
  heightCm?: number | null;

  @Property({ type: 'string', length: 10, nullable: true })
  dominantHand?: string | null;
}
