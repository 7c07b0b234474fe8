import type { GraphQLFieldConfig, GraphQLFieldMap, GraphQLSchema } from 'graphql';
import { scopesOf, type Viewer } from '../modules/identity/auth.service.js';
import { ApiKeyScope } from '../modules/identity/identity.enums.js';
import { LOGIN_SESSION, MUTATION_REQUIREMENTS, QUERY_REQUIREMENTS, type Requirement, SCOPE_NAMES } from '../modules/identity/operation-scopes.js';
import type { Context } from './context.js';
import { ForbiddenError } from './errors.js';

/**
 * Refuses a root field to an API key that lacks what the field needs (FORBIDDEN), before its
 * resolver runs, so a refused mutation changes nothing. `requirement` null: a mutation nobody has
 * given a scope yet, closed to every key. Login sessions and anonymous callers always pass.
 */
export function checkRequirement(viewer: Viewer | null, field: string, requirement: Requirement | null): void {
  if (!viewer?.apiKeyId) return;
  if (requirement === null) throw new ForbiddenError(`${field} is not open to API keys: use a login session.`);
  if (requirement === LOGIN_SESSION) {
    throw new ForbiddenError(`${field} needs a login session: API keys cannot reach accounts, sessions, keys or invites. Log in with e-mail and password.`);
  }
  const held = scopesOf(viewer);
  if (!held.includes(requirement)) {
    const names = held.map((scope) => SCOPE_NAMES[scope]).join(', ') || 'none';
    throw new ForbiddenError(`${field} needs an API key with the ${SCOPE_NAMES[requirement]} scope (${requirement}); this key has ${names}. Create a key with that scope.`);
  }
}

type Entry = Pick<GraphQLFieldConfig<unknown, Context>, 'resolve' | 'subscribe'>;

function guard(fields: GraphQLFieldMap<unknown, Context> | undefined, requirementOf: (name: string) => Requirement | null, hook: 'resolve' | 'subscribe'): void {
  for (const field of Object.values(fields ?? {})) {
    const entry = field as Entry;
    const original = entry[hook];
    if (!original) continue;
    const requirement = requirementOf(field.name);
    entry[hook] = (source, args, ctx, info) => {
      checkRequirement(ctx.viewer, field.name, requirement);
      return original(source, args, ctx, info);
    };
  }
}

/**
 * Puts the scope check in front of every root field of `schema`, in place: queries and
 * subscriptions need READ (or what QUERY_REQUIREMENTS says), mutations what MUTATION_REQUIREMENTS
 * says. Only root fields are wrapped, so nested fields cost nothing; both executors (graphql-js and
 * graphql-jit) and graphql-ws run the wrapped resolvers.
 */
export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  const readable = (name: string) => QUERY_REQUIREMENTS[name] ?? ApiKeyScope.READ;
  guard(schema.getQueryType()?.getFields(), readable, 'resolve');
  guard(schema.getSubscriptionType()?.getFields(), readable, 'subscribe');
  guard(schema.getMutationType()?.getFields(), (name) => MUTATION_REQUIREMENTS[name] ?? null, 'resolve');
  return schema;
}
