import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';

export enum CoachInviteStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(CoachInviteStatus, {
  name: 'CoachInviteStatus',
  description: 'Where an invitation stands.',
  valuesConfig: {
    PENDING: { description: 'Not used yet and still valid: the code works.' },
    ACCEPTED: { description: 'An athlete joined the roster with it; the code no longer works.' },
    REVOKED: { description: 'The coach withdrew it; the code no longer works.' },
    EXPIRED: { description: 'Seven days passed unused; the code no longer works.' },
  },
});

/** A coach_invites row as the services read it (`expired` computed by the database's clock). */
export interface CoachInviteRow {
  id: number;
  coach_id: number;
  client_id: string;
  label: string | null;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  accepted_by_id: number | null;
  revoked_at: Date | null;
  expired: boolean;
}

export const INVITE_COLUMNS = 'id, coach_id, client_id, label, created_at, expires_at, accepted_at, accepted_by_id, revoked_at, expires_at <= now() as expired';

export function inviteStatus(row: CoachInviteRow): CoachInviteStatus {
  if (row.accepted_at) return CoachInviteStatus.ACCEPTED;
  if (row.revoked_at) return CoachInviteStatus.REVOKED;
  return row.expired ? CoachInviteStatus.EXPIRED : CoachInviteStatus.PENDING;
}

@ObjectType('CoachInvite', { description: "An invitation to a coach's roster: a one-time code, valid for 7 days." })
export class CoachInviteType {
  dbId!: number;

  @Field(() => ID, { description: 'Pass to revokeCoachInvite to withdraw it.' })
  id!: string;

  @Field(() => String, { nullable: true, description: "The coach's note of whom it is for." })
  label!: string | null;

  @Field(() => CoachInviteStatus, { description: 'Whether the code still works, and if not, why.' })
  status!: CoachInviteStatus;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the code stops working if unused.' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When an athlete accepted it.' })
  acceptedAt!: Date | null;

  static fromRow(row: CoachInviteRow): CoachInviteType {
    return Object.assign(new CoachInviteType(), {
      id: toGlobalId('CoachInvite', row.id),
      dbId: row.id,
      label: row.label,
      status: inviteStatus(row),
      createdAt: new Date(row.created_at),
      expiresAt: new Date(row.expires_at),
      acceptedAt: row.accepted_at ? new Date(row.accepted_at) : null,
    });
  }
}

/** A coach_athletes row seen from the athlete's side, with the coach's name. */
export interface CoachLinkRow {
  id: number;
  coach_id: number;
  created_at: Date;
  full_name: string | null;
  username: string;
}

@ObjectType('CoachLink', { description: "A coach whose roster you are on: they read your training and write your plans." })
export class CoachLinkType {
  dbId!: number;

  @Field(() => ID, { description: 'Pass to leaveCoach to leave this roster.' })
  id!: string;

  @Field({ description: "The coach's full name, else username." })
  coachName!: string;

  @Field(() => Date, { description: 'When you joined the roster.' })
  since!: Date;

  static fromRow(row: CoachLinkRow): CoachLinkType {
    return Object.assign(new CoachLinkType(), {
      id: toGlobalId('CoachLink', row.id),
      dbId: row.id,
      coachName: row.full_name ?? row.username,
      since: new Date(row.created_at),
    });
  }
}
