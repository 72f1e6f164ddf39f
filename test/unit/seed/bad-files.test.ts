import { ENTITY_KINDS, RELATIONSHIP_TYPES } from '../../../src/domain';
import { validateSeedDir, type SeedError } from '../../../src/seed';
import { fixtureDir } from '../../fixtures/seeds/helpers';

const FILE = 'graph/fixture.json';

async function errorsOf(name: string): Promise<SeedError[]> {
  const validation = await validateSeedDir(fixtureDir(name));
  if (validation.ok) throw new Error(`fixture ${name} unexpectedly validated`);
  return validation.errors;
}

describe('each kind of bad file is rejected with file, path and what was expected', () => {
  it('accepts the good fixture the bad ones are made from', async () => {
    const validation = await validateSeedDir(fixtureDir('good'));
    expect(validation.ok).toBe(true);
  });

  it('unknown entity kind', async () => {
    expect(await errorsOf('bad-unknown-kind')).toEqual([
      {
        file: FILE,
        path: 'entities[3].kind',
        message: `unknown entity kind "Wizard"; expected one of ${ENTITY_KINDS.join(', ')}`,
      },
    ]);
  });

  it('endpoints of kinds the relationship type does not allow', async () => {
    expect(await errorsOf('bad-disallowed-endpoint')).toEqual([
      {
        file: FILE,
        path: 'relationships[0].from',
        message: '"examplestan" is a Country: LEADS cannot start at a Country; allowed subject kinds: Person',
      },
      {
        file: FILE,
        path: 'relationships[0].to',
        message:
          '"alice-example" is a Person: LEADS cannot end at a Person; allowed object kinds: Government, Country, Organization, Court, Group',
      },
    ]);
  });

  it('dangling id', async () => {
    expect(await errorsOf('bad-dangling-id')).toEqual([
      {
        file: FILE,
        path: 'relationships[1].to',
        message: 'no entity has the id, name or alias "carol-nobody" in any graph file',
      },
    ]);
  });

  it('duplicate id within a file', async () => {
    expect(await errorsOf('bad-duplicate-id')).toEqual([
      {
        file: FILE,
        path: 'entities[3].id',
        message: 'duplicate entity id "bob-sample": already declared at entities[1] in this file',
      },
    ]);
  });

  it('quote not in the article, with a hint about typographic quotes', async () => {
    expect(await errorsOf('bad-quote-not-in-article')).toEqual([
      {
        file: FILE,
        path: 'relationships[1].sources[1].quote',
        message:
          'quote "Examplestan\'s \\"big\\" prison" is not an exact substring of articles/fixture.txt' +
          ' (it matches once typographic quotes, apostrophes, dashes or spaces are ignored: copy it from the article, which uses ’ “ ” —)',
      },
    ]);
  });

  it('malformed (impossible) date', async () => {
    expect(await errorsOf('bad-malformed-date')).toEqual([
      {
        file: FILE,
        path: 'relationships[1].date',
        message: '"2025-02-30" is not a calendar day: February 2025 has 28 days',
      },
    ]);
  });

  it('missing article file', async () => {
    expect(await errorsOf('bad-missing-article')).toEqual([
      {
        file: FILE,
        path: 'document.articleFile',
        message: 'article file "articles/missing.txt" was not found in the seeds dir',
      },
    ]);
  });

  it('collects every problem of a file, not just the first', async () => {
    expect(await errorsOf('bad-several')).toEqual([
      {
        file: FILE,
        path: 'entities[2].id',
        message: 'expected a lowercase slug such as "nayib-bukele" (a-z, 0-9, single hyphens), got "Example_Stan"',
      },
      { file: FILE, path: 'relationships[0].confidence', message: 'confidence must be from 0 to 1, got number 1.5' },
      {
        file: FILE,
        path: 'relationships[1].type',
        message: `unknown relationship type "BEFRIENDED"; expected one of ${RELATIONSHIP_TYPES.join(', ')}`,
      },
    ]);
  });
});
