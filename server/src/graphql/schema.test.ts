import { readFile } from 'node:fs/promises';
import { type GraphQLSchema, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schemaFilePath } from './emit-schema.js';
import { buildAppSchema, printSchemaFile } from './schema.js';

/**
 * Every field of the schema's object and interface types as one SDL line, without its description:
 * `name(arg: Type, …): Type`. Descriptions make printSchema spread documented arguments over several
 * lines, so the contract is checked on these signatures rather than on the printed text.
 */
function fieldSignatures(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) || isInterfaceType(type))
    .flatMap((type) => Object.values(type.getFields()))
    .map((field) => {
      const args = field.args.map((arg) => `${arg.name}: ${arg.type.toString()}`).join(', ');
      return `${field.name}${args ? `(${args})` : ''}: ${field.type.toString()}`;
    });
}

describe('schema.graphql', () => {
  it('is what the resolvers generate (run `pnpm --filter @repwise/server build` after changing the API)', async () => {
    const committed = await readFile(schemaFilePath, 'utf8');
    expect(committed).toBe(printSchemaFile(await buildAppSchema()));
  });

  it('keeps the contract partners rely on', async () => {
    const signatures = fieldSignatures(await buildAppSchema());
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
      expect(signatures).toContain(line);
    }
  });
});
