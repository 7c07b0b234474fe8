import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { countRows, expectError, ok } from '../health/health.test-helpers.js';

const SETTINGS = '{ viewer { id settings { unitSystem e1rmFormula barWeightKg platesKg saved } } }';
const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateSettingsInput!) {
    updateSettings(input: $input) { settings { unitSystem e1rmFormula barWeightKg platesKg saved } user { id settings { saved } } }
  }`;

interface Settings {
  unitSystem: string;
  e1rmFormula: string;
  barWeightKg: number;
  platesKg: number[];
  saved: boolean;
}
const DEFAULTS: Settings = { unitSystem: 'METRIC', e1rmFormula: 'EPLEY', barWeightKg: 20, platesKg: [25, 20, 15, 10, 5, 2.5, 1.25], saved: false };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function account(): Promise<{ userId: number; token: string }> {
  const athlete = await createTestAthlete(server.orm);
  return { userId: athlete.userId, token: await logInAs(server, athlete.email) };
}
const settingsRows = (userId: number) => countRows(server, 'user_settings', 'user_id = ?', [userId]);

describe('viewer.settings', () => {
  it('answers the defaults for an account that never saved settings, without inserting a row', async () => {
    const { userId, token } = await account();
    expect((await ok<{ viewer: { settings: Settings } }>(server, SETTINGS, {}, token)).viewer.settings).toEqual(DEFAULTS);
    expect(await settingsRows(userId)).toBe(0);
  });

  it("is private: another account's User is not reachable, so neither are its settings", async () => {
    const { token } = await account();
    const other = await account();
    const result = await ok<{ node: null }>(server, 'query ($id: ID!) { node(id: $id) { ... on User { settings { unitSystem } } } }', { id: toGlobalId('User', other.userId) }, token);
    expect(result.node).toBeNull();
  });
});

describe('updateSettings', () => {
  it('creates the row on first change, keeps omitted fields, a retry keeps one row, null restores a default', async () => {
    const { userId, token } = await account();
    const first = await ok<{ updateSettings: { settings: Settings; user: { settings: { saved: boolean } } } }>(
      server,
      UPDATE,
      { input: { unitSystem: 'IMPERIAL', platesKg: [1.25, 20, 0.25, 20.25] } },
      token,
    );
    const expected = { ...DEFAULTS, unitSystem: 'IMPERIAL', platesKg: [20.25, 20, 1.25, 0.25], saved: true };
    expect(first.updateSettings.settings).toEqual(expected);
    expect(first.updateSettings.user.settings.saved).toBe(true);
    await ok(server, UPDATE, { input: { unitSystem: 'IMPERIAL', platesKg: [1.25, 20, 0.25, 20.25] } }, token); // a retry
    expect(await settingsRows(userId)).toBe(1);

    const more = await ok<{ updateSettings: { settings: Settings } }>(server, UPDATE, { input: { e1rmFormula: 'BRZYCKI', barWeightKg: 15, unitSystem: null } }, token);
    expect(more.updateSettings.settings).toEqual({ ...expected, unitSystem: 'METRIC', e1rmFormula: 'BRZYCKI', barWeightKg: 15 });
    expect((await ok<{ viewer: { settings: Settings } }>(server, SETTINGS, {}, token)).viewer.settings).toEqual(more.updateSettings.settings);
    expect(await settingsRows(userId)).toBe(1);
  });

  it('accepts the bounds: a bar of 0 and of 100 kg, plates of 0.25 and 50 kg, 20 sizes', async () => {
    const { token } = await account();
    const twenty = Array.from({ length: 20 }, (_, index) => 50 - index * 2.5);
    for (const input of [{ barWeightKg: 0, platesKg: [50, 0.25] }, { barWeightKg: 100, platesKg: twenty }]) {
      const result = await ok<{ updateSettings: { settings: Settings } }>(server, UPDATE, { input }, token);
      expect(result.updateSettings.settings).toMatchObject(input);
    }
  });

  it.each([
    ['no plates', { platesKg: [] }],
    ['21 plate sizes', { platesKg: Array.from({ length: 21 }, (_, index) => index + 1) }],
    ['a plate size twice', { platesKg: [20, 10, 20] }],
    ['a plate of 0 kg', { platesKg: [20, 0] }],
    ['a negative plate', { platesKg: [-5] }],
    ['a plate over 50 kg', { platesKg: [50.25] }],
    ['a plate that is not a multiple of 0.25 kg', { platesKg: [2.3] }],
    ['a negative bar', { barWeightKg: -1 }],
    ['a bar over 100 kg', { barWeightKg: 100.5 }],
  ])('rejects %s with BAD_USER_INPUT naming the field, storing nothing', async (_what, input) => {
    const { userId, token } = await account();
    const field = Object.keys(input)[0]!;
    const result = expectError(await server.gql(UPDATE, { input: { unitSystem: 'IMPERIAL', ...input } }, token), 'BAD_USER_INPUT', field);
    expect(result.errors?.[0]?.message).toContain(field);
    expect(await settingsRows(userId)).toBe(0);
  });

  it('requires a login; a coach has settings too', async () => {
    expectError(await server.gql(UPDATE, { input: { unitSystem: 'IMPERIAL' } }), 'UNAUTHENTICATED');
    const coach = await createTestCoach(server.orm);
    const result = await ok<{ updateSettings: { settings: Settings } }>(server, UPDATE, { input: { unitSystem: 'IMPERIAL' } }, await logInAs(server, coach.email));
    expect(result.updateSettings.settings.unitSystem).toBe('IMPERIAL');
  });
});
