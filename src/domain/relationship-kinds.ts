import { ENTITY_KINDS, type EntityKind } from './entity-kind-names';

/**
 * Every relationship type, in one table: the kinds allowed at each end, the
 * verb that reads "subject VERB object", and what the type means. The keys are
 * the Neo4j relationship types and THE allow-list for interpolating a type
 * into Cypher. Verbs are past tense, singular ("was deported to"); a Group
 * subject reads them in the plural (see `conjugate`).
 */
export interface RelationshipKind {
  from: readonly EntityKind[];
  to: readonly EntityKind[];
  verb: string;
  /** "object INVERSE subject", where a passive reads better than the default "was VERB by". */
  inverseVerb?: string;
  description: string;
}

const ACTORS = ['Person', 'Government', 'Country', 'Organization'] as const satisfies readonly EntityKind[];
const AUTHORITIES = [
  'Person',
  'Government',
  'Organization',
  'Court',
  'Country',
] as const satisfies readonly EntityKind[];
const PEOPLE = ['Person', 'Group'] as const satisfies readonly EntityKind[];
const DESTINATIONS = ['Country', 'Place', 'Prison'] as const satisfies readonly EntityKind[];

export const RELATIONSHIP_KINDS = {
  INVITED: {
    from: ACTORS,
    to: ACTORS,
    verb: 'invited',
    inverseVerb: 'was invited by',
    description: 'The subject invited the object (to a place or event, named in qualifiers).',
  },
  DEPORTED_TO: {
    from: PEOPLE,
    to: DESTINATIONS,
    verb: 'was deported to',
    description: 'The subject (people) was deported or sent, as part of deportations, to the object.',
  },
  DEPORTED_FROM: {
    from: PEOPLE,
    to: DESTINATIONS,
    verb: 'was deported from',
    description: 'The subject (people) was deported from the object.',
  },
  SENT_TO: {
    from: PEOPLE,
    to: DESTINATIONS,
    verb: 'was sent to',
    description: 'The subject was sent to the object; the reporting says "sent", not "deported".',
  },
  ORDERED_HALT: {
    from: ['Person', 'Court', 'Government'],
    to: ['Event'],
    verb: 'ordered a halt to',
    description: 'The subject (typically a judge or court) directed that the object activity stop.',
  },
  INVOKED: {
    from: AUTHORITIES,
    to: ['Law', 'Document'],
    verb: 'invoked',
    inverseVerb: 'was invoked by',
    description: 'The subject used the object law or authority.',
  },
  LEADS: {
    from: ['Person'],
    to: ['Government', 'Country', 'Organization', 'Court', 'Group'],
    verb: 'led',
    inverseVerb: 'was led by',
    description: 'The subject is or was in power over / at the head of the object.',
  },
  AFFILIATED_WITH: {
    from: ['Person', 'Group', 'Organization'],
    to: ['Organization', 'Group', 'Government'],
    verb: 'was affiliated with',
    description: 'The subject belongs to or is linked with the object (a gang, a party).',
  },
  HOUSED_IN: {
    from: PEOPLE,
    to: ['Prison', 'Place'],
    verb: 'was held in',
    description: 'The subject (detainees) is or was held in the object.',
  },
  CALLED_FOR_IMPEACHMENT_OF: {
    from: ['Person', 'Government', 'Organization'],
    to: ['Person'],
    verb: 'called for the impeachment of',
    description: 'The subject publicly called for the object to be impeached.',
  },
  POSTED: {
    from: ['Person', 'Government', 'Organization'],
    to: ['Document'],
    verb: 'posted',
    inverseVerb: 'was posted by',
    description: 'The subject published the object document online (the platform in qualifiers).',
  },
  THANKED: {
    from: ACTORS,
    to: [...ACTORS, 'Group'],
    verb: 'thanked',
    inverseVerb: 'was thanked by',
    description: 'The subject expressed gratitude to the object (for what, in qualifiers).',
  },
  PRAISED: {
    from: ACTORS,
    to: [...ACTORS, 'Group'],
    verb: 'praised',
    inverseVerb: 'was praised by',
    description: 'The subject spoke approvingly of the object.',
  },
  SENT_BY_MISTAKE: {
    from: ['Government', 'Person', 'Organization'],
    to: PEOPLE,
    verb: 'mistakenly sent',
    inverseVerb: 'was mistakenly sent by',
    description: 'The subject sent the object person somewhere by mistake (destination in qualifiers).',
  },
  ADMITTED_IN_FILING: {
    from: ['Government', 'Person', 'Organization'],
    to: ['Document'],
    verb: 'made an admission in',
    description: 'The subject admitted something in the object court filing (what, in qualifiers).',
  },
  PARTNERED_WITH: {
    from: ACTORS,
    to: ACTORS,
    verb: 'partnered with',
    description: 'The subject worked with the object towards a shared aim (which, in qualifiers).',
  },
  LOCATED_IN: {
    from: ['Prison', 'Place', 'Event', 'Court', 'Organization', 'Government'],
    to: ['Country', 'Place'],
    verb: 'was located in',
    description: 'The subject is, or took place, in the object.',
  },
  WROTE: {
    from: ['Person', 'Government', 'Organization', 'Court'],
    to: ['Document'],
    verb: 'wrote',
    inverseVerb: 'was written by',
    description: 'The subject authored the object document.',
  },
  ADDRESSED_TO: {
    from: ['Document'],
    to: [...ACTORS, 'Court'],
    verb: 'was addressed to',
    description: 'The subject document was addressed to the object.',
  },
  CONDUCTED: {
    from: ACTORS,
    to: ['Event'],
    verb: 'conducted',
    inverseVerb: 'was conducted by',
    description: 'The subject carried out or ran the object activity (a campaign, a crackdown).',
  },
  PARTICIPATED_IN: {
    from: [...ACTORS, 'Group'],
    to: ['Event'],
    verb: 'took part in',
    description: 'The subject took part in the object event or activity (role in qualifiers).',
  },
  TARGETED: {
    from: ['Event', 'Government', 'Person', 'Organization'],
    to: ['Person', 'Group', 'Organization'],
    verb: 'targeted',
    inverseVerb: 'was targeted by',
    description: 'The subject activity or actor was aimed at the object.',
  },
  TOUTED_ROLE_IN: {
    from: ACTORS,
    to: ['Event'],
    verb: 'touted a role in',
    description: 'The subject publicly promoted its own part in the object activity.',
  },
  DEPICTS: {
    from: ['Document'],
    to: ENTITY_KINDS,
    verb: 'showed',
    inverseVerb: 'was shown in',
    description: 'The subject document (a video, a photo) shows the object.',
  },
  CONCERNS: {
    from: ['Event', 'Document'],
    to: ENTITY_KINDS,
    verb: 'concerned',
    description: 'The subject (a dispute, a filing) is about the object.',
  },
  DISOBEYED_ORDER_OF: {
    from: ['Person', 'Government', 'Organization'],
    to: ['Person', 'Court'],
    verb: 'disobeyed an order of',
    description: 'The subject did not comply with an order issued by the object.',
  },
  PUBLICIZED: {
    from: ACTORS,
    to: ['Event', 'Document'],
    verb: 'publicized',
    inverseVerb: 'was publicized by',
    description: 'The subject drew public attention to the object (e.g. "highlighted" in a post).',
  },
  FROM_PLACE: {
    from: ['Person', 'Group', 'Organization'],
    to: ['Country', 'Place'],
    verb: 'was from',
    description: 'The reporting describes the subject as from the object ("a Venezuelan gang", "a Maryland man").',
  },
  PRESIDES_OVER: {
    from: ['Person', 'Court'],
    to: ['Event'],
    verb: 'handled',
    inverseVerb: 'was handled by',
    description: 'The subject judge or court handles the object case.',
  },
  PART_OF: {
    from: ['Event'],
    to: ['Event'],
    verb: 'was part of',
    description: 'The subject event (a hearing, an operation) belongs to the object (a case, a campaign).',
  },
  FILED_IN: {
    from: ['Document'],
    to: ['Event', 'Court'],
    verb: 'was filed in',
    description: 'The subject court filing was submitted in the object case or court.',
  },
} as const satisfies Record<string, RelationshipKind>;

