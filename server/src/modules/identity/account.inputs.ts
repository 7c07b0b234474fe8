import { IsOptional, Matches, MaxLength, MinLength, ValidateBy, isEmail } from 'class-validator';

import { Field, ID, InputType } from 'type-graphql';
import { Role } from './user.entity.js';

/** The e-mail as typed: surrounding spaces are allowed (they are trimmed), the rest must be an address of at most 254 characters. */
export function IsAccountEmail(field = 'email'): PropertyDecorator {
  return ValidateBy({
    name: 'isAccountEmail',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && value.trim().length <= 254 && isEmail(value.trim()),
      defaultMessage: () => `${field} must be an e-mail address of at most 254 characters`,
    },
  });
}

/**
 * Seed 001's password rules, one message per broken rule: at least 12 characters, an upper-case
 * letter, a lower-case letter and a digit (any script's letters and digits count). At most 1024
 * characters, so hashing stays cheap.
 */
export function PasswordRules(field: string): PropertyDecorator {
  // Each rule under its own name: class-validator keeps one message per name, so two `Matches` would hide each other.
  const rule = (name: string, test: (value: string) => boolean, message: string) =>
    ValidateBy({ name, validator: { validate: (value: unknown) => typeof value === 'string' && test(value), defaultMessage: () => message } });
  const rules: PropertyDecorator[] = [
    rule('passwordMinLength', (value) => [...value].length >= 12, `${field} must be at least 12 characters long`),
    rule('passwordMaxLength', (value) => value.length <= 1024, `${field} must be at most 1024 characters long`),
    rule('passwordUpper', (value) => /\p{Lu}/u.test(value), `${field} must contain an upper-case letter`),
    rule('passwordLower', (value) => /\p{Ll}/u.test(value), `${field} must contain a lower-case letter`),
    rule('passwordDigit', (value) => /\p{Nd}/u.test(value), `${field} must contain a digit`),
  ];
  return (target, key) => {
    for (const decorate of rules) decorate(target, key);
  };
}

@InputType({ description: 'A new account. The e-mail is stored trimmed and lower case.' })
export class SignUpInput {
  @Field({ description: 'Login e-mail, up to 254 characters; case and surrounding spaces do not matter.' })
  @IsAccountEmail()
  email!: string;

  @Field({ description: 'At least 12 characters with an upper-case letter, a lower-case letter and a digit; at most 1024.' })
  @PasswordRules('password')
  password!: string;

  @Field(() => Role, { description: 'ATHLETE (gets a training log) or COACH (gets a roster). ADMIN cannot be chosen.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Unique handle, 3–50 letters, digits, `_`, `.` or `-`; made from the e-mail when omitted.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.-]{3,50}$/, { message: 'username must be 3–50 letters, digits, _, . or -' })
  username?: string | null;

  @Field(() => String, { nullable: true, description: 'Full name, 1–100 characters.' })
  @IsOptional()
  @MinLength(1, { message: 'fullName must not be empty' })
  @MaxLength(100, { message: 'fullName must be at most 100 characters long' })
  fullName?: string | null;
}

@InputType({ description: "A new password for the viewer's account." })
export class ChangePasswordInput {
  @Field({ description: 'The password now in use.' })
  @MinLength(1, { message: 'currentPassword must not be empty' })
  @MaxLength(1024, { message: 'currentPassword must be at most 1024 characters long' })
  currentPassword!: string;

  @Field({ description: 'The new password: at least 12 characters with an upper-case letter, a lower-case letter and a digit.' })
  @PasswordRules('newPassword')
  newPassword!: string;
}

@InputType({ description: 'The login session to end.' })
export class RevokeSessionInput {
  @Field(() => ID, { description: 'The LoginSession (from mySessions) to end.' })
  id!: string;
}
