import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every read of relationships passes through src/graph/cypher/relationship-match.ts,
 * where a rule all reads must obey lives once. This guards it: no other file
 * of src/graph writes a relationship pattern (`(a)-[r]->(b)`, `(a)--()`) by
 * hand. Schema statements (migrations) and the write path are not reads.
 */
const GRAPH = join(__dirname, '../../../../src/graph');
const DOOR = 'cypher/relationship-match.ts';
const NOT_READS = ['migrations.ts', 'writes/'];
const RELATIONSHIP_PATTERN = /\)-\[|\]-\(|\)--|--\(|\)<-|->\(/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

it('no statement outside relationship-match.ts writes a relationship pattern', () => {
  const offenders = files(GRAPH)
    .map((file) => relative(GRAPH, file))
    .filter((file) => file !== DOOR && !NOT_READS.some((skip) => file.startsWith(skip)))
    .flatMap((file) =>
      readFileSync(join(GRAPH, file), 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\/\/|\*|\/\*\*)/.test(line) && RELATIONSHIP_PATTERN.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
  expect(offenders).toEqual([]);
});
