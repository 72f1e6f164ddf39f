import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Kind, parse, type OperationDefinitionNode } from 'graphql';

/**
 * The allow-list of vetted operations, in the format of Apollo's persisted
 * query manifests: each operation's `id` is the sha256 (hex) of `body`, the
 * exact document text a client sends. Built from operations/*.graphql by
 * `npm run persisted:build`; committed, and checked fresh by `npm test`.
 */
export interface PersistedOperation {
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

export interface PersistedManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: PersistedOperation[];
}

export const MANIFEST_FILE = 'persisted-operations.json';

/** sha256 of the document text, hex: the `id` of the manifest and APQ's `sha256Hash`. */
export function operationHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * One manifest entry per file: a file holds exactly one named operation (and
 * the fragments it uses), and its whole text, byte for byte, is the body, so
 * a client that bundles the file sends exactly what was hashed.
 */
export function manifestFromFiles(files: ReadonlyArray<{ path: string; text: string }>): PersistedManifest {
  const operations = files.map(({ path, text }) => {
    const document = parse(text);
    const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (ops.length !== 1) throw new Error(`${path}: expected exactly one operation, found ${ops.length}.`);
    const op = ops[0]!;
    if (op.name === undefined)
      throw new Error(`${path}: the operation needs a name (dashboards and logs refer to it by name).`);
    return { id: operationHash(text), name: op.name.value, type: op.operation, body: text };
  });
  const seen = new Map<string, string>();
  for (const op of operations) {
    const other = seen.get(op.name);
    if (other !== undefined) throw new Error(`Operation name ${op.name} is used twice in operations/.`);
    seen.set(op.name, op.id);
  }
  operations.sort((a, b) => a.name.localeCompare(b.name));
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}

export function readOperationFiles(dir: string): Array<{ path: string; text: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({ path: join(dir, file), text: readFileSync(join(dir, file), 'utf8') }));
}

/** The manifest's operations by id; throws naming the file when it is missing or malformed. */
export function loadManifest(path: string): Map<string, PersistedOperation> {
  if (!existsSync(path)) throw new Error(`No persisted operations manifest at ${path}: run npm run persisted:build.`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Partial<PersistedManifest>;
  if (manifest.format !== 'apollo-persisted-query-manifest' || !Array.isArray(manifest.operations)) {
    throw new Error(
      `${path} is not a persisted query manifest (format apollo-persisted-query-manifest, operations[]).`,
    );
  }
  return new Map(manifest.operations.map((op) => [op.id, op]));
}
