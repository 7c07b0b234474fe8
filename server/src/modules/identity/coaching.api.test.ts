import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { expectError, ok } from '../health/health.test-helpers.js';
import { sha256 } from './auth.service.js';
import { sql } from './identity.test-helpers.js';

const CREATE_INVITE = `mutation ($input: CreateCoachInviteInput!) { createCoachInvite(input: $input) {
  code invite { id label status createdAt expiresAt acceptedAt } } }`;
const REVOKE_INVITE = 'mutation ($input: RevokeCoachInviteInput!) { revokeCoachInvite(input: $input) { invite { id status } } }';
const ACCEPT = 'mutation ($input: AcceptCoachInviteInput!) { acceptCoachInvite(input: $input) { joined coach { id coachName since } } }';
const REMOVE = 'mutation ($input: RemoveAthleteInput!) { removeAthlete(input: $input) { removedAthleteId } }';
const LEAVE = 'mutation ($input: LeaveCoachInput!) { leaveCoach(input: $input) { leftCoachLinkId } }';
const PENDING = '{ viewer { coach { pendingInvites { id label status } athletes { edges { node { id } } } } } }';
const MY_COACHES = '{ viewer { coaches { id coachName since } } }';
const READ_ATHLETE = 'query ($id: ID!) { node(id: $id) { ... on Athlete { id displayName } } }';
const CREATE_ROUTINE = 'mutation ($input: CreateRoutineInput!) { createRoutine(input: $input) { routine { id } } }';

type Invite = { id: string; label: string | null; status: string; createdAt: string; expiresAt: string; acceptedAt: string | null };
type Created = { createCoachInvite: { code: string; invite: Invite } };
type Accepted = { acceptCoachInvite: { joined: boolean; coach: { id: string; coachName: string; since: string } } };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function coachWithToken() {
  const coach = await createTestCoach(server.orm);
  return { userId: coach.user.id, token: await logInAs(server, coach.email) };
}

async function athleteWithToken() {
  const athlete = await createTestAthlete(server.orm);
  return { ...athlete, athleteId: toGlobalId('Athlete', athlete.subjectId), token: await logInAs(server, athlete.email) };
}

const invite = (token: string, input: Record<string, unknown> = {}) => ok<Created>(server, CREATE_INVITE, { input: { clientId: randomUUID(), ...input } }, token);
const accept = (token: string, code: string) => server.gql<Accepted>(ACCEPT, { input: { code } }, token);
const linkCount = async (coachId: number, athleteUserId: number) =>
  (await sql<{ n: number }>(server, 'select count(*)::int as n from coach_athletes where coach_id = ? and athlete_id = ?', [coachId, athleteUserId]))[0]!.n;

