import { type DocumentNode, visit } from 'graphql';
import { BadUserInputError } from './errors.js';

/** What is wrong with `text`, or null when it can be stored as sent. */
function flaw(text: string): string | null {
  // PostgreSQL's text cannot hold U+0000: the driver failed ("invalid message format").
  if (text.includes('\u0000')) return 'contains the NUL character (U+0000), which cannot be stored: remove it from the text';
  // A lone surrogate (half of an emoji, say) has no UTF-8 form: it would be stored as U+FFFD, and
  // validator's isEmail threw on it (URIError from encodeURI).
  if (!text.isWellFormed()) return 'holds half of a character (a lone UTF-16 surrogate), which cannot be stored: send well-formed Unicode text';
  return null;
}

/** The path of the first string under `value` that cannot be stored, and why; or null. */
function findFlaw(value: unknown, path: string[]): { path: string[]; flaw: string } | null {
  if (typeof value === 'string') {
    const found = flaw(value);
    return found ? { path, flaw: found } : null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, element] of Object.entries(value)) {
      const found = findFlaw(element, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Refuses, before an operation runs, any string it carries that PostgreSQL could not store as
 * sent, whether in a variable or as a literal in the document. Without this, such a string failed
 * mid-request as an internal error. `field` is the path inside the variable (`name`,
 * `days.0.title`), like the validation errors' fields; the message names the variable too.
 */
export function refuseUnstorableText(document: DocumentNode, variables: Record<string, unknown> | null | undefined): void {
  const found = findFlaw(variables ?? {}, []);
  if (found) {
    const field = found.path.length > 1 ? found.path.slice(1).join('.') : found.path[0]!;
    throw new BadUserInputError(`$${found.path.join('.')} ${found.flaw}.`, field);
  }
  // The document's literals do not change between requests: Apollo hands back the same parsed
  // document for a repeated one, so one that passed is not walked again.
  if (storableDocuments.has(document)) return;
  visit(document, {
    StringValue(node) {
      const literal = flaw(node.value);
      if (literal) throw new BadUserInputError(`A string in the operation ${literal}.`);
    },
  });
  storableDocuments.add(document);
}

const storableDocuments = new WeakSet<DocumentNode>();
