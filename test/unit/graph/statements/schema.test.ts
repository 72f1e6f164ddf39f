import {
  awaitIndexesStatement,
  migrationStatement,
  migrations,
  schemaNamesStatement,
} from '../../../../src/graph/migrations';
import { lockEntityStatement } from '../../../../src/graph/writes/entity-statements';
import { explainStatement } from '../../../../src/graph/writes/warm-up';

/** What the server sends at start: the schema it needs, then the write path's plans. */
describe('schema statements', () => {
  it('names the indexes and constraints, creates each missing one, waits for them', () => {
    expect(schemaNamesStatement()).toMatchSnapshot();
    expect(Object.fromEntries(migrations().map((m) => [m.name, migrationStatement(m)]))).toMatchSnapshot();
    expect(awaitIndexesStatement()).toMatchSnapshot();
  });

  it('every migration is idempotent on its own and named after what it creates', () => {
    for (const m of migrations()) {
      expect(m.cypher).toMatch(/ IF NOT EXISTS /);
      expect(m.cypher).toContain(` ${m.name} `);
    }
  });

  it('warms a plan with EXPLAIN of the very statement, its parameters unchanged', () => {
    const statement = lockEntityStatement('');
    expect(explainStatement(statement)).toEqual({ cypher: `EXPLAIN ${statement.cypher}`, params: statement.params });
  });
});
