/**
 * Tenant walls (issue 5): for every Query, Mutation and Subscription field, every type implementing
 * Node and every other field that takes an id, enumerated from the served schema, a stranger athlete,
 * a stranger coach, the victim's own API key without the needed scope and an anonymous caller attempt
 * the victim's data, and get a refusal with nothing returned or changed. Then the same attempts with
 * the services' tenant checks switched off: row-level security alone still returns and changes
 * nothing. Last, the owners run the same operations, to show each case was aimed at something real.
 *
 * The cases live in test/tenant-cases.ts, the victim world in test/tenant-world.ts.
 */
import {
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type OperationTypeNode,
  parse,
} from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../db/raw-query.js';
import { setServiceTenantChecksForTests } from '../modules/identity/access.policy.js';
import { ApiKeyScope } from '../modules/identity/identity.enums.js';
import { LOGIN_SESSION, MUTATION_REQUIREMENTS, QUERY_REQUIREMENTS, type Requirement } from '../modules/identity/operation-scopes.js';
import { startTestServer, type TestServer } from '../test/harness.js';
import { type Actor, type CaseContext, isEmpty, type Outcome, valueAt, WALL_CASES, type WallCase } from '../test/tenant-cases.js';
import {
  buildVictimWorld,
  createStranger,
  expectVictimTokenWorks,
  fingerprint,
  type Stranger,
  victimGlobalIds,
  type VictimWorld,
} from '../test/tenant-world.js';
import { parseGlobalId, toGlobalId } from './global-id.js';

let server: TestServer;
let world: VictimWorld;
let initialFingerprint: Record<string, string>;
/** Strings only the victim world has: the mark, the used invite code, e-mails, usernames, names, key prefixes. */
let textMarkers: string[];
/** Global ids of every row of the victim world. */
let victimIds: string[];
let strangerAthlete: Stranger;
let strangerCoach: Stranger;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildVictimWorld(server);
  strangerAthlete = await createStranger(server, 'athlete');
  strangerCoach = await createStranger(server, 'coach');
  const em = server.orm.em.fork() as never;
  const people = await rawQuery<{ email: string; username: string; full_name: string | null }>(em, 'select email, username, full_name from users where id in (?)', [world.userIds]);
  const prefixes = await rawQuery<{ prefix: string }>(em, 'select prefix from api_keys where user_id in (?)', [world.userIds]);
  textMarkers = [world.mark, world.acceptedInviteCode, ...people.flatMap((row) => [row.email, row.username, ...(row.full_name ? [row.full_name] : [])]), ...prefixes.map((row) => row.prefix)];
  victimIds = await victimGlobalIds(server, world);
  initialFingerprint = await fingerprint(server, world);
}, 60_000);
afterAll(async () => {
  setServiceTenantChecksForTests(true);
  await server?.close();
});

// --- what the schema has, and what the registry covers -------------------------------------------

/** Whether an argument of this type can carry an id (itself, or a field of an input object). */
function carriesId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => carriesId(field.type, seen));
}

/** Every root field, every Node type, and every other field with an id-carrying argument. */
function schemaTargets(schema: GraphQLSchema): string[] {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((type) => !!type);
  const targets = roots.flatMap((root) => Object.keys(root.getFields()).map((field) => `${root.name}.${field}`));
  const node = schema.getType('Node');
  if (isInterfaceType(node)) targets.push(...schema.getPossibleTypes(node).map((type) => `Node.${type.name}`));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || roots.includes(type)) continue;
    for (const field of Object.values(type.getFields())) if (field.args.some((arg) => carriesId(arg.type))) targets.push(`${type.name}.${field.name}`);
  }
  return targets.sort();
}

