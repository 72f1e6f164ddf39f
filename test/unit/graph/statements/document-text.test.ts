import { documentTextRevisionsStatement, indexedText } from '../../../../src/graph/queries/document-revisions';
import {
  documentRevisionsStatement,
  entitySourcesStatement,
  quotingEntitiesStatement,
  quotingRelationshipsStatement,
  replaceTextStatement,
} from '../../../../src/graph/writes/document-text-statements';

const revision = {
  documentId: 'd',
  revision: 1,
  text: 'old text',
  textSha256: 'old',
  since: '2026-01-01T00:00:00.000Z',
  replacedAt: '2026-02-01T00:00:00.000Z',
  replacedBy: 'key:1',
  reason: 'corrected',
};

/** The Cypher text and parameters of every statement of replaceDocumentText, pinned. */
describe('document text statements', () => {
  it.each([
    ['quotingRelationships', quotingRelationshipsStatement('d')],
    ['quotingEntities', quotingEntitiesStatement('d')],
    ['documentRevisions', documentRevisionsStatement('d')],
    ['replaceText', replaceTextStatement(revision, { text: 'new text', textSha256: 'new', expectedVersion: 3 })],
    ['entitySources', entitySourcesStatement([{ id: 'e', version: 2, sources: { sourceStarts: [4] } }], 't', 'key:1')],
    ['documentTextRevisions', documentTextRevisionsStatement(['d'])],
  ])('%s', (_name, statement) => {
    expect(statement).toMatchSnapshot();
  });

  it('reads a source in the text its digest names, else the first text', () => {
    const texts = {
      current: { text: 'third', textSha256: 's3', revision: 3, since: null },
      retained: [
        { ...revision, revision: 1, text: 'first', textSha256: 's1' },
        { ...revision, revision: 2, text: 'second', textSha256: 's2' },
      ],
    };
    expect(indexedText(texts, 's3')).toBe('third');
    expect(indexedText(texts, 's2')).toBe('second');
    expect(indexedText(texts, undefined)).toBe('first');
    expect(indexedText({ current: texts.current, retained: [] }, undefined)).toBe('third');
  });
});
