export { ApiKeyStore, type ApiKeyStoreOptions, type KeyCheck } from './store';
export {
  apiKeyForVerificationStatement,
  createApiKeyStatement,
  listApiKeysStatement,
  revokeApiKeyStatement,
  touchApiKeyStatement,
} from './statements';