describe('coach invites', () => {
  it('a coach invites with a one-time code, stored only as a hash; the athlete accepts and joins the roster', async () => {
    const coach = await coachWithToken();
    const athlete = await athleteWithToken();
    const created = await invite(coach.token, { label: 'Alex' });
    const { code, invite: made } = created.createCoachInvite;
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(made).toMatchObject({ label: 'Alex', status: 'PENDING', acceptedAt: null });
    expect(new Date(made.expiresAt).getTime() - new Date(made.createdAt).getTime()).toBe(7 * 86_400_000);
    const [row] = await sql<Record<string, unknown>>(server, 'select * from coach_invites where coach_id = ?', [coach.userId]);
    expect(row!.code_hash).toBe(sha256(code.replaceAll('-', '')));
    expect(JSON.stringify(row)).not.toContain(code.replaceAll('-', ''));
    expect((await ok<{ viewer: { coach: { pendingInvites: Invite[] } } }>(server, PENDING, {}, coach.token)).viewer.coach.pendingInvites).toEqual([
      { id: made.id, label: 'Alex', status: 'PENDING' },
    ]);

    // Typed by hand: lower case, spaces instead of dashes.
    const accepted = await accept(athlete.token, ` ${code.toLowerCase().replaceAll('-', ' ')} `);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptCoachInvite).toMatchObject({ joined: true, coach: { coachName: expect.stringMatching(/^coach_/) } });
    const coaches = await ok<{ viewer: { coaches: { id: string }[] } }>(server, MY_COACHES, {}, athlete.token);
    expect(coaches.viewer.coaches.map((link) => link.id)).toEqual([accepted.data!.acceptCoachInvite.coach.id]);
    const roster = await ok<{ viewer: { coach: { pendingInvites: Invite[]; athletes: { edges: { node: { id: string } }[] } } } }>(server, PENDING, {}, coach.token);
    expect(roster.viewer.coach.pendingInvites).toEqual([]);
    expect(roster.viewer.coach.athletes.edges.map((edge) => edge.node.id)).toEqual([athlete.athleteId]);
    const [after] = await sql<{ accepted_by_id: number }>(server, 'select accepted_by_id from coach_invites where id = ?', [row!.id]);
    expect(after!.accepted_by_id).toBe(athlete.userId);
    const actions = await sql<{ user_id: number; action: string }>(server, "select user_id, action from audit_logs where action like '%coach_invite' and user_id in (?, ?) order by id", [
      coach.userId,
      athlete.userId,
    ]);
    expect(actions).toEqual([
      { user_id: coach.userId, action: 'create_coach_invite' },
      { user_id: athlete.userId, action: 'accept_coach_invite' },
    ]);
  });

  it('a retried createCoachInvite (same clientId) returns the same invite with a fresh code; the unseen earlier code stops working', async () => {
    const coach = await coachWithToken();
    const athlete = await athleteWithToken();
    const clientId = randomUUID();
    const first = await invite(coach.token, { clientId, label: 'Sam' });
    const retry = await invite(coach.token, { clientId, label: 'Sam' });
    expect(retry.createCoachInvite.invite.id).toBe(first.createCoachInvite.invite.id);
    expect(retry.createCoachInvite.code).not.toBe(first.createCoachInvite.code);
    expect(await sql(server, 'select id from coach_invites where coach_id = ?', [coach.userId])).toHaveLength(1);
    expectError(await server.gql(CREATE_INVITE, { input: { clientId, label: 'Someone else' } }, coach.token), 'CONFLICT', 'clientId');

    expectError(await accept(athlete.token, first.createCoachInvite.code), 'NOT_FOUND');
    expect((await accept(athlete.token, retry.createCoachInvite.code)).data!.acceptCoachInvite.joined).toBe(true);
    // Once accepted, the clientId is spent.
    expectError(await server.gql(CREATE_INVITE, { input: { clientId, label: 'Sam' } }, coach.token), 'CONFLICT', 'clientId');
  });

  it('accepting again is a retry (joined: false, one link); a second athlete with the same code is a CONFLICT', async () => {
    const coach = await coachWithToken();
    const athlete = await athleteWithToken();
    const other = await athleteWithToken();
    const { code } = (await invite(coach.token)).createCoachInvite;
    const first = await accept(athlete.token, code);
    const again = await accept(athlete.token, code);
    expect(again.data!.acceptCoachInvite).toEqual({ ...first.data!.acceptCoachInvite, joined: false });
    expect(await linkCount(coach.userId, athlete.userId)).toBe(1);
    expectError(await accept(other.token, code), 'CONFLICT', 'code');
    expect(await linkCount(coach.userId, other.userId)).toBe(0);
  });

  it('refuses revoked, expired, unknown and malformed codes, each with its own answer', async () => {
    const coach = await coachWithToken();
    const athlete = await athleteWithToken();
    const revoked = (await invite(coach.token)).createCoachInvite;
    const done = await ok<{ revokeCoachInvite: { invite: { status: string } } }>(server, REVOKE_INVITE, { input: { id: revoked.invite.id } }, coach.token);
    expect(done.revokeCoachInvite.invite.status).toBe('REVOKED');
    // Revoking again answers the same.
    expect((await ok<{ revokeCoachInvite: { invite: { status: string } } }>(server, REVOKE_INVITE, { input: { id: revoked.invite.id } }, coach.token)).revokeCoachInvite.invite.status).toBe('REVOKED');
    expectError(await accept(athlete.token, revoked.code), 'CONFLICT', 'code');

    const expired = (await invite(coach.token)).createCoachInvite;
    await sql(server, "update coach_invites set created_at = now() - interval '8 days', expires_at = now() - interval '1 day' where coach_id = ? and revoked_at is null", [coach.userId]);
    expectError(await accept(athlete.token, expired.code), 'CONFLICT', 'code');

    expectError(await accept(athlete.token, 'ZZZZ-ZZZZ-ZZZZ-ZZZZ'), 'NOT_FOUND');
    expectError(await accept(athlete.token, 'not a code'), 'BAD_USER_INPUT', 'code');
    expect(await linkCount(coach.userId, athlete.userId)).toBe(0);
  });

  it('an accepted invite cannot be revoked (remove the athlete instead), nor be revoked by another coach', async () => {
    const coach = await coachWithToken();
    const stranger = await coachWithToken();
    const athlete = await athleteWithToken();
    const made = (await invite(coach.token)).createCoachInvite;
    expectError(await server.gql(REVOKE_INVITE, { input: { id: made.invite.id } }, stranger.token), 'NOT_FOUND');
    await accept(athlete.token, made.code);
    expectError(await server.gql(REVOKE_INVITE, { input: { id: made.invite.id } }, coach.token), 'CONFLICT', 'id');
  });

  it('lists pending invites and coaches at the same statement count for 1 as for 4', async () => {
    const lone = await coachWithToken();
    const busy = await coachWithToken();
    await invite(lone.token);
    for (let i = 0; i < 4; i += 1) await invite(busy.token);
    const few = await server.gql<{ viewer: { coach: { pendingInvites: unknown[] } } }>(PENDING, {}, lone.token);
    const many = await server.gql<{ viewer: { coach: { pendingInvites: unknown[] } } }>(PENDING, {}, busy.token);
    expect([few.data!.viewer.coach.pendingInvites.length, many.data!.viewer.coach.pendingInvites.length]).toEqual([1, 4]);
    expect(many.extensions?.sqlStatements).toBe(few.extensions?.sqlStatements);

    const athlete = await athleteWithToken();
    await accept(athlete.token, (await invite(lone.token)).createCoachInvite.code);
    const oneCoach = await server.gql<{ viewer: { coaches: unknown[] } }>(MY_COACHES, {}, athlete.token);
    for (let i = 0; i < 3; i += 1) await accept(athlete.token, (await invite((await coachWithToken()).token)).createCoachInvite.code);
    const fourCoaches = await server.gql<{ viewer: { coaches: unknown[] } }>(MY_COACHES, {}, athlete.token);
    expect([oneCoach.data!.viewer.coaches.length, fourCoaches.data!.viewer.coaches.length]).toEqual([1, 4]);
    expect(fourCoaches.extensions?.sqlStatements).toBe(oneCoach.extensions?.sqlStatements);
  });

  it('only coaches invite and only athletes accept', async () => {
    const coach = await coachWithToken();
    const athlete = await athleteWithToken();
    expectError(await server.gql(CREATE_INVITE, { input: { clientId: randomUUID() } }, athlete.token), 'FORBIDDEN');
    const { code } = (await invite(coach.token)).createCoachInvite;
    expectError(await accept((await coachWithToken()).token, code), 'FORBIDDEN');
    expectError(await server.gql(CREATE_INVITE, { input: { clientId: 'not-a-uuid' } }), 'BAD_USER_INPUT', 'clientId');
    expectError(await server.gql(CREATE_INVITE, { input: { clientId: randomUUID() } }), 'UNAUTHENTICATED');
  });
});

