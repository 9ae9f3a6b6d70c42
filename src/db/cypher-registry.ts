import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';

/** The folder every query and migration lives in. */
export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

/**
 * Every query the server may run, loaded once from `cypher/**\/*.cypher` and keyed by its
 * path without the extension (`claims/find-claim-by-id`). The registry is also the allowlist:
 * code asks for a query by name and cannot run text of its own. Migrations are kept apart, and
 * so are fragments (`cypher/fragments/`): text several queries share, which a query takes in by
 * a line `// #include fragments/name` — still whole files under cypher/, still parameters only.
 */
export class CypherRegistry {
  /** Each query's parameter names, as its text spells them (`$speakerId`). */
  private readonly parameterNames = new Map<string, ReadonlySet<string>>();

  private constructor(private readonly queries: ReadonlyMap<string, string>) {
    for (const [name, text] of queries) this.parameterNames.set(name, new Set(Array.from(text.matchAll(PARAMETER), (match) => match[1]!)));
  }

  static load(dir: string = CYPHER_DIR): CypherRegistry {
    const files = new Map<string, string>();
    for (const file of listCypherFiles(dir)) {
      const name = path.relative(dir, file).replace(/\\/g, '/').replace(/\.cypher$/, '');
      if (!name.startsWith('migrations/')) files.set(name, fs.readFileSync(file, 'utf8'));
    }
    const queries = new Map<string, string>();
    for (const [name, text] of files) {
      if (!name.startsWith('fragments/')) queries.set(name, withoutCommentLines(withFragments(name, text, files)));
    }
    return new CypherRegistry(queries);
  }

  /** The query text for a name; an unknown name is a programming error. */
  get(name: string): string {
    const text = this.queries.get(name);
    if (text === undefined) throw new Error(`No Cypher query named "${name}" in ${CYPHER_DIR}`);
    return text;
  }

  /**
   * The parameters a query reads. Graph sends only these: callers pass a filter's every key to
   * each of its shapes, and a parameter the query never reads would still be encoded by the
   * driver and decoded by Neo4j on every request (a speaker's page took 25 and reads 12).
   */
  parameters(name: string): ReadonlySet<string> {
    const names = this.parameterNames.get(name);
    if (names === undefined) throw new Error(`No Cypher query named "${name}" in ${CYPHER_DIR}`);
    return names;
  }

  names(): string[] {
    return [...this.queries.keys()].sort();
  }
}

/** A line that takes in a fragment's text: `// #include fragments/statement-rows`. */
const INCLUDE = /^[ \t]*\/\/ #include (fragments\/[\w/-]+)[ \t]*$/gm;

/** The query's text with each include line replaced by its fragment; a missing fragment is a programming error. */
function withFragments(name: string, text: string, files: ReadonlyMap<string, string>): string {
  return text.replace(INCLUDE, (_, fragment: string) => {
    const included = files.get(fragment);
    if (included === undefined) throw new Error(`${name}.cypher includes ${fragment}, which is not a file under cypher/`);
    return included.trimEnd();
  });
}

/** A parameter in query text: `$name` (Cypher's parameters are identifiers after a dollar). */
const PARAMETER = /\$([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * The text sent to Neo4j: the file without its whole-line comments. They explain the query to its
 * reader and are a third to half of a list query's 5 kB, which every request would otherwise
 * encode, send, and have Neo4j hash to find the cached plan. A `//` after code on the same line
 * is kept (it might sit inside a string).
 */
function withoutCommentLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

function listCypherFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.cypher'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
