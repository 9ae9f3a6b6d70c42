import { Command } from 'commander';
import { readEnvFile } from '../src/config/env-file';
import { ConfigError, loadConfig } from '../src/config/config';
import { EmbeddedNeo4jError, embeddedStatus, startEmbedded, stopEmbedded } from '../src/db/embedded-neo4j';

// Settings from .env first, as the server reads them (the real environment wins).
readEnvFile();

/**
 * `npm run db:start | db:stop | db:status`: manages the embedded Neo4j on
 * EMBEDDED_NEO4J_PORT. With NEO4J_URI set there is nothing to manage, and it says so.
 */
const program = new Command('db')
  .description('Start, stop or inspect the embedded Neo4j used when NEO4J_URI is not set.')
  .showHelpAfterError();

function embeddedSettings() {
  const config = loadConfig();
  if (!config.neo4j.embedded) {
    console.log(`NEO4J_URI is set (${config.neo4j.uri}): the service uses that server and the embedded Neo4j is not needed.`);
    process.exit(0);
  }
  return config.embedded;
}

program
  .command('start')
  .description('download Neo4j on first use, start it, and wait until Bolt answers')
  .action(async () => {
    const settings = embeddedSettings();
    const began = Date.now();
    const result = await startEmbedded(settings, (line) => console.log(line));
    const seconds = ((Date.now() - began) / 1000).toFixed(1);
    console.log(`${result.started ? 'Started' : 'Already running:'} Neo4j on ${result.uri} (pid ${result.pid}) in ${seconds} s`);
  });

program
  .command('stop')
  .description('stop the embedded Neo4j')
  .action(async () => {
    const stopped = await stopEmbedded(embeddedSettings());
    console.log(stopped ? 'Stopped the embedded Neo4j.' : 'The embedded Neo4j was not running.');
  });

program
  .command('status')
  .description('say whether the embedded Neo4j runs and answers; exits 1 when it does not')
  .action(async () => {
    const status = await embeddedStatus(embeddedSettings());
    console.log(JSON.stringify(status, null, 2));
    process.exitCode = status.boltAnswers ? 0 : 1;
  });

program.parseAsync().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof EmbeddedNeo4jError;
  console.error(known ? (error as Error).message : error);
  process.exit(1);
});
