/** Writes ../schema.graphql from the resolvers (run by the server's build). */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildAppSchema, printSchemaFile } from './schema.js';

export const schemaFilePath = fileURLToPath(new URL('../../../schema.graphql', import.meta.url));

if (import.meta.url === `file://${process.argv[1]}`) {
  const schema = await buildAppSchema();
  await writeFile(schemaFilePath, printSchemaFile(schema));
  console.log(`wrote ${schemaFilePath}`);
}
