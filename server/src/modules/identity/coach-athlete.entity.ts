import { Check, Entity, Index, ManyToOne, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { User } from './user.entity.js';

/** A coach's roster entry (seed 001: an athlete belongs to a coach). */
@Entity({ tableName: 'coach_athletes' })
@Unique({ name: 'uq_coach_athletes_pair', properties: ['coach', 'athlete'] })
@Index({ name: 'ix_coach_athletes_athlete', properties: ['athlete'] })
@Check({ name: 'ck_coach_athletes_not_self', expression: 'coach_id <> athlete_id' })
export class CoachAthlete extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  coach!: User;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  athlete!: User;
}
