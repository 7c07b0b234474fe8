import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../graphql/schema.js';
import { MUTATION_REQUIREMENTS, QUERY_REQUIREMENTS } from './operation-scopes.js';

/**
 * The scope registry covers the schema exactly: a new mutation fails here until someone decides
 * what an API key needs to run it (until then the guard refuses it to every key).
 */
describe('operation scope registry', () => {
  it('assigns every Mutation field a requirement, and names no mutation that does not exist', async () => {
    const schema = await buildAppSchema();
    const mutations = Object.keys(schema.getMutationType()!.getFields()).sort();
    const unlisted = mutations.filter((name) => !(name in MUTATION_REQUIREMENTS));
    expect(unlisted, `mutations without a scope in operation-scopes.ts: ${unlisted.join(', ')}`).toEqual([]);
    expect(Object.keys(MUTATION_REQUIREMENTS).sort()).toEqual(mutations);
  });

  it('names only Query fields that exist in its exceptions', async () => {
    const fields = Object.keys((await buildAppSchema()).getQueryType()!.getFields());
    for (const name of Object.keys(QUERY_REQUIREMENTS)) expect(fields).toContain(name);
  });
});
