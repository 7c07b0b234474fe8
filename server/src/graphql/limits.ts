/**
 * What one operation may ask of the server, checked before anything executes — over HTTP (Apollo's
 * parse options, validation rules and a plugin) and over graphql-ws (onSubscribe) alike.
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
  GraphQLError,
  Lexer,
  Source,
  TokenKind,
  getNullableType,
  isListType,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import type { EndpointConfig } from '../config.js';
import { MAX_PAGE_SIZE } from './connection.js';
import { type EndpointLimit, LimitExceededError } from './errors.js';

export type QueryLimits = Pick<EndpointConfig, 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxTokens' | 'maxComplexity' | 'listFactor'>;

const count = (n: number) => n.toLocaleString('en-US');

/** graphql-armor reports "… limit of N exceeded, found M."; the rule is pinned, and the API tests read M back. */
function armorRejection(limit: EndpointLimit, maximum: number, what: string, advice: string) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const measured = Number(/found (\d+)/.exec(error.message)?.[1] ?? maximum + 1);
    context?.reportError(
      new LimitExceededError(`The operation has ${count(measured)} ${what}; the limit is ${count(maximum)}. ${advice}`, limit, maximum, measured),
    );
  };
}

/** Depth, alias and directive limits as validation rules (graphql-armor), for Apollo and graphql-ws. */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  return [
    maxDepthRule({
      ...common,
      n: limits.maxDepth,
      // Fragments count as the fields they hold, not as a level of their own.
      flattenFragments: true,
      onReject: [armorRejection('DEPTH', limits.maxDepth, 'levels of nested fields', 'Split it into several operations, or refetch deeper parts with node(id:).')],
    }),
    maxAliasesRule({
      ...common,
      n: limits.maxAliases,
      // The library lets `__typename` aliases through by default; 5,000 of them are still 5,000 answers.
      allowList: [],
      onReject: [armorRejection('ALIASES', limits.maxAliases, 'aliases', 'Send several operations instead of aliasing one field many times.')],
    }),
    maxDirectivesRule({
      ...common,
      n: limits.maxDirectives,
      onReject: [armorRejection('DIRECTIVES', limits.maxDirectives, 'directives', 'Use fewer @include/@skip directives.')],
    }),
  ];
}

/** Counts a document's lexical tokens as graphql-js's parser does (comments excluded). */
export function countTokens(body: string): number {
  const lexer = new Lexer(new Source(body));
  let tokens = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) tokens += 1;
  } catch {
    // A lexical error past the limit: what was counted is already over it.
  }
  return tokens;
}

/** graphql 16 spells it "more that"; later versions may fix the typo. */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;

/** graphql-js's parse aborts past `maxTokens` with a syntax error; this says the limit and the real count. */
export function tokenLimitError(error: unknown): LimitExceededError | null {
  if (!(error instanceof GraphQLError)) return null;
  const match = TOKEN_LIMIT_MESSAGE.exec(error.message);
  if (!match) return null;
  const maximum = Number(match[1]);
  const measured = error.source ? countTokens(error.source.body) : maximum + 1;
  return new LimitExceededError(
    `The document has ${count(measured)} tokens; the limit is ${count(maximum)}. Send large inputs as variables, and split big operations.`,
    'TOKENS',
    maximum,
    measured,
  );
}

/**
 * Each field costs 1 plus what it holds; a connection (a field with `first`, or `limit`) holds
 * `first` times its selection, its default counting when the client leaves it out; any other list
 * holds `listFactor` times (plans, days, set logs: bounded by the domain, typically a handful).
 * `edges` under a connection is already counted by its `first`.
 */