describe('the roster walls', () => {
  const routineInput = (athleteId: string) => ({ input: { athleteId, name: `Plan ${randomUUID().slice(0, 8)}`, days: [{ title: 'Rest', isRest: true }] } });

  it('a coach reads and plans for an athlete only while they are on the roster; removal ends it, and a used code never re-adds', async () => {
    const coach = await coachWithToken();
    const athlete = await athleteWithToken();
    const readable = async () => (await ok<{ node: { id: string } | null }>(server, READ_ATHLETE, { id: athlete.athleteId }, coach.token)).node;

    expect(await readable()).toBeNull();
    expectError(await server.gql(CREATE_ROUTINE, routineInput(athlete.athleteId), coach.token), 'NOT_FOUND');

    const { code } = (await invite(coach.token)).createCoachInvite;
    await accept(athlete.token, code);
    expect(await readable()).toMatchObject({ id: athlete.athleteId });
    expect((await server.gql(CREATE_ROUTINE, routineInput(athlete.athleteId), coach.token)).errors).toBeUndefined();

    const removed = await ok<{ removeAthlete: { removedAthleteId: string } }>(server, REMOVE, { input: { athleteId: athlete.athleteId } }, coach.token);
    expect(removed.removeAthlete.removedAthleteId).toBe(athlete.athleteId);
    expect(await readable()).toBeNull();
    expectError(await server.gql(CREATE_ROUTINE, routineInput(athlete.athleteId), coach.token), 'NOT_FOUND');
    const retry = await server.gql(REMOVE, { input: { athleteId: athlete.athleteId } }, coach.token);
    expect(retry.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', alreadyRemoved: true });

    expectError(await accept(athlete.token, code), 'CONFLICT', 'code');
    expect(await linkCount(coach.userId, athlete.userId)).toBe(0);
  });

  it('an athlete leaves a coach: the coach loses access at once; leaving again is NOT_FOUND marked alreadyLeft', async () => {
    const coach = await coachWithToken();
    const athlete = await athleteWithToken();
    await accept(athlete.token, (await invite(coach.token)).createCoachInvite.code);
    const [link] = (await ok<{ viewer: { coaches: { id: string }[] } }>(server, MY_COACHES, {}, athlete.token)).viewer.coaches;
    expect((await ok<{ leaveCoach: { leftCoachLinkId: string } }>(server, LEAVE, { input: { id: link!.id } }, athlete.token)).leaveCoach.leftCoachLinkId).toBe(link!.id);
    expect((await ok<{ node: null }>(server, READ_ATHLETE, { id: athlete.athleteId }, coach.token)).node).toBeNull();
    expect((await ok<{ viewer: { coaches: unknown[] } }>(server, MY_COACHES, {}, athlete.token)).viewer.coaches).toEqual([]);
    const again = await server.gql(LEAVE, { input: { id: link!.id } }, athlete.token);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', alreadyLeft: true });
  });

  it("an athlete cannot end someone else's link, nor a coach remove an athlete from another roster", async () => {
    const coach = await coachWithToken();
    const otherCoach = await coachWithToken();
    const athlete = await athleteWithToken();
    const stranger = await athleteWithToken();
    await accept(athlete.token, (await invite(coach.token)).createCoachInvite.code);
    const [link] = (await ok<{ viewer: { coaches: { id: string }[] } }>(server, MY_COACHES, {}, athlete.token)).viewer.coaches;
    expect((await server.gql(LEAVE, { input: { id: link!.id } }, stranger.token)).errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    expect((await server.gql(REMOVE, { input: { athleteId: athlete.athleteId } }, otherCoach.token)).errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(await linkCount(coach.userId, athlete.userId)).toBe(1);
  });
});
