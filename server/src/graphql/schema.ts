import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { AthleteResolver, CoachResolver, UserResolver } from '../modules/identity/identity.resolver.js';
import { AccountResolver } from '../modules/identity/account.resolver.js';
import { ApiKeyResolver } from '../modules/identity/api-key.resolver.js';
import { UserAuditLogResolver } from '../modules/audit/audit-log.resolver.js';
import { CoachingResolver, CoachInvitesResolver, UserCoachesResolver } from '../modules/identity/coaching.resolver.js';
import { AthleteBenchmarkResolver } from '../modules/health/benchmark.resolver.js';
import { AthleteImportResolver } from '../modules/health/import-log.resolver.js';
import { AthleteRecoveryResolver, RecoverySignalResolver, SorenessLogResolver } from '../modules/health/recovery.resolver.js';
import { AthleteProfileResolver } from '../modules/identity/profile.resolver.js';
import { SettingsResolver } from '../modules/identity/settings.resolver.js';
import { AthletePlansResolver, RoutineDayExerciseResolver, RoutineDayResolver, RoutineResolver } from '../modules/planning/planning.resolver.js';
import { RoutineMutationResolver } from '../modules/planning/routine.resolver.js';
import { CycleResolver } from '../modules/planning/cycle.resolver.js';
import { RoutineDryRunResolver } from '../modules/planning/dry-run.resolver.js';
import { AthleteEquipmentResolver, EquipmentResolver, ExerciseResolver } from '../modules/catalog/exercise.resolver.js';
import { PrivacyResolver } from '../modules/privacy/privacy.resolver.js';
import { AthleteMovementRulesResolver, MovementRuleResolver } from '../modules/catalog/movement-rule.resolver.js';
import { ExerciseSubstitutesResolver } from '../modules/catalog/substitutes.resolver.js';
import { ExerciseLastTimeResolver } from '../modules/execution/last-time.js';
import { AthleteExecutionResolver } from '../modules/execution/athlete-execution.resolver.js';
import { PersonalBestResolver, PersonalRecordResolver } from '../modules/execution/personal-best.resolver.js';
import { SessionResolver } from '../modules/execution/session.resolver.js';
import { SetLogResolver } from '../modules/execution/set-log.resolver.js';
import { ImportedSetResolver, ImportResolver } from '../modules/imports/import.resolver.js';
import { AthleteAnalyticsFieldsResolver, AthleteAnalyticsResolver } from '../modules/analytics/analytics.resolver.js';
import { RosterActivityResolver } from '../modules/activity/roster-activity.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { createAppPubSub, type PubSub } from './pubsub.js';
import { guardRootFields } from './scope-guard.js';
import type { Context } from './context.js';
import { rawQuery } from '../db/raw-query.js';

export const resolvers = [
  NodeResolver,
  UserResolver,
  CoachResolver,
  AthleteResolver,
  AccountResolver,
  ApiKeyResolver,
  UserAuditLogResolver,
  CoachingResolver,
  CoachInvitesResolver,
  UserCoachesResolver,
  RoutineResolver,
  RoutineDayResolver,
  RoutineDayExerciseResolver,
  AthletePlansResolver,
  RoutineMutationResolver,
  CycleResolver,
  RoutineDryRunResolver,
  SessionResolver,
  SetLogResolver,
  PersonalRecordResolver,
  AthleteProfileResolver,
  SettingsResolver,
  AthleteBenchmarkResolver,
  AthleteRecoveryResolver,
  RecoverySignalResolver,
  SorenessLogResolver,
  AthleteImportResolver,
  ExerciseResolver,
  EquipmentResolver,
  AthleteEquipmentResolver,
  ExerciseSubstitutesResolver,
  ExerciseLastTimeResolver,
  MovementRuleResolver,
  AthleteMovementRulesResolver,
  PrivacyResolver,
  PersonalBestResolver,
  AthleteExecutionResolver,
  ImportResolver,
  ImportedSetResolver,
  AthleteAnalyticsResolver,
  AthleteAnalyticsFieldsResolver,
  RosterActivityResolver,
] as const;

/**
 * `pubSub` is the app's event bus; type-graphql insists on one whenever a schema has
 * subscriptions, although ours subscribe through the context's (the same object).
 */
export async function buildAppSchema(pubSub: PubSub = createAppPubSub()): Promise<GraphQLSchema> {
  // Plain data fields read their property straight (graphql-js's default resolver) instead of
  // through type-graphql's per-field middleware wrapper: we use no global or field middlewares,
  // and on the 12,000-object roster tree the wrappers cost ~4% (bench/dashboard).
  for (const objectType of getMetadataStorage().objectTypes) objectType.simpleResolvers ??= true;
  const schema = await buildSchema({
    resolvers,
    pubSub,
    // Inputs without constraints have no class-validator metadata, which forbidUnknownValues would reject.
    validate: { forbidUnknownValues: false },
    scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
  });
  runMutationsInSavepoints(schema);
  // API keys' scopes, checked once per root field (operation-scopes.ts says what each needs),
  // outside the savepoint: a refused mutation costs no statement.
  return guardRootFields(schema);
}

/**
 * Mutations whose refusal must itself be stored: a failed password check records the attempt for
 * the login throttle and audits it as login_failed (login-throttle.ts). They write nothing else
 * before the check passes, so they run without a savepoint and those rows commit with the request.
 */
const KEEPS_WRITES_WHEN_REFUSED = new Set(['logIn', 'changePassword']);

/**
 * Inside the request transaction (db/tenant.ts) each mutation runs in its own savepoint: one that
 * fails — even on a statement outside its service's own transaction — is undone whole, and the
 * request's other mutations (and its commit) go on unharmed.
 */
function runMutationsInSavepoints(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve || KEEPS_WRITES_WHEN_REFUSED.has(field.name)) continue;
    field.resolve = async (source, args, ctx: Context, info) => {
      if (!ctx.em.isInTransaction()) return resolve(source, args, ctx, info);
      await rawQuery(ctx.em, 'savepoint repwise_mutation');
      try {
        const result = await resolve(source, args, ctx, info);
        await rawQuery(ctx.em, 'release savepoint repwise_mutation');
        return result;
      } catch (error) {
        await rawQuery(ctx.em, 'rollback to savepoint repwise_mutation');
        throw error;
      }
    };
  }
}

/** The committed `schema.graphql`: sorted, so a diff shows real changes only. */
export function printSchemaFile(schema: GraphQLSchema): string {
  return `# Generated from the server's resolvers by \`pnpm --filter @repwise/server build\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
