import path from 'node:path';
import dotenv from 'dotenv';

/**
 * Reads `.env` from the folder the process starts in into `target` (process.env by default),
 * as `.env.example` describes: a variable already set in the environment wins over the file,
 * and a missing file is no error. Called first by the server and by every CLI that connects.
 */
export function readEnvFile(dir: string = process.cwd(), target: NodeJS.ProcessEnv = process.env): void {
  dotenv.config({ path: path.join(dir, '.env'), processEnv: target as dotenv.DotenvPopulateInput, quiet: true });
}
