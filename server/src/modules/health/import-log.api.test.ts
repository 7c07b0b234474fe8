import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../../db/raw-query.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { athleteId, expectError, ok, walk, type Page } from './health.test-helpers.js';

const IMPORTS = /* GraphQL */ `
  query ($id: ID!, $first: Int!, $after: String) {
    node(id: $id) { ... on Athlete { imports(first: $first, after: $after) {
      edges { cursor node { id source status rawText parsedRows confidence createdAt } }
      pageInfo { hasNextPage endCursor }
    } } }
  }`;

interface ImportLog {
  id: string;
  source: string;
  status: string;
  rawText: string;
  parsedRows: unknown;
  confidence: number | null;
  createdAt: string;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** The importer is a later issue: rows are written here the way it will write them. */
async function insertImport(subjectId: number, createdAt: string, fields: { rawText?: string; parsedRows?: unknown; confidence?: number | null; source?: string; status?: string } = {}) {
  const [row] = await rawQuery<{ id: number }>(
    server.orm.em.fork() as never,
    `insert into import_logs (subject_id, source, status, raw_text, parsed_rows, confidence, created_at)
     values (?, ?, ?, ?, ?::jsonb, ?, ?::timestamptz) returning id`,
    [subjectId, fields.source ?? 'TEXT', fields.status ?? 'PARSED', fields.rawText ?? `import at ${createdAt}`, JSON.stringify(fields.parsedRows ?? null), fields.confidence ?? null, createdAt],
  );
  return toGlobalId('ImportLog', row!.id);
}

describe('Athlete.imports', () => {
  it('exposes what was imported and parsed, and walks every import once, newest first (ties by id)', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const parsedRows = [{ exercise: 'Bench press', sets: 3, reps: 8, weightKg: 80, rpe: 8, confidence: 0.92 }];
    const ids = [
      await insertImport(athlete.subjectId, '2026-01-01T10:00:00.000001Z'),
      await insertImport(athlete.subjectId, '2026-01-01T10:00:00.000002Z'),
      await insertImport(athlete.subjectId, '2026-01-02T08:00:00Z'),
      await insertImport(athlete.subjectId, '2026-01-02T08:00:00Z'), // same instant: the higher id is newer
      await insertImport(athlete.subjectId, '2026-01-03T08:00:00Z', { rawText: 'Bench press 3x8 @ 80kg RPE 8', parsedRows, confidence: 0.92, source: 'STRONG_CSV', status: 'APPLIED' }),
      await insertImport(athlete.subjectId, '2026-01-04T08:00:00Z'),
      await insertImport(athlete.subjectId, '2026-01-05T08:00:00Z'),
    ];
    // Imported last but dated earliest (a backfill): the order follows createdAt, not the id.
    const backfill = await insertImport(athlete.subjectId, '2025-12-31T23:59:59Z');
    const fetchPage = async (after: string | null) => (await ok<{ node: { imports: Page<ImportLog> } }>(server, IMPORTS, { id: athleteId(athlete.subjectId), first: 3, after }, token)).node.imports;

    const walked = await walk(fetchPage);
    expect(walked.pages).toBe(3);
    // Pages of 3 end at ids[1], 1 µs after ids[0]: the cursor keeps PostgreSQL's microseconds.
    expect(walked.nodes.map((node) => node.id)).toEqual([...[...ids].reverse(), backfill]);
    expect(walked.nodes[2]).toEqual({
      id: ids[4],
      source: 'STRONG_CSV',
      status: 'APPLIED',
      rawText: 'Bench press 3x8 @ 80kg RPE 8',
      parsedRows,
      confidence: 0.92,
      createdAt: '2026-01-03T08:00:00.000Z',
    });
    expect(walked.nodes[0]).toMatchObject({ parsedRows: null, confidence: null });

    const node = await ok<{ node: { rawText: string } }>(server, 'query ($id: ID!) { node(id: $id) { ... on ImportLog { rawText } } }', { id: ids[4] }, token);
    expect(node.node.rawText).toBe('Bench press 3x8 @ 80kg RPE 8');
  });

  it("is readable by the athlete's coach, not by a stranger; a foreign cursor is BAD_USER_INPUT", async () => {
    const coach = await createTestCoach(server.orm);
    const athlete = await createTestAthlete(server.orm, { coach: coach.user });
    const importId = await insertImport(athlete.subjectId, '2026-02-01T08:00:00Z');
    const id = athleteId(athlete.subjectId);
    const coachRead = await ok<{ node: { imports: Page<ImportLog> } }>(server, IMPORTS, { id, first: 5 }, await logInAs(server, coach.email));
    expect(coachRead.node.imports.edges.map((edge) => edge.node.id)).toEqual([importId]);

    const stranger = await createTestAthlete(server.orm);
    const strangerToken = await logInAs(server, stranger.email);
    expect((await ok<{ node: null }>(server, IMPORTS, { id, first: 5 }, strangerToken)).node).toBeNull();
    expect((await ok<{ node: null }>(server, 'query ($id: ID!) { node(id: $id) { id } }', { id: importId }, strangerToken)).node).toBeNull();

    const dayCursor = Buffer.from('d:2026-01-01:5').toString('base64url');
    expectError(await server.gql(IMPORTS, { id, first: 5, after: dayCursor }, await logInAs(server, athlete.email)), 'BAD_USER_INPUT', 'after');
  });
});
