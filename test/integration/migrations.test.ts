import { GraphClient, applyMigrations, migrations, schemaNames } from '../../src/graph';
import { testDriver } from '../support/neo4j';

const driver = testDriver();
const client = new GraphClient(driver, { database: null, timeoutMs: 60_000 });
afterAll(() => driver.close());

describe('migrations', () => {
  it('have created every index and the id constraint, and a second run creates nothing in one read', async () => {
    const names = await schemaNames(client);
    for (const m of migrations()) expect(names).toContain(m.name);
    const before = client.statements;
    expect(await applyMigrations(client)).toEqual([]);
    expect(client.statements - before).toBe(1);
    const constraints = await client.read<{ name: string; type: string }>(
      'SHOW CONSTRAINTS YIELD name, type RETURN name, type',
    );
    expect(constraints).toContainEqual({ name: 'entity_id', type: 'UNIQUENESS' });
  });

  it('enforce unique entity ids', async () => {
    await driver.executeQuery(`CREATE (:Entity {id: 'migr-dup'})`);
    try {
      await expect(driver.executeQuery(`CREATE (:Entity {id: 'migr-dup'})`)).rejects.toThrow(/already exists/);
    } finally {
      await driver.executeQuery(`MATCH (e:Entity {id: 'migr-dup'}) DELETE e`);
    }
  });
});
