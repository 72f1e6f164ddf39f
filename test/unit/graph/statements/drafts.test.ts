import {
  draftStatement,
  draftsPageStatement,
  entityNamesStatement,
  knownEntitiesStatement,
  lockDraftStatement,
  putDraftStatement,
  storedDocumentStatement,
} from '../../../../src/graph/drafts/statements';

/** The Cypher text and parameters of every statement drafts run, pinned. */
describe('draft statements', () => {
  const row = {
    id: 'draft-1',
    state: 'OPEN',
    revision: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    title: 'T',
    body: '{}',
  };
  it.each([
    ['knownEntities', knownEntitiesStatement()],
    ['entityNames', entityNamesStatement(['a', 'b'])],
    ['storedDocument', storedDocumentStatement('doc')],
    ['putDraft', putDraftStatement(row)],
    ['lockDraft', lockDraftStatement('draft-1')],
    ['draft', draftStatement('draft-1')],
    ['draftsFirstPage', draftsPageStatement(20, null)],
    ['draftsAfter', draftsPageStatement(5, ['2026-01-01T00:00:00.000Z', 'draft-1'])],
  ])('%s', (_name, statement) => {
    expect(statement).toMatchSnapshot();
  });

  it('no statement of drafts touches an Entity label for writing, and drafts never carry it', () => {
    for (const s of [putDraftStatement(row), lockDraftStatement('x')]) {
      expect(s.cypher).toContain(':Draft');
      expect(s.cypher).not.toContain(':Entity');
    }
  });
});
