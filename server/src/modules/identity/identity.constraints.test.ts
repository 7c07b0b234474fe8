import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../../db/raw-query.js';
import { rethrowConstraint } from '../../graphql/constraint-errors.js';
import { createTestAthlete, createTestCoach } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { constraintsOf, countRows, violation } from '../health/health.test-helpers.js';
import { identityConstraints } from './identity.constraints.js';

/**
 * The wall behind the services for the identity tables: each named constraint, violated in the
 * real database, answers through rethrowConstraint with its registered code, field and message,
 * and the failed statement stores nothing.
 */
const TABLES = [
  'users',
  'subjects',
  'coach_athletes',
  'auth_sessions',
  'api_keys',
  'coach_invites',
  'login_failures',
  'subject_profiles',
  'subject_body_metrics',
  'user_settings',
];
const NO_ONE = 2147483647;

let server: TestServer;
let athlete: { userId: number; subjectId: number; email: string; username: string; pseudonym: string };
let coachId: number;
beforeAll(async () => {
  server = await startTestServer();
  const coach = await createTestCoach(server.orm);
  coachId = coach.user.id;
  const created = await createTestAthlete(server.orm, { coach: coach.user });
  const [row] = await rawQuery<{ email: string; username: string; pseudonym: string }>(
    server.orm.em.fork() as never,
    'select u.email, u.username, s.pseudonym from users u join subjects s on s.user_id = u.id where u.id = ?',
    [created.userId],
  );
  athlete = { userId: created.userId, subjectId: created.subjectId, ...row! };
});
afterAll(async () => {
  await server?.close();
});

const user = (email: string, username: string, role = 'ATHLETE') => [`insert into users (email, password_hash, username, role) values (?, 'x', ?, ?)`, [email, username, role]] as [string, unknown[]];
const unique = () => Math.random().toString(36).slice(2, 10);
const CLIENT_ID = '8d7f3b2e-5c4a-4e1f-9a6b-0c2d3e4f5a6b';
const apiKey = (over: { name?: string; scopes?: string; prefix?: string; userId?: number }) =>
  [
    `insert into api_keys (user_id, name, prefix, secret_hash, scopes, client_id) values (?, ?, ?, ?, ?::text[], gen_random_uuid())`,
    [over.userId ?? athlete.userId, over.name ?? `key ${unique()}`, over.prefix ?? 'rwk_abcdef', unique().padEnd(64, '0'), over.scopes ?? '{READ}'],
  ] as [string, unknown[]];
const invite = (over: { coachId?: number; expiresAt?: string; acceptedAt?: string; revokedAt?: string; acceptedBy?: number; label?: string }) =>
  [
    `insert into coach_invites (coach_id, code_hash, client_id, label, expires_at, accepted_at, revoked_at, accepted_by_id)
     values (?, ?, gen_random_uuid(), ?, ${over.expiresAt ?? "now() + interval '7 days'"}, ${over.acceptedAt ?? 'null'}, ${over.revokedAt ?? 'null'}, ?)`,
    [over.coachId ?? coachId, unique().padEnd(64, '0'), over.label ?? null, over.acceptedBy ?? null],
  ] as [string, unknown[]];

