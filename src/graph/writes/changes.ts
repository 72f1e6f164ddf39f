/** The write path, as the API calls it: one function per change, each one transaction with its audit record. */
export type { AuditEntry } from './audit';
export {
  addDocument,
  createEntity,
  updateEntity,
  type EntityChange,
  type EntityUpdate,
  type NewDocument,
  type NewEntity,
} from './entity-changes';
export { addRelationship, type NewRelationship, type RelationshipChange } from './relationship-changes';
export {
  addSource,
  retractRelationship,
  retractSource,
  updateRelationship,
  type NewSource,
  type RelationshipUpdate,
} from './relationship-corrections';
