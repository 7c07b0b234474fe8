import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

/**
 * schema.graphql (emitted by the server build) + the SPA's documents → typed documents in web/src/gql/,
 * and web/src/gql/persisted-documents.json (SHA-256 hash → document), which the server loads at start:
 * the SPA then sends only a document's hash (`extensions.persistedQuery.sha256Hash`).
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'web/src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
        // Bare hex, as `extensions.persistedQuery.sha256Hash` carries it (the preset's 'sha256' prefixes "sha256:").
        persistedDocuments: { hashAlgorithm: (document: string) => createHash('sha256').update(document).digest('hex') },
      },
      // The persisted documents must hold every __typename graphcache adds, or the server would
      // answer a hash with less than the cache needs to normalise it.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: {
          DateTimeISO: 'string',
          LocalDate: 'string',
          JSON: 'unknown',
          ID: 'string',
        },
      },
    },
  },
};

export default config;
