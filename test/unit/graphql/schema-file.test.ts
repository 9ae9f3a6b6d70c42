import fs from 'node:fs';
import path from 'node:path';
import { emitSchemaSDL } from '../../../src/graphql/schema';

describe('schema/schema.graphql', () => {
  it('is exactly what the code emits (run `npm run build` to refresh it)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await emitSchemaSDL());
  });
});