/** The operation's kind and root field, for the scope the victim's key must lack. */
function rootOf(document: string): { operation: OperationTypeNode; field: string } {
  const definition = parse(document).definitions.find((node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION)!;
  const selection = definition.selectionSet.selections[0]!;
  if (selection.kind !== Kind.FIELD) throw new Error(`case documents select a root field first: ${document}`);
  return { operation: definition.operation, field: selection.name.value };
}

function requirementOf(document: string): Requirement {
  const { operation, field } = rootOf(document);
  if (operation === 'mutation') return MUTATION_REQUIREMENTS[field]!;
  return QUERY_REQUIREMENTS[field] ?? ApiKeyScope.READ;
}

// --- actors ------------------------------------------------------------------------------------

interface Attacker {
  profile: Actor;
  /** The credential for one case (a fresh account for cases that end or change the caller's). */
  credential(wallCase: WallCase): Promise<{ token: string | undefined; profile: Actor }>;
}

function strangerActor(name: string, stranger: () => Stranger): Attacker {
  const profileOf = (who: Stranger): Actor => ({
    name,
    kind: who.kind,
    email: who.email,
    ownAthleteId: who.ownAthleteId,
    ownSessionId: who.ownSessionId ?? world.ids.session,
  });
  return {
    get profile() {
      return profileOf(stranger());
    },
    async credential(wallCase) {
      const who = wallCase.freshAccount ? await createStranger(server, stranger().kind, { sessionInProgress: false }) : stranger();
      return { token: who.token, profile: profileOf(who) };
    },
  };
}

/** The victim's own keys: for each case, the one without the scope (or, where a login is needed, with every scope). */
const victimKeyActor: Attacker = {
  get profile(): Actor {
    return { name: "victim's key without the scope", kind: 'key', email: world.athlete.email, ownAthleteId: world.ids.athlete, ownSessionId: world.ids.session };
  },
  async credential(wallCase) {
    const requirement = requirementOf(wallCase.document);
    const keys: Record<Requirement, string> = {
      [ApiKeyScope.READ]: world.keys.noRead,
      [ApiKeyScope.WRITE_LOGS]: world.keys.noLogs,
      [ApiKeyScope.WRITE_PLANS]: world.keys.noPlans,
      [LOGIN_SESSION]: world.keys.all,
    };
    return { token: keys[requirement], profile: this.profile };
  },
};

const anonymousActor: Attacker = {
  get profile(): Actor {
    return { name: 'anonymous', kind: 'anonymous', email: null, ownAthleteId: world.ids.athlete, ownSessionId: world.ids.session };
  },
  async credential() {
    return { token: undefined, profile: this.profile };
  },
};

const athleteAttacker = strangerActor('stranger athlete', () => strangerAthlete);
const coachAttacker = strangerActor('stranger coach', () => strangerCoach);

// --- running one attempt -------------------------------------------------------------------------

async function overHttp(query: string, variables: Record<string, unknown>, token: string | undefined): Promise<Outcome> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.text();
  return { body, result: JSON.parse(body) as Outcome['result'] };
}

/** The first answer of a subscription (its first event, or its refusal), within 5 s. */
async function overSocket(query: string, variables: Record<string, unknown>, token: string | undefined): Promise<Outcome> {
  const client = server.wsClient(token);
  const messages: unknown[] = [];
  const result: Outcome['result'] = { data: null };
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => resolve(), 5000);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    client.subscribe<Record<string, unknown>>(
      { query, variables },
      {
        next: (message) => {
          messages.push(message);
          if (message.errors) result.errors = [...(result.errors ?? []), ...(message.errors as never[])];
          if (message.data) result.data = message.data;
          done();
        },
        error: (error) => {
          messages.push(error);
          result.errors = [...(result.errors ?? []), ...((Array.isArray(error) ? error : [error]) as never[])];
          done();
        },
        complete: done,
      },
    );
  });
  await client.dispose();
  return { body: JSON.stringify(messages), result };
}

function send(document: string, variables: Record<string, unknown>, token: string | undefined): Promise<Outcome> {
  return rootOf(document).operation === 'subscription' ? overSocket(document, variables, token) : overHttp(document, variables, token);
}

async function run(wallCase: WallCase, token: string | undefined, ctx: CaseContext): Promise<{ outcome: Outcome; variables: Record<string, unknown> }> {
  const variables = await wallCase.variables(ctx);
  return { outcome: await send(wallCase.document, variables, token), variables };
}

/** The variables with every victim id replaced by an id of the same type that does not exist; null when they name none. */
function absentTwin(variables: Record<string, unknown>): Record<string, unknown> | null {
  let json = JSON.stringify(variables);
  let replaced = false;
  for (const id of victimIds) {
    if (!json.includes(`"${id}"`)) continue;
    json = json.replaceAll(`"${id}"`, `"${toGlobalId(parseGlobalId(id)!.type, 2_147_483_647)}"`);
    replaced = true;
  }
  return replaced ? (JSON.parse(json) as Record<string, unknown>) : null;
}

/** What a refusal tells the caller: its data, and each error's code, field and message. */
const refusalShape = (outcome: Outcome) =>
  JSON.stringify({
    data: outcome.result.data ?? null,
    errors: (outcome.result.errors ?? []).map((error) => ({ code: error.extensions?.code, field: error.extensions?.field, message: error.message })),
  });

const label = (wallCase: WallCase) => (wallCase.title ? `${wallCase.target} (${wallCase.title})` : wallCase.target);
const codesOf = (outcome: Outcome) => (outcome.result.errors ?? []).map((error) => error.extensions?.code);

