import { IsString, ValidateBy, type ValidationOptions } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { ImportSource } from '../health/health.enums.js';
import '../health/import-log.type.js';

/** 2 MiB of UTF-8: a multi-year Strong export is well under 1 MB. */
export const MAX_CONTENT_BYTES = 2 * 1024 * 1024;

/** A string with something besides white space in it. */
function NotBlank(options?: ValidationOptions) {
  return ValidateBy({ name: 'notBlank', validator: { validate: (value: unknown) => typeof value === 'string' && value.trim() !== '' } }, options);
}

/** A string of at most `max` bytes in UTF-8 (what is stored and what the limit is about), not UTF-16 code units. */
function MaxBytes(max: number, options?: ValidationOptions) {
  return ValidateBy({ name: 'maxBytes', validator: { validate: (value: unknown) => typeof value === 'string' && Buffer.byteLength(value, 'utf8') <= max } }, options);
}

@InputType({
  description:
    'Import workouts from a Strong or Hevy CSV export, or from free text such as "Bench press 3x8 @ 80kg RPE 8". ' +
    'A dry run (the default) only shows what would be imported.',
})
export class ImportWorkoutsInput {
  @Field(() => ID, { nullable: true, description: "The athlete to import for: your own Athlete id (the default), or, for a coach, an athlete on your roster." })
  athleteId?: string | null;

  @Field(() => ImportSource, { description: 'What `content` is: STRONG_CSV, HEVY_CSV or TEXT. A CSV whose header belongs to the other app is refused, naming what was detected.' })
  format!: ImportSource;

  @Field({ description: 'The export file or the text, as UTF-8; not blank, at most 2 MB.' })
  @IsString({ message: 'content must be a string' })
  @NotBlank({ message: 'content must not be empty' })
  @MaxBytes(MAX_CONTENT_BYTES, { message: 'content must be at most 2 MB (2,097,152 bytes of UTF-8): split the export into several imports' })
  content!: string;

  @Field(() => Boolean, { defaultValue: true, description: 'true (the default): parse and match only, store nothing. false: write the sessions, sets, import log and records.' })
  dryRun!: boolean;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'TEXT only: the calendar day the text describes (default: today, UTC); not after tomorrow. CSV exports carry their own dates.',
  })
  date?: string | null;
}
