/** Shared by the catalog API tests: coaches with tokens, and exercise operations with every field selected. */
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { createTestCoach, logInAs } from '../../test/factories.js';
import type { GqlResult, TestServer } from '../../test/harness.js';
import type { User } from '../identity/user.entity.js';

export const unique = () => randomBytes(4).toString('hex');

/**
 * Public exercises other test files can see are named "Zz …", so they sort after the catalog's
 * first pages and never change another file's statement counts or pages.
 */
export const publicName = (what: string) => `Zz ${what} ${unique()}`;

export const EXERCISE_FIELDS = /* GraphQL */ `
  id name slug primaryMuscle movement mechanics force equipment unilateral difficulty metricType cnsLoad substitutionGroup
  isActive isPublic isSystem viewerCanEdit grip rangeOfMotion cues instructions videoUrl
  aliases tags secondaryMuscles equipmentItems { code name }
  relationships { type notes exercise { id slug name } }
  createdBy { id displayName }`;

export interface ExerciseData {
  id: string;
  name: string;
  slug: string;
  primaryMuscle: string;
  movement: string;
  mechanics: string;
  force: string;
  equipment: string;
  unilateral: boolean;
  difficulty: string;
  metricType: string;
  cnsLoad: string;
  substitutionGroup: string | null;
  isActive: boolean;
  isPublic: boolean;
  isSystem: boolean;
  viewerCanEdit: boolean;
  grip: string | null;
  rangeOfMotion: string | null;
  cues: string | null;
  instructions: string | null;
  videoUrl: string | null;
  aliases: string[];
  tags: string[];
  secondaryMuscles: string[];
  equipmentItems: { code: string; name: string }[];
  relationships: { type: string; notes: string | null; exercise: { id: string; slug: string; name: string } }[];
  createdBy: { id: string; displayName: string } | null;
}

export const CREATE = /* GraphQL */ `
  mutation Create($input: CreateExerciseInput!) { createExercise(input: $input) { exercise { ${EXERCISE_FIELDS} } } }`;
export const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateExerciseInput!) { updateExercise(input: $input) { exercise { ${EXERCISE_FIELDS} } } }`;
export const ARCHIVE = /* GraphQL */ `
  mutation Archive($input: ArchiveExerciseInput!) { archiveExercise(input: $input) { exercise { id isActive } } }`;
export const NODE = /* GraphQL */ `query Node($id: ID!) { node(id: $id) { ... on Exercise { ${EXERCISE_FIELDS} } } }`;
export const BY_SLUG = /* GraphQL */ `query BySlug($slug: String!) { exercise(slug: $slug) { id name } }`;
export const LIST = /* GraphQL */ `
  query List($first: Int!, $after: String, $filter: ExerciseFilter) {
    exercises(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name slug primaryMuscle movement equipment metricType substitutionGroup isActive aliases tags equipmentItems { code } } }
    }
  }`;

export interface ListData {
  exercises: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      node: Pick<ExerciseData, 'id' | 'name' | 'slug' | 'primaryMuscle' | 'movement' | 'equipment' | 'metricType' | 'substitutionGroup' | 'isActive' | 'aliases' | 'tags'> & {
        equipmentItems: { code: string }[];
      };
    }[];
  };
}

/** The least a createExercise input needs. */
export const minimalInput = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  primaryMuscle: 'QUADS',
  movement: 'SQUAT',
  mechanics: 'COMPOUND',
  force: 'PUSH',
  equipment: 'BARBELL',
  ...extra,
});

export interface TestCoach {
  user: User;
  email: string;
  token: string;
}

export async function coachWithToken(server: TestServer): Promise<TestCoach> {
  const coach = await createTestCoach(server.orm);
  return { ...coach, token: await logInAs(server, coach.email) };
}

export async function createExercise(server: TestServer, token: string, input: Record<string, unknown>): Promise<ExerciseData> {
  const result = await server.gql<{ createExercise: { exercise: ExerciseData } }>(CREATE, { input }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.createExercise.exercise;
}

/** The first error's code and field, for compact assertions. */
export function errorOf(result: GqlResult<unknown>): { code: string | undefined; field: string | undefined; message: string | undefined } {
  const error = result.errors?.[0];
  return { code: error?.extensions.code, field: error?.extensions.field, message: error?.message };
}
