import { createHash } from 'node:crypto';

import {
  actorLabel,
  apiKeyHash,
  apiKeyIdOf,
  apiKeyMatches,
  checkApiKeyRequest,
  newApiKeySecret,
  systemViewer,
} from '../../../src/domain';

describe('API key secrets', () => {
  it('are ngk_<id>_<256 random bits>, stored as SHA-256 of the token', () => {
    const a = newApiKeySecret();
    const b = newApiKeySecret();
    expect(a.token).toMatch(/^ngk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.token.slice(21), 'base64url')).toHaveLength(32);
    expect(a.id).not.toBe(b.id);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(createHash('sha256').update(a.token).digest('hex'));
    expect(a.hash).not.toContain(a.token.slice(21));
    expect(apiKeyIdOf(a.token)).toBe(a.id);
  });

  it('match only the exact token', () => {
    const { token, hash } = newApiKeySecret();
    expect(apiKeyMatches(hash, token)).toBe(true);
    expect(apiKeyMatches(hash, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBe(false);
    expect(apiKeyMatches('not hex', token)).toBe(false);
    expect(apiKeyHash(token)).toBe(hash);
  });

  it.each([
    '',
    'ngk_',
    'ngk_0123_abc',
    `ngk_0123456789ABCDEF_${'a'.repeat(43)}`,
    `xyz_0123456789abcdef_${'a'.repeat(43)}`,
  ])('refuse the malformed token %j without a lookup', (token) => expect(apiKeyIdOf(token)).toBeNull());
});

describe('checkApiKeyRequest', () => {
  it('trims the name and orders the scopes', () => {
    expect(checkApiKeyRequest('  dashboard ', ['admin', 'read', 'read'])).toEqual({
      name: 'dashboard',
      scopes: ['read', 'admin'],
    });
  });

  it.each([
    ['', ['read'], /Key name must be 1 to 100 printable characters/],
    ['a\u0007b', ['read'], /printable/],
    ['x'.repeat(101), ['read'], /1 to 100/],
    ['ok', [], /got none/],
    ['ok', ['read', 'root'], /got "read", "root"/],
  ])('refuses name %j with scopes %j', (name, scopes, message) => {
    expect(() => checkApiKeyRequest(name, scopes)).toThrow(message);
  });
});

describe('actorLabel', () => {
  it('keeps actor types apart', () => {
    expect(actorLabel({ type: 'key', id: 'abc', name: 'x' })).toBe('key:abc');
    expect(actorLabel({ type: 'token', id: 'alice', name: 'Alice' })).toBe('token:alice');
    expect(actorLabel(systemViewer('keys-cli').actor)).toBe('system:keys-cli');
  });
});
