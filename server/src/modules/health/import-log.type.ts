import { JSONResolver } from 'graphql-scalars';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.type.js';
import { ImportSource, ImportStatus } from './health.enums.js';
import { numberOrNull } from './health.validation.js';

registerEnumType(ImportSource, {
  name: 'ImportSource',
  description: 'How imported workouts arrived: free text, or a Strong or Hevy CSV export.',
  valuesConfig: {
    TEXT: { description: 'Free text, e.g. a workout pasted from notes.' },
    STRONG_CSV: { description: 'A CSV export of the Strong app.' },
    HEVY_CSV: { description: 'A CSV export of the Hevy app.' },
  },
});
registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description: 'PARSED (waiting for the athlete to confirm) → APPLIED, or FAILED when nothing could be read.',
  valuesConfig: {
    PARSED: { description: 'Read, waiting for the athlete to confirm.' },
    APPLIED: { description: 'Confirmed and written as sessions and sets.' },
    FAILED: { description: 'Nothing could be read.' },
  },
});

export interface ImportLogRow {
  id: number;
  subject_id: number;
  source: ImportSource;
  status: ImportStatus;
  raw_text: string;
  parsed_rows: unknown[] | null;
  confidence: string | null;
  /** timestamptz as PostgreSQL printed it: the exact cursor key. */
  created_at: string;
}

@ObjectType('ImportLog', { implements: Node, description: 'Text or CSV an athlete imported, what the parser read from it and how sure it was.' })
export class ImportLogType extends Node {
  dbId!: number;
  subjectId!: number;
  createdAtKey!: string;

  @Field(() => ImportSource, { description: 'How the import arrived.' })
  source!: ImportSource;

  @Field(() => ImportStatus, { description: 'Where the import stands.' })
  status!: ImportStatus;

  @Field({ description: 'The input exactly as received.' })
  rawText!: string;

  @Field(() => JSONResolver, { nullable: true, description: 'What the parser read: a list of rows, each with its own confidence.' })
  parsedRows!: unknown[] | null;

  @Field(() => Float, { nullable: true, description: 'The lowest row confidence, 0–1.' })
  confidence!: number | null;

  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt!: Date;

  static fromRow(row: ImportLogRow): ImportLogType {
    return Object.assign(new ImportLogType(), {
      id: toGlobalId('ImportLog', row.id),
      dbId: row.id,
      subjectId: row.subject_id,
      createdAtKey: row.created_at,
      source: row.source,
      status: row.status,
      rawText: row.raw_text,
      parsedRows: row.parsed_rows,
      confidence: numberOrNull(row.confidence),
      createdAt: new Date(row.created_at),
    });
  }
}

@ObjectType('ImportLogEdge', { description: 'One ImportLog in a page, with its cursor.' })
export class ImportLogEdge {
  @Field({ description: 'Pass as `after` to continue after this row.' })
  cursor!: string;

  @Field(() => ImportLogType, { description: 'The row.' })
  node!: ImportLogType;
}

@ObjectType('ImportLogConnection', { description: 'Imports, newest first (by creation time, then id).' })
export class ImportLogConnection {
  @Field(() => [ImportLogEdge], { description: 'This page, in list order.' })
  edges!: ImportLogEdge[];

  @Field(() => PageInfo, { description: 'Whether more rows follow, and the cursor to fetch them.' })
  pageInfo!: PageInfo;
}
