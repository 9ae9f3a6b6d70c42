import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config/config';

/** The version in package.json, read at run time so the build output stays free of it. */
export const SERVICE_VERSION: string = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).version;
