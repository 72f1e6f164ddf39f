export {
  writeSeedGraph,
  hasEntities,
  seedClient,
  entityStatement,
  relationshipStatement,
  SEED_ACTOR,
} from './seed-graph';
export type { WriteSeedOptions, WrittenCounts } from './seed-graph';
export { seedRows, relationshipRow, sourceLists } from './seed-rows';
export type { SeedRows, EntityWriteRow, RelationshipWriteRow } from './seed-rows';
