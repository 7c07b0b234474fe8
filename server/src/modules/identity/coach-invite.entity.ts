import { Check, Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { User } from './user.entity.js';

/**
 * A coach's invitation to join their roster: a one-time code, shown once and stored as its
 * SHA-256, valid for 7 days. Accepting adds a coach_athletes row; the invite keeps who accepted.
 */
@Entity({ tableName: 'coach_invites' })
@Unique({ name: 'uq_coach_invites_coach_client', properties: ['coach', 'clientId'] })
@Index({ name: 'ix_coach_invites_accepted_by', properties: ['acceptedBy'] })
@Check({ name: 'ck_coach_invites_expiry', expression: 'expires_at > created_at' })
@Check({ name: 'ck_coach_invites_one_outcome', expression: 'accepted_at is null or revoked_at is null' })
@Check({ name: 'ck_coach_invites_label_not_empty', expression: 'label is null or length(btrim(label)) > 0' })
export class CoachInvite extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  coach!: User;

  @Property({ type: 'string', length: 64 })
  @Unique({ name: 'uq_coach_invites_code_hash' })
  codeHash!: string;

  /** The coach's UUID for this creation: a retry finds the same invite instead of making a second one. */
  @Property({ type: 'uuid' })
  clientId!: string;

  /** The coach's note of whom it is for. */
  @Property({ type: 'string', length: 100, nullable: true })
  label?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  acceptedAt?: Date | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  acceptedBy?: User | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt?: Date | null;
}