/** Markers of the victim in a response body, leaving out what the attempt itself sent. */
function leaksIn(body: string, variables: Record<string, unknown>): string[] {
  const sent = JSON.stringify(variables);
  return [
    ...textMarkers.filter((marker) => !sent.includes(marker) && body.includes(marker)),
    ...victimIds.filter((id) => !sent.includes(id) && body.includes(`"${id}"`)).map((id) => `${id} (${Buffer.from(id, 'base64url').toString()})`),
  ];
}

/** What is wrong with one attempt's answer (empty: refused, nothing foreign). */
async function judge(wallCase: WallCase, ctx: CaseContext, outcome: Outcome, variables: Record<string, unknown>, checksOn: boolean): Promise<string[]> {
  const problems: string[] = [];
  const leaked = leaksIn(outcome.body, variables);
  if (leaked.length > 0) problems.push(`leaked ${leaked.join(', ')}`);
  const codes = codesOf(outcome);
  const value = valueAt(outcome.result.data, wallCase.path);
  if (ctx.actor.kind === 'key') {
    // The scope guard refuses before any resolver runs, whatever the case.
    if (codes.length === 0 || codes.some((code) => code !== 'FORBIDDEN')) problems.push(`codes [${codes.join(', ')}], expected FORBIDDEN from the scope guard`);
    if (!isEmpty(value)) problems.push(`returned ${JSON.stringify(value).slice(0, 300)}`);
    return problems;
  }
  if (wallCase.refusal === 'own') {
    try {
      await wallCase.own!(outcome, ctx);
    } catch (error) {
      problems.push(`${(error as Error).message.split('\n')[0]}; answer ${outcome.body.slice(0, 300)}`);
    }
    return problems;
  }
  if (!isEmpty(value)) problems.push(`returned ${JSON.stringify(value).slice(0, 300)}`);
  if (!checksOn) return problems; // RLS alone: whatever the code, nothing returned, leaked or changed.
  // Anonymous callers may also get UNAUTHENTICATED (some services look the row up first: NOT_FOUND).
  const allowed = [...(wallCase.codes ?? ['NOT_FOUND', 'FORBIDDEN']), ...(ctx.actor.kind === 'anonymous' ? ['UNAUTHENTICATED'] : [])];
  if (wallCase.refusal === 'error' && codes.length === 0) problems.push('no error');
  const wrong = codes.filter((code) => !allowed.includes(code!));
  if (wrong.length > 0) problems.push(`codes [${wrong.join(', ')}], expected one of ${allowed.join(', ')}: ${outcome.body.slice(0, 300)}`);
  return problems;
}

function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((table) => before[table] !== after[table]);
}

/**
 * Runs every case for every actor, sequentially on the one world, and returns what went wrong.
 * After each mutation case the world's fingerprint must be unchanged (so a change is blamed on its
 * case), after each self-scoped one the victim's login must still work.
 */
async function runMatrix(cases: readonly WallCase[], actors: Attacker[], checksOn: boolean, describeName: string): Promise<string[]> {
  const problems: string[] = [];
  let attempts = 0;
  let twins = 0;
  const codeCounts = new Map<string, number>();
  const targets = new Set<string>();
  const actorNames = new Set<string>();
  let before = await fingerprint(server, world);
  for (const wallCase of cases) {
    targets.add(wallCase.target);
    for (const actor of actors) {
      const { token, profile } = await actor.credential(wallCase);
      const ctx: CaseContext = { server, world, actor: profile };
      const { outcome, variables } = await run(wallCase, token, ctx);
      attempts += 1;
      actorNames.add(profile.name);
      for (const code of new Set(codesOf(outcome))) codeCounts.set(code ?? 'none', (codeCounts.get(code ?? 'none') ?? 0) + 1);
      for (const problem of await judge(wallCase, ctx, outcome, variables, checksOn)) problems.push(`${label(wallCase)} as ${profile.name}: ${problem}`);
      // No existence oracle: the victim's id is refused exactly as an id that does not exist.
      const twinVariables = checksOn && profile.kind !== 'key' && wallCase.refusal !== 'own' ? absentTwin(variables) : null;
      if (twinVariables) {
        const twin = await send(wallCase.document, twinVariables, token);
        twins += 1;
        if (refusalShape(twin) !== refusalShape(outcome)) {
          problems.push(`${label(wallCase)} as ${profile.name}: answers ${refusalShape(outcome)} but for an id that does not exist ${refusalShape(twin)}`);
        }
      }
    }
    if (rootOf(wallCase.document).operation === 'mutation') {
      const after = await fingerprint(server, world);
      const changed = changedTables(before, after);
      if (changed.length > 0) problems.push(`${label(wallCase)}: changed the victim's ${changed.join(', ')}`);
      before = after;
      if (wallCase.refusal === 'own') {
        const check = await server.gql<{ viewer: { email: string } | null }>('{ viewer { email } }', {}, world.athlete.token);
        if (check.data?.viewer?.email !== world.athlete.email) problems.push(`${label(wallCase)}: the victim's login stopped working`);
      }
    }
  }
  const changed = changedTables(initialFingerprint, await fingerprint(server, world));
  if (changed.length > 0) problems.push(`after the matrix the victim's ${changed.join(', ')} differ`);
  if (problems.length === 0) {
    const twinNote = twins > 0 ? `; ${twins} of them answered exactly as for an id that does not exist` : '';
    const codes = [...codeCounts].map(([code, count]) => `${code} ${count}`).join(', ');
    console.log(
      `tenant walls (${describeName}): ${targets.size} fields/types in ${cases.length} cases × ${actorNames.size} actors = ${attempts} attempts, all refused${twinNote} (error codes: ${codes})`,
    );
  }
  return problems;
}