const cases: Record<string, () => [string, unknown[]]> = {
  uq_users_email: () => user(athlete.email, `u_${unique()}`),
  uq_users_username: () => user(`${unique()}@test.repwise.dev`, athlete.username),
  ck_users_email_lower: () => user(`Upper-${unique()}@test.repwise.dev`, `u_${unique()}`),
  ck_users_username_not_empty: () => user(`${unique()}@test.repwise.dev`, '   '),
  users_role_check: () => user(`${unique()}@test.repwise.dev`, `u_${unique()}`, 'OWNER'),

  uq_subjects_user: () => ['insert into subjects (user_id, pseudonym) values (?, gen_random_uuid())', [athlete.userId]],
  uq_subjects_pseudonym: () => ['insert into subjects (user_id, pseudonym) values (null, ?)', [athlete.pseudonym]],
  subjects_user_id_foreign: () => ['insert into subjects (user_id, pseudonym) values (?, gen_random_uuid())', [NO_ONE]],

  uq_coach_athletes_pair: () => ['insert into coach_athletes (coach_id, athlete_id) values (?, ?)', [coachId, athlete.userId]],
  ck_coach_athletes_not_self: () => ['insert into coach_athletes (coach_id, athlete_id) values (?, ?)', [coachId, coachId]],
  coach_athletes_coach_id_foreign: () => ['insert into coach_athletes (coach_id, athlete_id) values (?, ?)', [NO_ONE, athlete.userId]],
  coach_athletes_athlete_id_foreign: () => ['insert into coach_athletes (coach_id, athlete_id) values (?, ?)', [coachId, NO_ONE]],

  uq_auth_sessions_token_hash: () => [
    "insert into auth_sessions (user_id, token_hash, expires_at) values (?, ?, now()), (?, ?, now())",
    [athlete.userId, 'a'.repeat(64), athlete.userId, 'a'.repeat(64)],
  ],
  auth_sessions_user_id_foreign: () => ["insert into auth_sessions (user_id, token_hash, expires_at) values (?, ?, now())", [NO_ONE, 'b'.repeat(64)]],

  uq_api_keys_user_live_name: () => [
    `insert into api_keys (user_id, name, prefix, secret_hash, scopes, client_id) values (?, 'Sync', 'rwk_aaaaaa', ?, '{READ}', gen_random_uuid()), (?, 'SYNC', 'rwk_bbbbbb', ?, '{READ}', gen_random_uuid())`,
    [athlete.userId, 'c'.repeat(64), athlete.userId, 'd'.repeat(64)],
  ],
  uq_api_keys_user_client: () => [
    `insert into api_keys (user_id, name, prefix, secret_hash, scopes, client_id) values (?, 'A', 'rwk_aaaaaa', ?, '{READ}', ?), (?, 'B', 'rwk_bbbbbb', ?, '{READ}', ?)`,
    [athlete.userId, 'e'.repeat(64), CLIENT_ID, athlete.userId, 'f'.repeat(64), CLIENT_ID],
  ],
  uq_api_keys_secret_hash: () => [
    `insert into api_keys (user_id, name, prefix, secret_hash, scopes, client_id) values (?, 'A', 'rwk_aaaaaa', ?, '{READ}', gen_random_uuid()), (?, 'B', 'rwk_bbbbbb', ?, '{READ}', gen_random_uuid())`,
    [athlete.userId, '1'.repeat(64), athlete.userId, '1'.repeat(64)],
  ],
  ck_api_keys_name_not_empty: () => apiKey({ name: '  ' }),
  ck_api_keys_scopes_not_empty: () => apiKey({ scopes: '{}' }),
  api_keys_scopes_check: () => apiKey({ scopes: '{READ,ADMIN}' }),
  ck_api_keys_prefix_format: () => apiKey({ prefix: 'key_123456' }),
  api_keys_user_id_foreign: () => apiKey({ userId: NO_ONE }),

  uq_coach_invites_code_hash: () => [
    `insert into coach_invites (coach_id, code_hash, client_id, expires_at) values (?, ?, gen_random_uuid(), now() + interval '7 days'), (?, ?, gen_random_uuid(), now() + interval '7 days')`,
    [coachId, '2'.repeat(64), coachId, '2'.repeat(64)],
  ],
  uq_coach_invites_coach_client: () => [
    `insert into coach_invites (coach_id, code_hash, client_id, expires_at) values (?, ?, ?, now() + interval '7 days'), (?, ?, ?, now() + interval '7 days')`,
    [coachId, '3'.repeat(64), CLIENT_ID, coachId, '4'.repeat(64), CLIENT_ID],
  ],
  ck_coach_invites_expiry: () => invite({ expiresAt: "now() - interval '1 day'" }),
  ck_coach_invites_one_outcome: () => invite({ acceptedAt: 'now()', revokedAt: 'now()' }),
  ck_coach_invites_label_not_empty: () => invite({ label: ' ' }),
  coach_invites_coach_id_foreign: () => invite({ coachId: NO_ONE }),
  coach_invites_accepted_by_id_foreign: () => invite({ acceptedBy: NO_ONE }),

  uq_subject_profiles_subject: () => ['insert into subject_profiles (subject_id) values (?), (?)', [athlete.subjectId, athlete.subjectId]],
  ck_subject_profiles_birth_year: () => ['insert into subject_profiles (subject_id, birth_year) values (?, 1899)', [athlete.subjectId]],
  ck_subject_profiles_height_range: () => ['insert into subject_profiles (subject_id, height_cm) values (?, 300)', [athlete.subjectId]],
  subject_profiles_sex_check: () => ["insert into subject_profiles (subject_id, sex) values (?, 'UNKNOWN')", [athlete.subjectId]],
  subject_profiles_subject_id_foreign: () => ['insert into subject_profiles (subject_id) values (?)', [NO_ONE]],

  uq_sbm_subject_day: () => ["insert into subject_body_metrics (subject_id, measured_on) values (?, '2026-01-01'), (?, '2026-01-01')", [athlete.subjectId, athlete.subjectId]],
  ck_sbm_weight_range: () => ["insert into subject_body_metrics (subject_id, measured_on, weight_kg) values (?, '2026-01-01', 700)", [athlete.subjectId]],
  ck_sbm_bodyfat_range: () => ["insert into subject_body_metrics (subject_id, measured_on, bodyfat_pct) values (?, '2026-01-01', 100.5)", [athlete.subjectId]],
  ck_sbm_resting_hr_range: () => ["insert into subject_body_metrics (subject_id, measured_on, resting_hr) values (?, '2026-01-01', 0)", [athlete.subjectId]],
  subject_body_metrics_subject_id_foreign: () => ["insert into subject_body_metrics (subject_id, measured_on) values (?, '2026-01-01')", [NO_ONE]],

  uq_user_settings_user: () => ['insert into user_settings (user_id) values (?), (?)', [athlete.userId, athlete.userId]],
  ck_user_settings_bar_weight_range: () => ['insert into user_settings (user_id, bar_weight_kg) values (?, 100.5)', [athlete.userId]],
  ck_user_settings_plates_array: () => [`insert into user_settings (user_id, plates_kg) values (?, '{"kg": 20}'::jsonb)`, [athlete.userId]],
  user_settings_unit_system_check: () => ["insert into user_settings (user_id, unit_system) values (?, 'CUBITS')", [athlete.userId]],
  user_settings_e1rm_formula_check: () => ["insert into user_settings (user_id, e1rm_formula) values (?, 'GUESS')", [athlete.userId]],
  user_settings_user_id_foreign: () => ['insert into user_settings (user_id) values (?)', [NO_ONE]],
};

