import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { schemaFilePath } from './emit-schema.js';
import { buildAppSchema, printSchemaFile } from './schema.js';

describe('schema.graphql', () => {
  it('is what the resolvers generate (run `pnpm --filter @repwise/server build` after changing the API)', async () => {
    const committed = await readFile(schemaFilePath, 'utf8');
    expect(committed).toBe(printSchemaFile(await buildAppSchema()));
  });

  it('keeps the contract partners rely on', async () => {
    const sdl = printSchemaFile(await buildAppSchema());
    for (const line of [
      'viewer: User',
      'logIn(input: LogInInput!): LogInPayload!',
      'startSession(input: StartSessionInput!): StartSessionPayload!',
      'logSet(input: LogSetInput!): LogSetPayload!',
      'completeSession(input: CompleteSessionInput!): CompleteSessionPayload!',
      'sessionProgress(sessionId: ID!): SessionProgress!',
      'activeRoutine: Routine',
      'days: [RoutineDay!]!',
      'exercises: [RoutineDayExercise!]!',
      'sets: [RoutineExerciseSet!]!',
      'records: [PersonalRecord!]!',
    ]) {
      expect(sdl).toContain(line);
    }
  });
});
