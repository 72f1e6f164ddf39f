/**
 * How far the reporting stands behind a relationship. Independent of it, each
 * relationship carries a `confidence` in 0..1: how sure the modeller is that
 * the quoted sources support the relationship as modelled.
 */
export const RELATIONSHIP_STATUSES = [
  'REPORTED',
  'CLAIMED',
  'ALLEGED',
  'ORDERED',
  'ADMITTED',
  'DISPUTED',
  'PLANNED',
] as const;

export type RelationshipStatus = (typeof RELATIONSHIP_STATUSES)[number];

export const STATUS_MEANINGS: Readonly<Record<RelationshipStatus, string>> = {
  REPORTED: 'Reported as fact by the source.',
  CLAIMED: 'Asserted by a party (e.g. a government says so); not established by the source.',
  ALLEGED: 'Alleged, e.g. an accusation or a suspicion.',
  ORDERED: 'Ordered, e.g. by a court; not necessarily carried out.',
  ADMITTED: 'Admitted by the party concerned, e.g. in a court filing.',
  DISPUTED: 'Contested or in question.',
  PLANNED: 'Announced or scheduled for the future.',
};

export function isRelationshipStatus(value: unknown): value is RelationshipStatus {
  return typeof value === 'string' && (RELATIONSHIP_STATUSES as readonly string[]).includes(value);
}

export function isConfidence(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}
