import { DecimalType, type Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { Subject } from '../identity/subject.entity.js';
import { Routine } from '../planning/routine.entity.js';
import { ImportSource, ImportStatus } from './health.enums.js';
import { SUBJECT_OWNED } from '../../db/tenant-policies.js';

/** Raw text or CSV an athlete imported, what the parser read from it and how sure it was (seed 002). */
@Entity({ tableName: 'import_logs', policies: SUBJECT_OWNED })
@Index({ name: 'ix_import_logs_subject_created', properties: ['subject', 'createdAt'] })
@Check({ name: 'ck_import_logs_confidence_range', expression: 'confidence >= 0 and confidence <= 1' })
@Check({ name: 'ck_import_logs_raw_not_empty', expression: 'length(raw_text) > 0' })
export class ImportLog extends BaseEntity {
  @ManyToOne(() => Subject, { deleteRule: 'cascade' })
  subject!: Subject;

  @Enum({ items: () => ImportSource })
  source!: ImportSource;

  @Enum({ items: () => ImportStatus, default: ImportStatus.PARSED })
  status: Opt<ImportStatus> = ImportStatus.PARSED;

  @Property({ type: 'text' })
  rawText!: string;

  /** Parsed rows, each with its own confidence. */
  @Property({ type: 'json', columnType: 'jsonb', nullable: true })
  parsedRows?: unknown[] | null;

  /** The lowest row confidence, 0..1. */
  @Property({ type: new DecimalType('number'), precision: 3, scale: 2, nullable: true })
  confidence?: number | null;

  /** The routine the import created or fed, if any. */
  @ManyToOne(() => Routine, { nullable: true, deleteRule: 'set null' })
  routine?: Routine | null;
}
