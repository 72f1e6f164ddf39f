export { PersistedOperations, NOT_ALLOWED, type PersistedMode, type GraphQLHttpParts } from './guard';
export {
  MANIFEST_FILE,
  loadManifest,
  manifestFromFiles,
  operationHash,
  readOperationFiles,
  type PersistedManifest,
  type PersistedOperation,
} from './manifest';
