/**
 * Writes ../schema.graphql from the resolvers (the server's build), or with `--check` fails when
 * the committed file is stale (the test command), so a schema change is always a reviewed diff.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildAppSchema, printSchemaFile } from './schema.js';

export const schemaFilePath = fileURLToPath(new URL('../../../schema.graphql', import.meta.url));

if (import.meta.url === `file://${process.argv[1]}`) {
  const printed = printSchemaFile(await buildAppSchema());
  if (process.argv.includes('--check')) {
    const committed = await readFile(schemaFilePath, 'utf8').catch(() => '');
    if (committed !== printed) {
      console.error('schema.graphql is stale: run `pnpm build` and commit the result.');
      process.exit(1);
    }
    console.log('schema.graphql is up to date');
  } else {
    await writeFile(schemaFilePath, printed);
    console.log(`wrote ${schemaFilePath}`);
  }
  process.exit(0);
}
