/**
 * fast-check arbitraries derived from a GraphQL schema's input types, for fuzzing the API.
 *
 * Two families per type: `plausible` (what a well-behaved client sends: in range, right id type,
 * the actor's own objects) and `hostile` (boundaries, garbage, other people's and wrong-typed ids,
 * huge lists, values of the wrong JSON type). `mutateOne` turns a plausible input into one that is
 * wrong in exactly one place, so a run gets past validation and deep into the services.
 *
 * Pure: ids come in through an `IdPool` snapshot and field-specific knowledge through `InputHints`,
 * so the module knows nothing about a particular schema and new input types are covered as they
 * appear.
 */
import fc from 'fast-check';
import {
  type GraphQLEnumType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLScalarType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { toGlobalId } from '../graphql/global-id.js';

/** Real global ids by object type (`Routine`, `WorkoutSession` …), as the actor sees the world. */
export interface IdPool {
  /** Objects the actor may write: their own, and for a coach their roster athletes'. */
  own: ReadonlyMap<string, readonly string[]>;
  /** Another athlete's (and coach's) objects. */
  foreign: ReadonlyMap<string, readonly string[]>;
}

/** Where a value goes: the input type and field it fills (`LogSetInput.sessionId`). */
export interface FieldSite {
  parent: string;
  field: string;
}

export interface InputHints {
  /** The object type an ID field addresses, e.g. LogSetInput.sessionId → WorkoutSession; undefined when unknown. */
  idType(site: FieldSite): string | undefined;
  /** True for ID fields that take a client-generated UUID (idempotency keys). */
  isUuid(site: FieldSite): boolean;
  /** A valid-looking value where the type alone does not say (ranges, formats, known codes). */
  plausible(site: FieldSite): fc.Arbitrary<unknown> | undefined;
}

/** Input objects nested deeper than this (lists do not count) are cut off: optional fields left out, required ones kept. */
export const MAX_INPUT_DEPTH = 5;

const INT_BOUNDARIES = [0, -1, 1, 2, 2 ** 31 - 1, -(2 ** 31), 1000, 1001, 86_400, 604_801];
const FLOAT_BOUNDARIES = [0, -0.0001, 0.0001, 1e308, -1e308, 0.1, 0.5, 1.005, 5e-324, 2 ** 53, 999.999, 1000.01, 12.345678];
const NASTY_STRINGS = [
  '',
  ' ',
  '   \t\n  ',
  '\u00a0',
  'a\u0000b',
  '\u0000',
  "'; drop table users; --",
  "' or '1'='1",
  'Robert\'); DELETE FROM exercise_set_logs; --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '${jndi:ldap://x}',
  '%s%s%n',
  '../../../../etc/passwd',
  '💪🏋️‍♀️🔥',
  '👩‍👩‍👧‍👦',
  'مرحبا بالعالم',
  '\u202egnp.exe',
  'שלום',
  'Ｆｕｌｌｗｉｄｔｈ',
  'ß→SS İ→i̇',
  'Z̷̧͠a̵͎l̸g̷o̶',
  '\ud83d',
  '\r\n\r\n',
  'null',
  'undefined',
  '0',
  '-1',
  'NaN',
  'true',
  '{"a":1}',
  '__proto__',
  'constructor',
];
const LONG_STRING = 'x'.repeat(10_000);
const LONG_UNICODE = '💪'.repeat(3_000);

const MALFORMED_IDS = [
  '',
  ' ',
  '!!!',
  '====',
  'AAAA',
  'YWJj',
  '1',
  '-1',
  '0',
  'null',
  '%00',
  'Um91dGluZTox\u0000',
  Buffer.from('Routine:0').toString('base64url'),
  Buffer.from('Routine:-1').toString('base64url'),
  Buffer.from('Routine:1.5').toString('base64url'),
  Buffer.from('Routine:2147483648').toString('base64url'),
  Buffer.from('Routine:99999999999999999999').toString('base64url'),
  Buffer.from('Routine:1 or 1=1').toString('base64url'),
  Buffer.from('Nope:1').toString('base64url'),
  Buffer.from(':1').toString('base64url'),
  Buffer.from('WorkoutSession:').toString('base64url'),
  Buffer.from('Routine:1').toString('base64'), // standard base64 with padding
  '00000000-0000-0000-0000-000000000000',
];

const LOCAL_DATE_BOUNDARIES = [
  '2026-02-30',
  '2025-02-29',
  '2024-02-29',
  '2025-13-01',
  '2025-00-10',
  '2025-01-32',
  '2025-04-31',
  '0000-01-01',
  '0001-01-01',
  '1899-12-31',
  '1900-01-01',
  '1970-01-01',
  '2199-12-31',
  '2200-01-01',
  '9999-12-31',
  '2025-1-1',
  '20250101',
  '2025-01-01T00:00:00Z',
  'today',
  '',
];
const DATE_TIME_BOUNDARIES = [
  '1970-01-01T00:00:00Z',
  '1900-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '2026-02-30T10:00:00Z',
  '2025-06-01T25:00:00Z',
  '2025-06-01T10:00:00+14:00',
  '2025-06-01',
  'yesterday',
  '',
];

/** A value of the wrong JSON type for any GraphQL input: Apollo must refuse it before a resolver runs. */
const wrongType = (): fc.Arbitrary<unknown> =>
  fc.oneof(fc.constant({}), fc.constant([]), fc.constant({ nested: { deeper: [1, 'a', null] } }), fc.string({ maxLength: 8 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean());

const today = () => new Date().toISOString().slice(0, 10);
const isoDayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Arbitraries for one actor's view of the world; build a new one when the id pools change. */
export class InputArbitraries {
  constructor(
    private readonly ids: IdPool,
    private readonly hints: InputHints,
  ) {}

  private idsOf(pool: ReadonlyMap<string, readonly string[]>, type: string | undefined): readonly string[] {
    if (type !== undefined) return pool.get(type) ?? [];
    return [...pool.values()].flat();
  }

  // ---- leaves -------------------------------------------------------------------------------

  private plausibleId(site: FieldSite): fc.Arbitrary<unknown> {
    if (this.hints.isUuid(site)) return fc.uuid();
    const type = this.hints.idType(site);
    const own = this.idsOf(this.ids.own, type);
    if (own.length > 0) return fc.constantFrom(...own);
    const any = this.idsOf(this.ids.own, undefined);
    return any.length > 0 ? fc.constantFrom(...any) : fc.constant(toGlobalId(type ?? 'Routine', 1));
  }

  private hostileId(site: FieldSite): fc.Arbitrary<unknown> {
    const type = this.hints.idType(site);
    const pick = (ids: readonly string[]) => (ids.length > 0 ? [fc.constantFrom(...ids)] : []);
    const wrongTyped = [...this.ids.own.entries(), ...this.ids.foreign.entries()].filter(([other]) => other !== type).flatMap(([, ids]) => ids);
    const choices: fc.Arbitrary<unknown>[] = [
      ...pick(this.idsOf(this.ids.own, type)),
      ...pick(this.idsOf(this.ids.foreign, type)),
      ...pick(this.idsOf(this.ids.foreign, type)),
      ...pick(wrongTyped),
      fc.constantFrom(...MALFORMED_IDS),
      fc.string({ maxLength: 24 }),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom(toGlobalId(type ?? 'Routine', 2_147_483_647), toGlobalId(type ?? 'Exercise', 1), toGlobalId(type ?? 'WorkoutSession', 3)),
    ];
    if (this.hints.isUuid(site)) {
      // A fixed UUID comes back across runs: retries and reuse of an idempotency key for other content.
      choices.push(fc.uuid(), fc.constantFrom('0f0e2f3a-1b2c-4d5e-8f90-123456789abc', '00000000-0000-0000-0000-000000000000', 'not-a-uuid'));
    }
    return fc.oneof(...choices);
  }

  private plausibleScalar(scalar: GraphQLScalarType, site: FieldSite): fc.Arbitrary<unknown> {
    switch (scalar.name) {
      case 'ID':
        return this.plausibleId(site);
      case 'Int':
        return fc.integer({ min: 1, max: 10 });
      case 'Float':
        return fc.integer({ min: 1, max: 200 }).map((n) => n / 2);
      case 'Boolean':
        return fc.boolean();
      case 'String':
        return fc.stringMatching(/^[A-Z][a-z]{2,10}( [a-z]{2,8}){0,2}$/);
      case 'LocalDate':
        return fc.integer({ min: -30, max: 0 }).map(isoDayOffset);
      case 'DateTimeISO':
        return fc.integer({ min: 1, max: 300 }).map((days) => new Date(Date.now() + days * 86_400_000).toISOString());
      case 'JSON':
        return fc.jsonValue({ maxDepth: 2 });
      default:
        return fc.string({ minLength: 1, maxLength: 20 });
    }
  }

  private hostileScalar(scalar: GraphQLScalarType, site: FieldSite): fc.Arbitrary<unknown> {
    switch (scalar.name) {
      case 'ID':
        return this.hostileId(site);
      case 'Int':
        return fc.oneof(
          { arbitrary: fc.constantFrom(...INT_BOUNDARIES), weight: 8 },
          { arbitrary: fc.integer(), weight: 4 },
          { arbitrary: fc.integer({ min: -5, max: 400 }), weight: 4 },
          // Not an Int in GraphQL's eyes (32-bit signed, whole): a type error.
          { arbitrary: fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1.5, 1e15), weight: 1 },
        );
      case 'Float':
        return fc.oneof(
          { arbitrary: fc.constantFrom(...FLOAT_BOUNDARIES), weight: 4 },
          { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 2 },
          { arbitrary: fc.double({ min: -1000, max: 2000, noNaN: true }), weight: 2 },
        );
      case 'Boolean':
        return fc.boolean();
      case 'String':
        return fc.oneof(
          { arbitrary: fc.constantFrom(...NASTY_STRINGS), weight: 5 },
          { arbitrary: fc.constantFrom(LONG_STRING, LONG_UNICODE), weight: 1 },
          { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 2 },
          { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
          { arbitrary: fc.string({ maxLength: 300 }), weight: 1 },
        );
      case 'LocalDate':
        return fc.oneof(
          { arbitrary: fc.constantFrom(...LOCAL_DATE_BOUNDARIES), weight: 4 },
          { arbitrary: fc.integer({ min: -3, max: 3 }).map(isoDayOffset), weight: 2 },
          { arbitrary: fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), weight: 2 },
          { arbitrary: fc.constant(today()), weight: 1 },
        );
      case 'DateTimeISO':
        return fc.oneof(
          { arbitrary: fc.constantFrom(...DATE_TIME_BOUNDARIES), weight: 3 },
          { arbitrary: fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()), weight: 2 },
          { arbitrary: fc.integer({ min: -800, max: 800 }).map((days) => new Date(Date.now() + days * 86_400_000).toISOString()), weight: 2 },
        );
      case 'JSON':
        return fc.jsonValue();
      default:
        return fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string());
    }
  }

  private plausibleEnum(type: GraphQLEnumType): fc.Arbitrary<unknown> {
    return fc.constantFrom(...type.getValues().map((value) => value.name));
  }

  private hostileEnum(type: GraphQLEnumType): fc.Arbitrary<unknown> {
    const names = type.getValues().map((value) => value.name);
    return fc.oneof({ arbitrary: fc.constantFrom(...names), weight: 12 }, { arbitrary: fc.constantFrom('NOT_A_VALUE', names[0]!.toLowerCase(), ''), weight: 1 });
  }

  // ---- composite ----------------------------------------------------------------------------

  /** What a well-behaved client might send for `type` at `site`. */
  plausible(type: GraphQLInputType, site: FieldSite, depth = 0): fc.Arbitrary<unknown> {
    const value = this.plausibleValue(getNullableType(type), site, depth);
    if (isNonNullType(type)) return value;
    // Optional: often left out, sometimes an explicit null.
    return fc.oneof({ arbitrary: value, weight: 3 }, { arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: fc.constant(null), weight: 1 });
  }

  private plausibleValue(type: GraphQLInputType, site: FieldSite, depth: number): fc.Arbitrary<unknown> {
    const hinted = this.hints.plausible(site);
    if (hinted) return hinted;
    if (isListType(type)) return fc.array(this.plausible(type.ofType, elementSite(site), depth), { minLength: 1, maxLength: 3 });
    if (isInputObjectType(type)) return this.plausibleObject(type, depth + 1);
    if (isEnumType(type)) return this.plausibleEnum(type);
    return this.plausibleScalar(type as GraphQLScalarType, site);
  }

  plausibleObject(type: GraphQLInputObjectType, depth: number): fc.Arbitrary<Record<string, unknown>> {
    const fields = Object.values(type.getFields()).filter((field) => depth <= MAX_INPUT_DEPTH || isNonNullType(field.type));
    return fc.tuple(...fields.map((field) => this.plausible(field.type, { parent: type.name, field: field.name }, depth))).map((values) => compact(fields.map((field, index) => [field.name, values[index]])));
  }

  /** Anything at all for `type` at `site`: boundaries, garbage, someone else's ids, wrong types. */
  hostile(type: GraphQLInputType, site: FieldSite, depth = 0): fc.Arbitrary<unknown> {
    // Type errors (a wrong JSON type, null for a required field) stop at Apollo's variable
    // coercion, so they are kept rare: an input with several fields would otherwise almost always
    // hold one, and never reach a resolver.
    const variants: fc.WeightedArbitrary<unknown>[] = [{ arbitrary: wrongType(), weight: 1 }];
    if (!isNonNullType(type)) variants.push({ arbitrary: fc.constantFrom(null, undefined), weight: 6 });
    else variants.push({ arbitrary: fc.constant(null), weight: 1 });
    const inner = getNullableType(type);
    if (isListType(inner)) {
      const element = inner.ofType;
      const elementAt = elementSite(site);
      variants.push(
        { arbitrary: fc.constant([]), weight: 3 },
        { arbitrary: lazy(() => this.plausible(element, elementAt, depth).map((one) => [one])), weight: 2 },
        { arbitrary: lazy(() => fc.array(this.hostile(element, elementAt, depth), { minLength: 1, maxLength: 4 })), weight: 4 },
        // Many: 300 of the same plausible element (sizes past any sane limit, duplicates).
        { arbitrary: lazy(() => this.plausible(element, elementAt, depth).map((one) => Array.from({ length: 300 }, () => one))), weight: 1 },
        { arbitrary: lazy(() => fc.array(this.plausible(element, elementAt, depth), { minLength: 20, maxLength: 60 })), weight: 1 },
      );
    } else if (isInputObjectType(inner)) {
      variants.push(
        { arbitrary: depth < MAX_INPUT_DEPTH ? lazy(() => this.hostileObject(inner, depth + 1)) : fc.constant({}), weight: 24 },
        { arbitrary: fc.constant({}), weight: 2 },
      );
    } else if (isEnumType(inner)) {
      variants.push({ arbitrary: this.hostileEnum(inner), weight: 24 });
    } else {
      variants.push({ arbitrary: this.hostileScalar(inner as GraphQLScalarType, site), weight: 24 });
    }
    return fc.oneof(...variants);
  }

  /** Every field hostile or plausible at random, required ones sometimes missing, now and then an unknown field. */
  hostileObject(type: GraphQLInputObjectType, depth: number): fc.Arbitrary<Record<string, unknown>> {
    const fields = Object.values(type.getFields());
    return fc
      .tuple(
        ...fields.map((field) => {
          const site = { parent: type.name, field: field.name };
          return fc.oneof({ arbitrary: lazy(() => this.hostile(field.type, site, depth)), weight: 1 }, { arbitrary: lazy(() => this.plausible(field.type, site, depth)), weight: 1 });
        }),
        fc.oneof({ arbitrary: fc.constant(null), weight: 15 }, { arbitrary: fc.constantFrom('unknownField', '__proto__', 'constructor'), weight: 1 }),
      )
      .map((values) => {
        const extra = values[fields.length] as string | null;
        const object = compact(fields.map((field, index) => [field.name, values[index]]));
        if (extra) Object.defineProperty(object, extra, { value: 'surprise', enumerable: true });
        return object;
      });
  }

  /**
   * `value` (a plausible input of `type`) with one thing wrong: one field, reached by descending
   * into one nested object or list element at a time, replaced by a hostile value, removed, or set
   * to null; or one list made empty, huge or duplicated.
   */
  mutateOne(value: unknown, type: GraphQLInputType, site: FieldSite, depth = 0): fc.Arbitrary<unknown> {
    const inner = getNullableType(type);
    if (isInputObjectType(inner) && isRecord(value) && depth < MAX_INPUT_DEPTH) {
      const fields = Object.values(inner.getFields());
      return fc.constantFrom(...fields).chain((field) => {
        const fieldSite = { parent: inner.name, field: field.name };
        const current = value[field.name];
        const descend = (isInputObjectType(getNullableType(field.type)) || isListType(getNullableType(field.type))) && current != null;
        const replaced = fc.oneof(
          { arbitrary: lazy(() => this.hostile(field.type, fieldSite, depth + 1)), weight: 8 },
          { arbitrary: fc.constantFrom(undefined, null), weight: 2 },
          ...(descend ? [{ arbitrary: lazy(() => this.mutateOne(current, field.type, fieldSite, depth + 1)), weight: 10 }] : []),
        );
        return replaced.map((next) => compact([...Object.entries(value).filter(([key]) => key !== field.name), [field.name, next]]));
      });
    }
    if (isListType(inner) && Array.isArray(value) && value.length > 0) {
      return fc.oneof(
        { arbitrary: fc.nat({ max: value.length - 1 }).chain((index) => this.mutateOne(value[index], inner.ofType, elementSite(site), depth).map((next) => value.map((element, at) => (at === index ? next : element)))), weight: 4 },
        { arbitrary: lazy(() => this.hostile(type, site, depth)), weight: 2 },
        { arbitrary: fc.constant([...value, ...value]), weight: 1 },
      );
    }
    return this.hostile(type, site, depth);
  }
}

/** Builds the arbitrary only when chosen: hostile values branch at every level, and eager trees grow exponentially. */
function lazy<T>(build: () => fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.constant(null).chain(build);
}

/** List elements are hinted as `field[]`, the list itself as `field`. */
function elementSite(site: FieldSite): FieldSite {
  return { parent: site.parent, field: `${site.field}[]` };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object from entries, leaving out undefined values (an omitted field, as JSON would). */
function compact(entries: [string, unknown][]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) if (value !== undefined) object[key] = value;
  return object;
}

/** `type` without its non-null and list wrappers. */
export function namedInputType(type: GraphQLInputType): GraphQLInputType {
  let current: GraphQLInputType = type;
  while (isNonNullType(current) || isListType(current)) current = current.ofType;
  return current;
}
