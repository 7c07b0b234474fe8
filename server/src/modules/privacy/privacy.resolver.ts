import { MaxLength } from 'class-validator';
import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ErasureMode, eraseMyAccount } from './erase.service.js';
import { EXPORT_FORMAT, exportMyData } from './export.service.js';

registerEnumType(ErasureMode, {
  name: 'ErasureMode',
  description: 'What erasing an account leaves behind.',
  valuesConfig: {
    ANONYMIZE: { description: 'The account goes; the training history stays, anonymous, without profile, notes or imports (for research and your coach’s statistics).' },
    EVERYTHING: { description: 'The account and all of its training data go.' },
  },
});

@ObjectType({ description: 'Everything Repwise holds about you, as of one moment.' })
class ExportMyDataPayload {
  @Field(() => Date, { description: 'When the snapshot was taken.' })
  exportedAt!: Date;

  @Field({ description: `The format of \`json\`: "${EXPORT_FORMAT}".` })
  format!: string;

  @Field({
    description:
      'A JSON document: your account (no password hash), settings, coaching links, login sessions, exercises you created, your audit trail, ' +
      'and for an athlete every row of training data (sessions, set logs, records, routines with their days, exercises, sets and rules, cycles, health data). Weights in kg.',
  })
  json!: string;

  @Field({ description: 'Your set logs as CSV with a header row, oldest first, weights in kg (empty but for the header for an account without a log).' })
  setLogsCsv!: string;

  @Field(() => Int, { description: 'Rows in setLogsCsv after the header.' })
  setLogCount!: number;
}

@InputType({ description: 'Confirm who you are and what should remain.' })
class DeleteMyAccountInput {
  @Field({ description: 'Your current password.' })
  @MaxLength(1000, { message: 'password must be at most 1,000 characters' })
  password!: string;

  @Field(() => ErasureMode, { defaultValue: ErasureMode.ANONYMIZE, description: 'ANONYMIZE (default) keeps your history anonymous; EVERYTHING deletes it too.' })
  mode!: ErasureMode;
}

@ObjectType({ description: 'What the erasure did.' })
class DeleteMyAccountPayload {
  @Field(() => ErasureMode, { description: 'The mode applied.' })
  mode!: ErasureMode;

  @Field(() => Int, { description: 'Sessions of training history kept anonymously (0 with EVERYTHING).' })
  anonymousSessionsKept!: number;
}

@Resolver()
export class PrivacyResolver {
  @Mutation(() => ExportMyDataPayload, {
    description: 'Download all of your data (JSON, and your set logs as CSV). It is recorded in your audit trail as data_export.',
  })
  async exportMyData(@Ctx() ctx: Context): Promise<ExportMyDataPayload> {
    const result = await exportMyData(ctx);
    return { ...result, format: EXPORT_FORMAT };
  }

  @Mutation(() => DeleteMyAccountPayload, {
    description:
      'Erase your account for good (your password again, UNAUTHENTICATED if wrong). Your login sessions end at once; your audit trail stays, anonymous. ' +
      'A retry after success answers UNAUTHENTICATED: the account is gone.',
  })
  async deleteMyAccount(@Arg('input', () => DeleteMyAccountInput, { description: 'Your password and the mode.' }) input: DeleteMyAccountInput, @Ctx() ctx: Context): Promise<DeleteMyAccountPayload> {
    return eraseMyAccount(ctx, input.password, input.mode);
  }
}
