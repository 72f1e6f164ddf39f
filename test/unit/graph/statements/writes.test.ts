import { auditLogStatement } from '../../../../src/graph/queries/audit-log';
import { relationshipsByIdStatement } from '../../../../src/graph/queries/relationships-by-id';
import { auditRecordStatement } from '../../../../src/graph/writes/audit-statements';
import {
  entityStatesStatement,
  factContextStatement,
  lockEntityStatement,
  putEntitiesStatement,
} from '../../../../src/graph/writes/entity-statements';
import {
  createRelationshipsStatement,
  existingEntitiesStatement,
  latestVersionsStatement,
  anyRelationshipStatement,
  lockRelationshipStatement,
  retractRelationshipsStatement,
} from '../../../../src/graph/writes/relationship-statements';
import { resetStatement } from '../../../../src/graph/writes/seed-graph';

/** The Cypher text and parameters of every statement of the write path, pinned. */
describe('write path statements', () => {
  const row = { id: 'r', from: 'a', to: 'b', validFrom: null, validTo: null, props: { id: 'r' } };
  it.each([
    ['entityStates', entityStatesStatement(['a'])],
    ['lockEntity', lockEntityStatement('a')],
    ['putEntities', putEntitiesStatement('Person', [{ id: 'a', props: { id: 'a' } }])],
    ['factContext', factContextStatement(['a'], ['d'])],
    ['anyRelationship', anyRelationshipStatement()],
    ['latestVersions', latestVersionsStatement(['r'])],
    ['lockRelationship', lockRelationshipStatement('r')],
    [
      'retractRelationships',
      retractRelationshipsStatement([{ id: 'r', version: 1, reason: 'x', supersededBy: 2 }], 'T', 'key_1'),
    ],
    ['createRelationships', createRelationshipsStatement('INVITED', [row])],
    ['existingEntities', existingEntitiesStatement(['a'])],
    ['reset', resetStatement()],
    [
      'auditRecord',
      auditRecordStatement({
        id: 'u',
        at: '2026-01-01T00:00:00.000Z',
        actor: { type: 'key', id: 'key_1', name: 'n' },
        operation: 'addRelationship',
        input: { a: 1 },
        before: null,
        after: { b: 2 },
        reason: null,
        entityIds: ['a'],
        relationshipIds: ['r'],
      }),
    ],
    [
      'auditLog',
      auditLogStatement({
        entityId: 'a',
        relationshipId: null,
        actorId: null,
        from: null,
        to: null,
        first: 10,
        after: ['T', 'u'],
      }),
    ],
    ['relationshipsById now', relationshipsByIdStatement(['r'], null)],
    ['relationshipsById knownAt', relationshipsByIdStatement(['r'], '2026-01-01T00:00:00.000Z')],
  ])('%s', (_name, statement) => {
    expect(statement).toMatchSnapshot();
  });

  it('interpolates only allow-listed labels and types', () => {
    expect(() => putEntitiesStatement('Person) DETACH DELETE (x', [])).toThrow(/Unknown entity kind/);
    expect(() => createRelationshipsStatement('INVITED]->() DELETE r //', [])).toThrow(/Unknown relationship type/);
  });
});