/** Unique indexes that are not constraints (partial ones): a violation names them like a constraint. */
async function uniqueIndexesOf(tables: string[]): Promise<string[]> {
  const rows = await rawQuery<{ name: string }>(
    server.orm.em.fork() as never,
    `select i.relname as name from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
      where x.indisunique and not x.indisprimary and t.relname in (?) and t.relnamespace = 'public'::regnamespace
        and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)`,
    [tables],
  );
  return rows.map((row) => row.name);
}

describe('identity constraints', () => {
  it('every constraint (and unique index) of the identity tables has a registered message and a violation case here', async () => {
    const live = [...(await constraintsOf(server, TABLES)), ...(await uniqueIndexesOf(TABLES))].sort();
    expect(Object.keys(identityConstraints).sort()).toEqual(live);
    expect(Object.keys(cases).sort()).toEqual(live);
  });

  it.each(Object.keys(cases))('%s answers with its code and field, storing nothing', async (name) => {
    const before = await Promise.all(TABLES.map((table) => countRows(server, table, 'true', [])));
    const [sql, params] = cases[name]!();
    const error = await violation(server, sql, params);
    expect((error as { constraint?: string }).constraint).toBe(name);

    const expected = identityConstraints[name]!;
    let thrown: unknown;
    try {
      rethrowConstraint(error);
    } catch (caught) {
      thrown = caught;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    expect((thrown as GraphQLError).extensions).toEqual(
      { code: expected.code, ...(expected.field ? { field: expected.field } : {}) },
    );
    expect((thrown as GraphQLError).message).toBe(expected.message);
    expect(await Promise.all(TABLES.map((table) => countRows(server, table, 'true', [])))).toEqual(before);
  });
});