function listSizeEstimator(listFactor: number, oversized: string[]): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const size = typeof args.first === 'number' ? args.first : typeof args.limit === 'number' ? args.limit : undefined;
    if (size !== undefined) {
      if (typeof args.first === 'number' && args.first > MAX_PAGE_SIZE) oversized.push(`${type.name}.${field.name}(first: ${args.first})`);
      return 1 + Math.max(1, size) * childComplexity;
    }
    if (isListType(getNullableType(field.type)) && !type.name.endsWith('Connection')) return 1 + listFactor * childComplexity;
    return 1 + childComplexity;
  };
}

/**
 * Refuses an operation whose estimated cost is over the limit, or that asks a connection for more
 * than MAX_PAGE_SIZE items, before any resolver runs. Variables count: `first: $n` is read from
 * them. Bad variables are left for execution to report in its own words.
 */
export function checkComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  limits: QueryLimits,
): void {
  // Apollo hands back the same DocumentNode for a document it has parsed before (its document
  // store), and the estimate depends only on the document, the operation and the variables: a
  // repeated request that passed once passes again, without walking its selection again.
  const key = passedKey(operationName, variables);
  const passed = key === null ? undefined : passedChecks(limits, schema, document);
  if (key !== null && passed!.has(key)) return;
  measureComplexity(schema, document, variables, operationName, limits);
  if (key !== null) passed!.add(key);
}

/** Refusals are not cached: they are rare, and each answer carries its own error. */
const passedByLimits = new WeakMap<QueryLimits, WeakMap<GraphQLSchema, WeakMap<DocumentNode, Set<string>>>>();
/** Past this, the variables (an import's CSV) are not worth keeping as a key. */
const MAX_KEY_LENGTH = 2_048;
/** Distinct variable sets remembered per document; past it the set starts over. */
const MAX_KEYS_PER_DOCUMENT = 256;

function passedKey(operationName: string | undefined, variables: Record<string, unknown> | undefined): string | null {
  const key = `${operationName ?? ''}|${JSON.stringify(variables ?? {})}`;
  return key.length > MAX_KEY_LENGTH ? null : key;
}

function passedChecks(limits: QueryLimits, schema: GraphQLSchema, document: DocumentNode): Set<string> {
  let bySchema = passedByLimits.get(limits);
  if (!bySchema) passedByLimits.set(limits, (bySchema = new WeakMap()));
  let byDocument = bySchema.get(schema);
  if (!byDocument) bySchema.set(schema, (byDocument = new WeakMap()));
  let passed = byDocument.get(document);
  if (!passed || passed.size >= MAX_KEYS_PER_DOCUMENT) byDocument.set(document, (passed = new Set()));
  return passed;
}

function measureComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  limits: QueryLimits,
): void {
  const oversized: string[] = [];
  let complexity: number;
  try {
    complexity = getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName,
      estimators: [listSizeEstimator(limits.listFactor, oversized)],
      // Fragments spread into fragments expand exponentially; stop counting past this many fields.
      maxQueryNodes: 20_000,
    });
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
      throw new LimitExceededError(
        `The operation expands to more than 20,000 fields once its fragments are spread; the complexity limit is ${count(limits.maxComplexity)}. Spread fewer fragments into each other.`,
        'COMPLEXITY',
        limits.maxComplexity,
        20_000,
      );
    }
    return;
  }
  if (oversized.length > 0) {
    throw new LimitExceededError(
      `first must be between 0 and ${MAX_PAGE_SIZE}: ${oversized.join(', ')} asks for more. Page with first and after.`,
      'PAGE_SIZE',
      MAX_PAGE_SIZE,
      Math.max(...oversized.map((entry) => Number(/first: (\d+)/.exec(entry)![1]))),
      'first',
    );
  }
  if (complexity > limits.maxComplexity) {
    throw new LimitExceededError(
      `The operation's estimated complexity is ${count(complexity)}; the limit is ${count(limits.maxComplexity)}. ` +
        'Each field counts 1, and a connection multiplies what it holds by first (its default when left out): ask for smaller pages or fewer nested lists.',
      'COMPLEXITY',
      limits.maxComplexity,
      complexity,
    );
  }
}
