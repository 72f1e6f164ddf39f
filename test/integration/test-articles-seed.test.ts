/**
 * The seed loader writes the seed graph and test articles 101 and 102 together
 * (renamed with a unique prefix, as the database is shared with other tests).
 */
import type { Driver } from 'neo4j-driver';

import { countSeedGraph, loadSeedGraph } from '../../src/seed';
import { fixtureDir, prefixGraph, SEEDS_DIR, uniquePrefix, validGraph } from '../fixtures/seeds/helpers';
import { testDriver } from '../support/neo4j';

const database = process.env['NEO4J_DATABASE'];
let driver: Driver;
const prefix = uniquePrefix('ta');

beforeAll(() => {
  driver = testDriver();
});

afterAll(async () => {
  await driver.executeQuery(
    'MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n',
    { prefix },
    { database },
  );
  await driver.close();
});

it('loads the seed dir and the test articles together, each quote from its own article', async () => {
  const graph = prefixGraph(await validGraph(SEEDS_DIR, fixtureDir('test-articles')), prefix);
  const counts = await loadSeedGraph(driver, graph, { database });
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN count(n) AS entities }
     CALL () { MATCH ()-[r]->() WHERE r.id STARTS WITH $prefix RETURN count(r) AS relationships }
     MATCH (:Entity {id: $prefix + 'donald-trump'})-[r:CALLED_FOR_IMPEACHMENT_OF]->(judge:Entity)
     RETURN entities, relationships, judge.id AS judge, r.sourceDocumentIds AS documents ORDER BY judge`,
    { prefix },
    { database },
  );
  expect(records.map((r) => Number(r.get('entities')))[0]).toBe(counts.entities);
  expect(records.map((r) => Number(r.get('relationships')))[0]).toBe(countSeedGraph(graph).relationships);
  // Until resolution merges them, Trump's impeachment calls point at two judges (the seed's judge handling the case, 101's Boasberg), each backed by its own article.
  expect(records.map((r) => [r.get('judge'), r.get('documents')])).toEqual([
    [`${prefix}judge-handling-case`, [`${prefix}article-000-b0502ea1321b6f98`]],
    [
      `${prefix}t101-james-boasberg`,
      [`${prefix}test-article-101-boasberg-impeachment-calls`, `${prefix}test-article-101-boasberg-impeachment-calls`],
    ],
  ]);
});
