import { exportEntitiesStatement, exportRelationshipsStatement } from '../../../../src/graph/queries/export-pages';

describe('seed-format export statements', () => {
  it('pages entities by id (keyset on the unique id index)', () => {
    expect(exportEntitiesStatement({ after: 'nayib-bukele', limit: 2000 })).toMatchSnapshot();
  });

  it('pages one relationship type by id and version, every version or current ones only', () => {
    expect(
      exportRelationshipsStatement({ type: 'INVITED', after: '', afterVersion: 0, limit: 2000, currentOnly: false }),
    ).toMatchSnapshot();
    expect(
      exportRelationshipsStatement({ type: 'INVITED', after: 'x', afterVersion: 2, limit: 10, currentOnly: true }),
    ).toMatchSnapshot();
  });

  it('refuses a type outside the allow-list instead of interpolating it', () => {
    expect(() =>
      exportRelationshipsStatement({
        type: 'INVITED]->() DETACH DELETE (x',
        after: '',
        afterVersion: 0,
        limit: 1,
        currentOnly: false,
      }),
    ).toThrow(/INVITED/);
  });
});
