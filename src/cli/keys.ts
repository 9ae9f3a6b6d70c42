import { Command, Option } from 'commander';
import { readEnvFile } from '../config/env-file';
import { ConfigError, loadConfig } from '../config/config';
import { EmbeddedNeo4jError } from '../db/embedded-neo4j';
import { Role } from '../model/enums';
import { operatorActor } from './operator';
import { ApiKeyService } from '../services/api-key.service';
import { openGraphForCli } from './open-graph';

// Settings from .env first, as the server reads them (the real environment wins).
readEnvFile();

/**
 * `npm run --silent keys -- create --role ROLE --name NAME | list | revoke ID`.
 * `create` prints the new key as its last line, once: only its hash is stored.
 */
const program = new Command('keys').description('Create, list and revoke API keys.').showHelpAfterError();

/** The audit trail names whoever ran the command by their login (the CLI has no API key). */
const operator = operatorActor();

async function withKeys<T>(work: (keys: ApiKeyService) => Promise<T>): Promise<T> {
  const { graph, close } = await openGraphForCli(loadConfig(), (line) => process.stderr.write(`${line}\n`));
  try {
    return await work(new ApiKeyService(graph));
  } finally {
    await close();
  }
}

program
  .command('create')
  .description('create a key and print it (last line); it cannot be shown again')
  .addOption(new Option('--role <role>', 'FACT_CHECKER, EDITOR or ADMIN').choices(Object.values(Role)).makeOptionMandatory())
  .requiredOption('--name <name>', 'who the key is for; recorded with every write it makes')
  .action(async ({ role, name }: { role: Role; name: string }) => {
    const { key, record } = await withKeys((keys) => keys.create(name, role, operator));
    process.stderr.write(`Created ${record.role} key "${record.name}" (id ${record.id}). Store it now: it is not shown again.\n`);
    process.stdout.write(`${key}\n`);
  });

program
  .command('list')
  .description('list keys (never their secrets)')
  .action(async () => {
    const records = await withKeys((keys) => keys.list());
    for (const r of records) {
      process.stdout.write(`${r.id}\t${r.role}\t${r.name}\t${r.prefix}…\tcreated ${r.createdAt}${r.revokedAt ? `\trevoked ${r.revokedAt}` : ''}\n`);
    }
    if (records.length === 0) process.stderr.write('No keys yet: npm run --silent keys -- create --role ADMIN --name you\n');
  });

program
  .command('revoke <id>')
  .description('revoke a key at once')
  .action(async (id: string) => {
    const record = await withKeys((keys) => keys.revoke(id, operator));
    if (!record) {
      process.stderr.write(`No key with id ${id}\n`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`Revoked "${record.name}" (${record.role}) at ${record.revokedAt}\n`);
  });

program.parseAsync().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof EmbeddedNeo4jError;
  process.stderr.write(`${known ? (error as Error).message : String(error)}\n`);
  process.exit(1);
});
