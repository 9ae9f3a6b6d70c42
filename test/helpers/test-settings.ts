import path from 'node:path';
import { loadConfig, type Config, type Neo4jTarget } from '../../src/config/config';

/**
 * The tests' own embedded Neo4j listens on its own port and keeps its own data folder, so a
 * developer's running instance (default 7687) is never touched. TEST_NEO4J_PORT moves it.
 */
export function testEmbeddedSettings(port = Number(process.env.TEST_NEO4J_PORT ?? 7688)): Config['embedded'] {
  const base = loadConfig({ ...process.env, NEO4J_URI: '', EMBEDDED_NEO4J_PORT: String(port) });
  return { ...base.embedded, dir: process.env.EMBEDDED_NEO4J_DIR ?? path.join(__dirname, '..', '..', '.neo4j') };
}

/** The Neo4j the tests use: NEO4J_URI when given, else the tests' embedded one. */
export function testNeo4jTarget(): Neo4jTarget {
  const config = loadConfig({ ...process.env, EMBEDDED_NEO4J_PORT: String(testEmbeddedSettings().port) });
  return config.neo4j;
}