export type RelationshipType = keyof typeof RELATIONSHIP_KINDS;

export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_KINDS) as RelationshipType[];

export function isRelationshipType(value: unknown): value is RelationshipType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(RELATIONSHIP_KINDS, value);
}

/** Returns `value` as a RelationshipType or throws naming it and the allowed types (guards Cypher interpolation). */
export function assertRelationshipType(value: unknown): RelationshipType {
  if (isRelationshipType(value)) return value;
  throw new TypeError(
    `Unknown relationship type ${JSON.stringify(value)}; expected one of ${RELATIONSHIP_TYPES.join(', ')}.`,
  );
}

export function relationshipKind(type: RelationshipType): RelationshipKind {
  return RELATIONSHIP_KINDS[type];
}

/**
 * Why a relationship of `type` cannot run from `fromKind` to `toKind`, or null
 * when the table allows it.
 */
export function endpointProblem(type: RelationshipType, end: 'from' | 'to', kind: EntityKind): string | null {
  const allowed: readonly EntityKind[] = RELATIONSHIP_KINDS[type][end];
  if (allowed.includes(kind)) return null;
  return `${type} cannot ${end === 'from' ? 'start at' : 'end at'} a ${kind}; allowed ${end === 'from' ? 'subject' : 'object'} kinds: ${allowed.join(', ')}`;
}
