/**
 * `npm run keys -- create --name NAME --scope read|write|admin [--scope …]`,
 * `npm run keys -- list [--all]`, `npm run keys -- revoke ID`: API keys from
 * the command line, through the same store the server uses. `create` prints
 * the secret once, alone on stdout (so `$(npm run --silent keys -- create …)`
 * captures it); everything else goes to stderr. Connection as the server's:
 * NEO4J_URI etc., or, when it is unset, the project's local Neo4j (which only
 * one process can open: stop `npm start` first, or see the README).
 */
import { ConfigError, loadConfig } from '../config';
import { checkApiKeyRequest, systemViewer, type ApiKey } from '../domain';
import { ApiKeyStore, GraphClient } from '../graph';
import { openDatabase } from './database';

const USAGE = `usage: npm run keys -- create --name NAME --scope read|write|admin [--scope …]
       npm run keys -- list [--all]
       npm run keys -- revoke ID`;

type Command =
  { kind: 'create'; name: string; scopes: string[] } | { kind: 'list'; all: boolean } | { kind: 'revoke'; id: string };

function fail(message: string, code = 2): never {
  process.stderr.write(`keys: ${message}\n${code === 2 ? `${USAGE}\n` : ''}`);
  process.exit(code);
}

function parseArgs(argv: readonly string[]): Command {
  const [verb, ...rest] = argv;
  if (verb === 'list' && rest.every((a) => a === '--all')) return { kind: 'list', all: rest.length > 0 };
  if (verb === 'revoke' && rest.length === 1 && !rest[0]!.startsWith('-')) return { kind: 'revoke', id: rest[0]! };
  if (verb !== 'create') fail(verb === undefined ? 'no command given' : `unexpected arguments "${argv.join(' ')}"`);
  let name: string | undefined;
  const scopes: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const [flag, inline] = rest[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? rest[++i];
    if (value === undefined) fail(`${flag} needs a value`);
    if (flag === '--name') name = value;
    else if (flag === '--scope') scopes.push(value);
    else fail(`unexpected argument "${flag}"`);
  }
  if (name === undefined) fail('create needs --name');
  return { kind: 'create', name, scopes };
}

function describe(key: ApiKey): string {
  const state = key.revokedAt ? `revoked ${key.revokedAt} by ${key.revokedBy}` : 'active';
  return `${key.id}  ${JSON.stringify(key.name)}  scopes=${key.scopes.join(',')}  created ${key.createdAt} by ${key.createdBy}  last used ${key.lastUsedAt ?? 'never'}  ${state}`;
}

async function main(): Promise<void> {
  const command = parseArgs(process.argv.slice(2));
  // Checked before connecting: a typo costs no database start.
  const request = command.kind === 'create' ? checkApiKeyRequest(command.name, command.scopes) : null;
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const client = new GraphClient(database.driver, { database: config.neo4j.database, timeoutMs: 30_000 });
    const store = new ApiKeyStore({ cacheMs: 0 });
    const actor = systemViewer('keys-cli').actor;
    if (request !== null) {
      const { key, token } = await store.create(client, request, actor);
      process.stderr.write(`created ${describe(key)}\nThe secret below is shown once and stored only as a hash:\n`);
      process.stdout.write(`${token}\n`);
    } else if (command.kind === 'list') {
      const keys = await store.list(client, command.all);
      process.stderr.write(`${keys.length} key(s)${command.all ? '' : ' (active; --all for revoked too)'}\n`);
      process.stdout.write(keys.map((key) => `${describe(key)}\n`).join(''));
    } else if (command.kind === 'revoke') {
      const key = await store.revoke(client, command.id, actor);
      if (key === null) fail(`no API key with id "${command.id}" (npm run keys -- list --all)`, 1);
      process.stdout.write(`${describe(key)}\n`);
      process.stderr.write('Servers that use this database refuse it within API_KEY_CACHE_MS (default 30 s).\n');
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`keys: ${error instanceof ConfigError ? error.message : (error as Error).message}\n`);
  process.exit(1);
});