// --- the tests ---------------------------------------------------------------------------------

describe('tenant walls', () => {
  it('has a case for every Query, Mutation and Subscription field, Node type and id-taking field of the schema, and none for what is gone', () => {
    const expected = schemaTargets(server.app.schema);
    const covered = new Set(WALL_CASES.map((wallCase) => wallCase.target));
    const missing = expected.filter((target) => !covered.has(target));
    expect(missing, `schema fields/types without a tenant-wall case in test/tenant-cases.ts: ${missing.join(', ')}`).toEqual([]);
    expect([...covered].filter((target) => !expected.includes(target)), 'cases for fields the schema no longer has').toEqual([]);
    // Sanity: the enumeration sees what it should.
    expect(expected).toEqual(expect.arrayContaining(['Query.node', 'Mutation.logSet', 'Subscription.sessionProgress', 'Node.Athlete', 'Exercise.substitutes']));
  });

  it('refuses a stranger athlete, a stranger coach, the victim’s key without the scope and an anonymous caller everything of the victim', async () => {
    const problems = await runMatrix(WALL_CASES, [athleteAttacker, coachAttacker, victimKeyActor, anonymousActor], true, 'service checks on');
    expect(problems).toEqual([]);
    await expectVictimTokenWorks(server, world);
  }, 120_000);
});

describe('tenant walls with the services’ tenant checks switched off: row-level security alone', () => {
  afterEach(() => setServiceTenantChecksForTests(true));

  it('returns nothing of the victim and changes nothing, for a stranger athlete and a stranger coach', async () => {
    setServiceTenantChecksForTests(false);
    // Subscriptions run outside the request transaction (only HTTP operations run inside one with
    // the viewer's subjects set), so RLS does not apply to them: they rely on the service checks alone.
    const httpCases = WALL_CASES.filter((wallCase) => rootOf(wallCase.document).operation !== 'subscription');
    const problems = await runMatrix(httpCases, [athleteAttacker, coachAttacker], false, 'service checks off, RLS alone');
    expect(problems).toEqual([]);
    setServiceTenantChecksForTests(true);
    await expectVictimTokenWorks(server, world);
  }, 120_000);
});

describe('positive control: the owners run the same cases', () => {
  it('succeeds for the victim (or their coach) on every case with an owner, so each refusal above was aimed at something real', async () => {
    const failures: string[] = [];
    for (const wallCase of WALL_CASES.filter((candidate) => candidate.owner)) {
      const coach = wallCase.owner === 'coach';
      const profile: Actor = {
        name: coach ? "the victim's coach" : 'the victim',
        kind: coach ? 'coach' : 'athlete',
        email: coach ? world.coach.email : world.athlete.email,
        ownAthleteId: world.ids.athlete,
        ownSessionId: world.ids.session,
      };
      const { outcome } = await run(wallCase, coach ? world.coach.token : world.athlete.token, { server, world, actor: profile });
      const data = outcome.result.data ?? {};
      try {
        expect(outcome.result.errors, outcome.body.slice(0, 300)).toBeUndefined();
        expect(isEmpty(valueAt(data, wallCase.path)), `nothing at ${wallCase.path}`).toBe(false);
        wallCase.ownerCheck?.(data, world);
      } catch (error) {
        failures.push(`${label(wallCase)} as ${profile.name}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
