import {
  type GraphQLSchema,
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from './schema.js';

/** The root types document themselves through their fields. */
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

const undocumented = (description: string | null | undefined): boolean => !description?.trim();

/**
 * Every schema item a partner reads in schema.graphql without a description: named types (not the
 * built-in scalars, introspection types or root types), fields of object, interface and input
 * types, arguments, and enum values.
 */
function undocumentedItems(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!ROOT_TYPES.has(type.name) && undocumented(type.description)) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (undocumented(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (undocumented(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (undocumented(field.description)) missing.push(`${type.name}.${field.name}`);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (undocumented(value.description)) missing.push(`${type.name}.${value.name}`);
      }
    }
  }
  return missing.sort();
}

describe('schema descriptions', () => {
  it('document every type, field, argument and enum value, so schema.graphql documents itself', async () => {
    const missing = undocumentedItems(await buildAppSchema());
    expect(missing, `${missing.length} schema items have no description:\n${missing.join('\n')}`).toEqual([]);
  });

  it('finds what lacks a description', () => {
    const schema = buildSchema(`
      """Documented."""
      type Query {
        """Documented."""
        a(x: Int): Int
        b: Int
      }
      type Thing { """Documented.""" c: Int }
      """Documented."""
      enum Colour { """Documented.""" RED GREEN }
      """Documented."""
      input Filter { d: Int }
    `);
    expect(undocumentedItems(schema)).toEqual(['Colour.GREEN', 'Filter.d', 'Query.a(x)', 'Query.b', 'type Thing']);
  });
});
