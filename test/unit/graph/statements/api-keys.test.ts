import {
  apiKeyForVerificationStatement,
  createApiKeyStatement,
  listApiKeysStatement,
  revokeApiKeyStatement,
  touchApiKeyStatement,
} from '../../../../src/graph/api-keys';

const AT = '2026-01-02T03:04:05.000Z';

describe('API key statements', () => {
  it.each([
    [
      'create',
      createApiKeyStatement({
        id: '0123456789abcdef',
        hash: 'ab'.repeat(32),
        name: 'dashboard',
        scopes: ['read'],
        at: AT,
        createdBy: 'system:keys-cli',
      }),
    ],
    ['verify', apiKeyForVerificationStatement('0123456789abcdef')],
    ['list active', listApiKeysStatement(false)],
    ['revoke', revokeApiKeyStatement({ id: '0123456789abcdef', at: AT, revokedBy: 'key:fedcba9876543210' })],
    ['touch', touchApiKeyStatement({ id: '0123456789abcdef', at: AT })],
  ])('%s', (_name, statement) => {
    expect(statement).toMatchSnapshot();
  });

  it('match only the ApiKey label, and return the hash only to verification', () => {
    const statements = [
      createApiKeyStatement({ id: 'i', hash: 'h', name: 'n', scopes: [], at: AT, createdBy: 'c' }),
      apiKeyForVerificationStatement('i'),
      listApiKeysStatement(true),
      revokeApiKeyStatement({ id: 'i', at: AT, revokedBy: 'b' }),
      touchApiKeyStatement({ id: 'i', at: AT }),
    ];
    for (const { cypher } of statements) {
      expect(cypher).toMatch(/\(k:ApiKey[ )]/);
      expect(cypher).not.toMatch(/Entity|DETACH|DELETE|-\[/);
    }
    const returningHash = statements.filter(({ cypher }) => /\.hash|hash AS/.test(cypher.split('RETURN')[1] ?? ''));
    expect(returningHash).toEqual([apiKeyForVerificationStatement('i')]);
  });
});
