import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config/config';
import { emitSchemaSDL } from '../src/graphql/schema';

/** Writes schema/schema.graphql from the code; part of `npm run build`. */
async function main(): Promise<void> {
  const file = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');
  fs.writeFileSync(file, await emitSchemaSDL());
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

void main();
