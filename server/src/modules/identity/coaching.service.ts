import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rawQuery } from '../../db/raw-query.js';
import { rethrowConstraint } from '../../graphql/constraint-errors.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { publishRosterChanged } from '../activity/roster-activity.events.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireViewer } from './access.policy.js';
import { AlreadyDoneError } from './account.service.js';
import { sha256, type Viewer } from './auth.service.js';
import type { CreateCoachInviteInput } from './coaching.inputs.js';
import { type CoachInviteRow, type CoachLinkRow, CoachInviteStatus, INVITE_COLUMNS, inviteStatus } from './coaching.type.js';
import { Role } from './user.entity.js';

export const INVITE_TTL_DAYS = 7;
export const MAX_PENDING_INVITES = 50;

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed by hand survives. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 16;

/** 16 characters (80 random bits) in groups of four: `7K3M-9QXD-2HVB-F8TN`. */
function newInviteCode(): string {
  const chars = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]!);
  return chars.join('').replace(/(.{4})(?!$)/g, '$1-');
}

/** A code as typed → the form its hash is taken of, or BAD_USER_INPUT on `code`. */
export function normaliseInviteCode(code: string): string {
  const normalised = code.toUpperCase().replace(/[\s-]+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (normalised.length !== CODE_LENGTH || [...normalised].some((char) => !ALPHABET.includes(char))) {
    throw new BadUserInputError('code is not an invite code: it has 16 letters and digits, like 7K3M-9QXD-2HVB-F8TN.', 'code');
  }
  return normalised;
}

const hashCode = (code: string) => sha256(normaliseInviteCode(code));

const LINK_SQL = `select ca.id, ca.coach_id, ca.created_at, u.full_name, u.username from coach_athletes ca join users u on u.id = ca.coach_id`;

/**
 * Coach ↔ athlete links: a coach invites with a one-time code, an athlete accepts it; either side
 * can end the link. Reads and plan writes of a coach follow the links through the existing
 * policies (access.policy.ts), so ending a link ends the coach's access at once.
 */
export class CoachingService {
  constructor(private readonly ctx: Context) {}

  private get em(): EntityManager {
    return this.ctx.em;
  }

  private requireCoach(what: string): Viewer {
    const viewer = requireViewer(this.ctx);
    if (viewer.role !== Role.COACH) throw new ForbiddenError(`Only coaches ${what}: this account is ${viewer.role.toLowerCase()}.`);
    return viewer;
  }

  private requireAthlete(what: string): Viewer {
    const viewer = requireViewer(this.ctx);
    if (viewer.role !== Role.ATHLETE || viewer.subjectId === null) throw new ForbiddenError(`Only athletes ${what}: this account is ${viewer.role.toLowerCase()}.`);
    return viewer;
  }

  /**
   * A new invite and its code (shown this once). The same clientId again, while the invite is
   * pending, is a retry: the same invite with a fresh code (the unseen earlier one stops working).
   */
  async createInvite(input: CreateCoachInviteInput): Promise<{ invite: CoachInviteRow; code: string }> {
    const coach = this.requireCoach('invite athletes');
    const label = input.label?.trim() || null;
    const code = newInviteCode();
    return this.em
      .transactional(async (em) => {
        // Serialises the coach's invite writes: the pending count and the clientId check stay exact.
        await rawQuery(em, 'select id from users where id = ? for no key update', [coach.userId]);
        const [existing] = await rawQuery<CoachInviteRow>(em, `select ${INVITE_COLUMNS} from coach_invites where coach_id = ? and client_id = ?`, [
          coach.userId,
          input.clientId,
        ]);
        if (existing) {
          if (existing.label !== label) throw new ConflictError('This clientId already created an invite with another label: use a new clientId for a new invite.', 'clientId');
          if (inviteStatus(existing) !== CoachInviteStatus.PENDING) {
            throw new ConflictError(`This clientId's invite is ${inviteStatus(existing).toLowerCase()}: use a new clientId for a new invite.`, 'clientId');
          }
          const [rotated] = await rawQuery<CoachInviteRow>(em, `update coach_invites set code_hash = ?, updated_at = now() where id = ? returning ${INVITE_COLUMNS}`, [
            hashCode(code),
            existing.id,
          ]);
          recordAudit(em, this.ctx, { action: 'create_coach_invite', entityType: 'coach_invite', entityId: existing.id, metadata: { retry: true } });
          return { invite: rotated!, code };
        }
        const [pending] = await rawQuery<{ n: number }>(
          em,
          'select count(*)::int as n from coach_invites where coach_id = ? and accepted_at is null and revoked_at is null and expires_at > now()',
          [coach.userId],
        );
        if (pending!.n >= MAX_PENDING_INVITES) {
          throw new ConflictError(`You have ${MAX_PENDING_INVITES} pending invites: revoke some (or let them expire) before creating more.`);
        }
        const [invite] = await rawQuery<CoachInviteRow>(
          em,
          `insert into coach_invites (coach_id, code_hash, client_id, label, expires_at) values (?, ?, ?, ?, now() + make_interval(days => ?))
           returning ${INVITE_COLUMNS}`,
          [coach.userId, hashCode(code), input.clientId, label, INVITE_TTL_DAYS],
        );
        recordAudit(em, this.ctx, { action: 'create_coach_invite', entityType: 'coach_invite', entityId: invite!.id, metadata: { label } });
        return { invite: invite!, code };
      })
      .catch(rethrowConstraint);
  }

  /** Withdraws a pending invite; revoking it again answers the same. An accepted invite is a CONFLICT. */
  async revokeInvite(globalId: string): Promise<CoachInviteRow> {
    const coach = this.requireCoach('revoke invites');
    const id = fromGlobalId(globalId, 'CoachInvite', 'id');
    return this.em.transactional(async (em) => {
      const [invite] = await rawQuery<CoachInviteRow>(em, `select ${INVITE_COLUMNS} from coach_invites where id = ? and coach_id = ? for update`, [id, coach.userId]);
      if (!invite) throw new NotFoundError('id: no invite of yours has this id.');
      if (invite.revoked_at) return invite;
      if (invite.accepted_at) throw new ConflictError('This invite was already accepted: remove the athlete from your roster instead (removeAthlete).', 'id');
      const [revoked] = await rawQuery<CoachInviteRow>(em, `update coach_invites set revoked_at = now(), updated_at = now() where id = ? returning ${INVITE_COLUMNS}`, [id]);
      recordAudit(em, this.ctx, { action: 'revoke_coach_invite', entityType: 'coach_invite', entityId: id });
      return revoked!;
    });
  }

  /**
   * Joins the inviting coach's roster. Retry-safe: accepting an invite you already accepted (or
   * one from a coach whose roster you are on) answers the same link with `joined: false`.
   */
  async acceptInvite(code: string): Promise<{ link: CoachLinkRow; joined: boolean }> {
    const athlete = this.requireAthlete("join a coach's roster");
    const codeHash = hashCode(code);
    return this.em
      .transactional(async (em) => {
        const [invite] = await rawQuery<CoachInviteRow>(em, `select ${INVITE_COLUMNS} from coach_invites where code_hash = ? for update`, [codeHash]);
        if (!invite) throw new NotFoundError('code: no invite has this code. Check it with your coach.');
        const status = inviteStatus(invite);
        if (status === CoachInviteStatus.ACCEPTED && invite.accepted_by_id !== athlete.userId) {
          throw new ConflictError('This invite was already used by someone else: ask your coach for a new one.', 'code');
        }
        if (status === CoachInviteStatus.REVOKED) throw new ConflictError('Your coach withdrew this invite: ask them for a new one.', 'code');
        if (status === CoachInviteStatus.EXPIRED) throw new ConflictError(`This invite expired (invites last ${INVITE_TTL_DAYS} days): ask your coach for a new one.`, 'code');

        if (status === CoachInviteStatus.ACCEPTED) {
          // A retry of your own accept: the link it made, unless it has ended since (a used code never re-adds anyone).
          const [link] = await rawQuery<CoachLinkRow>(em, `${LINK_SQL} where ca.coach_id = ? and ca.athlete_id = ?`, [invite.coach_id, athlete.userId]);
          if (!link) throw new ConflictError('You used this invite before and have left (or been removed from) that roster since: ask the coach for a new invite.', 'code');
          return { link, joined: false };
        }
        const [inserted] = await rawQuery<{ id: number }>(
          em,
          'insert into coach_athletes (coach_id, athlete_id) values (?, ?) on conflict on constraint uq_coach_athletes_pair do nothing returning id',
          [invite.coach_id, athlete.userId],
        );
        await rawQuery(em, 'update coach_invites set accepted_at = now(), accepted_by_id = ?, updated_at = now() where id = ?', [athlete.userId, invite.id]);
        const [link] = await rawQuery<CoachLinkRow>(em, `${LINK_SQL} where ca.coach_id = ? and ca.athlete_id = ?`, [invite.coach_id, athlete.userId]);
        recordAudit(em, this.ctx, {
          action: 'accept_coach_invite',
          entityType: 'coach_link',
          entityId: link!.id,
          metadata: { inviteId: invite.id, coachId: invite.coach_id, alreadyOnRoster: !inserted },
        });
        if (inserted) await publishRosterChanged(this.ctx, [invite.coach_id, athlete.userId]);
        return { link: link!, joined: Boolean(inserted) };
      })
      .catch(rethrowConstraint);
  }

  /** Takes an athlete off the viewer's roster; a retry is NOT_FOUND with `alreadyRemoved`. */
  async removeAthlete(athleteGlobalId: string): Promise<number> {
    const coach = this.requireCoach('have a roster');
    const subjectId = fromGlobalId(athleteGlobalId, 'Athlete', 'athleteId');
    return this.em.transactional(async (em) => {
      const [removed] = await rawQuery<{ id: number; athlete_id: number }>(
        em,
        'delete from coach_athletes where coach_id = ? and athlete_id = (select user_id from subjects where id = ?) returning id, athlete_id',
        [coach.userId, subjectId],
      );
      if (!removed) {
        const [done] = await rawQuery<{ created_at: Date }>(
          em,
          `select created_at from audit_logs where action = 'remove_athlete' and entity_type = 'athlete' and entity_id = ? and user_id = ? order by id desc limit 1`,
          [subjectId, coach.userId],
        );
        if (done) throw new AlreadyDoneError(`athleteId: you already removed this athlete (at ${new Date(done.created_at).toISOString()}).`, 'alreadyRemoved');
        throw new NotFoundError('athleteId: no athlete on your roster has this id.');
      }
      recordAudit(em, this.ctx, { action: 'remove_athlete', entityType: 'athlete', entityId: subjectId, metadata: { linkId: removed.id } });
      await publishRosterChanged(this.ctx, [coach.userId, removed.athlete_id]);
      return subjectId;
    });
  }

  /** Leaves a coach's roster; a retry is NOT_FOUND with `alreadyLeft`. */
  async leaveCoach(linkGlobalId: string): Promise<number> {
    const athlete = this.requireAthlete("leave a coach's roster");
    const linkId = fromGlobalId(linkGlobalId, 'CoachLink', 'id');
    return this.em.transactional(async (em) => {
      const [left] = await rawQuery<{ coach_id: number }>(em, 'delete from coach_athletes where id = ? and athlete_id = ? returning coach_id', [linkId, athlete.userId]);
      if (!left) {
        const [done] = await rawQuery<{ created_at: Date }>(
          em,
          `select created_at from audit_logs where action = 'leave_coach' and entity_type = 'coach_link' and entity_id = ? and user_id = ? limit 1`,
          [linkId, athlete.userId],
        );
        if (done) throw new AlreadyDoneError(`id: you already left this coach (at ${new Date(done.created_at).toISOString()}).`, 'alreadyLeft');
        throw new NotFoundError('id: you are on no coach roster with this id.');
      }
      recordAudit(em, this.ctx, { action: 'leave_coach', entityType: 'coach_link', entityId: linkId, metadata: { coachId: left.coach_id } });
      await publishRosterChanged(this.ctx, [left.coach_id, athlete.userId]);
      return linkId;
    });
  }

  /** The coach's invites whose codes still work, newest first (at most MAX_PENDING_INVITES). */
  async pendingInvites(coachUserId: number): Promise<CoachInviteRow[]> {
    if (requireViewer(this.ctx).userId !== coachUserId) throw new ForbiddenError("Invites are private to their coach.");
    return rawQuery<CoachInviteRow>(
      this.em,
      `select ${INVITE_COLUMNS} from coach_invites where coach_id = ? and accepted_at is null and revoked_at is null and expires_at > now() order by id desc`,
      [coachUserId],
    );
  }

  /** The coaches whose rosters the user is on, in joining order. */
  async coachesOf(userId: number): Promise<CoachLinkRow[]> {
    if (requireViewer(this.ctx).userId !== userId) throw new ForbiddenError('You can list only your own coaches.');
    return rawQuery<CoachLinkRow>(this.em, `${LINK_SQL} where ca.athlete_id = ? order by ca.id`, [userId]);
  }
}
