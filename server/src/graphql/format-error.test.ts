import 'reflect-metadata';
import { locatedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { createFormatError } from './format-error.js';

describe('formatError', () => {
  it('masks and logs a validator that threw (it arrives in place of the list of failures) instead of failing itself', () => {
    const logged: unknown[] = [];
    const format = createFormatError((_message, error) => logged.push(error));
    // What type-graphql builds when a class-validator constraint throws: validator's isEmail on a lone surrogate.
    const thrown = new URIError('URI malformed');
    const error = locatedError(new ArgumentValidationError(thrown as never), undefined, ['logIn']);

    const formatted = format(error.toJSON(), error);

    expect(formatted).toEqual({
      message: expect.stringMatching(/^Something went wrong on our side\. Quote error id [0-9a-f-]{36} if you report it\.$/),
      path: ['logIn'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId: expect.any(String) },
    });
    expect(logged).toEqual([thrown]);
  });

  it('still answers BAD_USER_INPUT naming each field for a list of validation failures', () => {
    const format = createFormatError(() => {});
    const failures = [{ property: 'email', constraints: { isEmail: 'email must be an e-mail address' }, children: [] }];
    const error = locatedError(new ArgumentValidationError(failures as never), undefined, ['signUp']);

    expect(format(error.toJSON(), error)).toEqual({
      message: 'email must be an e-mail address',
      path: ['signUp'],
      extensions: { code: 'BAD_USER_INPUT', field: 'email', fields: [{ field: 'email', messages: ['email must be an e-mail address'] }] },
    });
  });
});
