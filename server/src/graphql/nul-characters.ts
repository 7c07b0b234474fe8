import { type DocumentNode, visit } from 'graphql';
import { BadUserInputError } from './errors.js';

/** The path of the first string under `value` that holds U+0000, or null. */
function pathOfNul(value: unknown, path: string[]): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, element] of value.entries()) {
      const found = pathOfNul(element, [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, element] of Object.entries(value)) {
      const found = pathOfNul(element, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * PostgreSQL's text cannot hold the NUL character (U+0000): a string carrying it into any
 * statement failed in the driver ("invalid message format") as an internal error, after the
 * request had started its work. Refused up front instead, for every operation, whether the string
 * comes in a variable or as a literal in the document. `field` is the path inside the variable
 * (`name`, `days.0.title`), like the validation errors' fields; the message names the variable too.
 */
export function refuseNulCharacters(document: DocumentNode, variables: Record<string, unknown> | null | undefined): void {
  const path = pathOfNul(variables ?? {}, []);
  if (path) {
    const field = path.length > 1 ? path.slice(1).join('.') : path[0]!;
    throw new BadUserInputError(`$${path.join('.')} contains the NUL character (U+0000), which cannot be stored: remove it from the text.`, field);
  }
  visit(document, {
    StringValue(node) {
      if (node.value.includes('\u0000')) {
        throw new BadUserInputError('A string in the operation contains the NUL character (U+0000, written \\u0000), which cannot be stored: remove it from the text.');
      }
    },
  });
}
