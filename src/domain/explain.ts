import type { Entity, Relationship } from './model';
import { RELATIONSHIP_KINDS } from './relationship-kinds';
import type { RelationshipStatus } from './status';
import { temporalPhrase } from './temporal';

/** The status as a reader would hedge a sentence; REPORTED needs no hedge. */
const STATUS_NOTES: Readonly<Record<RelationshipStatus, string | null>> = {
  REPORTED: null,
  CLAIMED: 'claimed',
  ALLEGED: 'alleged',
  ORDERED: 'ordered',
  ADMITTED: 'admitted',
  DISPUTED: 'disputed',
  PLANNED: 'planned',
};

/** A Group names many people: "was deported to" -> "were deported to". */
export function conjugate(verb: string, subject: Pick<Entity, 'kind'>): string {
  if (subject.kind !== 'Group') return verb;
  return verb
    .replace(/^was\b/, 'were')
    .replace(/^is\b/, 'are')
    .replace(/^has\b/, 'have');
}

/** How an entity reads inside a sentence: an unnamed one gets "the" ("the unnamed federal judge"). */
export function mention(entity: Pick<Entity, 'name' | 'named'>): string {
  if (entity.named || /^(the|a|an)\s/i.test(entity.name)) return entity.name;
  return `the ${entity.name}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One readable sentence for a relationship, honest about precision and status:
 * "Donald Trump invited Nayib Bukele (on 14 April 2025)."
 * "Nayib Bukele led El Salvador (since 2019)."
 * "The unnamed federal judge ordered a halt to the deportation campaign (ordered)."
 * A `when` qualifier ("late Wednesday night") is added to the date it narrows.
 */
export function explainRelationship(rel: Relationship, from: Entity, to: Entity): string {
  const verb = conjugate(RELATIONSHIP_KINDS[rel.type].verb, from);
  const notes: string[] = [];
  const when = temporalPhrase(rel.temporal);
  const whenText = typeof rel.qualifiers.when === 'string' ? rel.qualifiers.when : null;
  if (when && whenText) notes.push(`${whenText}, ${when}`);
  else if (when ?? whenText) notes.push((when ?? whenText)!);
  const status = STATUS_NOTES[rel.status];
  if (status) notes.push(status);
  const tail = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  return `${capitalise(mention(from))} ${verb} ${mention(to)}${tail}.`;
}
