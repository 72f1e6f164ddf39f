import { ENTITY_KINDS } from '../../domain/entity-kinds';
import { entityKindEnumValue } from '../sdl/domain-enums';

/** GraphQL `PERSON` is the domain's `Person`: resolvers see domain values only. */
export const entityKindResolvers = Object.fromEntries(ENTITY_KINDS.map((kind) => [entityKindEnumValue(kind), kind]));
