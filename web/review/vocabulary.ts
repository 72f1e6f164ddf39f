/**
 * The words of the forms — relationship types with the kinds their ends
 * allow, entity kinds, statuses — from their one home, src/domain (pure
 * data), spelled as the API's enums (`PERSON` for the domain's `Person`).
 */
import { ENTITY_KINDS } from '../../src/domain/entity-kind-names';
import { RELATIONSHIP_KINDS, type RelationshipType } from '../../src/domain/relationship-kinds';
import { RELATIONSHIP_STATUSES } from '../../src/domain/status';

export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_KINDS) as RelationshipType[];
export const ENTITY_KIND_NAMES = ENTITY_KINDS.map((kind) => kind.toUpperCase());
export const STATUSES: readonly string[] = RELATIONSHIP_STATUSES;

/** The kinds (API spelling) a type allows at one end; every kind for a type the page does not know. */
export function allowedKinds(type: string, end: 'from' | 'to'): string[] {
  const kind = (RELATIONSHIP_KINDS as Record<string, { from: readonly string[]; to: readonly string[] }>)[type];
  return kind === undefined ? ENTITY_KIND_NAMES : kind[end].map((k) => k.toUpperCase());
}

export function describeType(type: string): string {
  return (RELATIONSHIP_KINDS as Record<string, { description: string }>)[type]?.description ?? '';
}

/** A <select> of `values` with `selected` chosen. */
export function choice(name: string, values: readonly string[], selected: string | null, label: string) {
  const select = document.createElement('select');
  select.name = name;
  select.setAttribute('aria-label', label);
  for (const value of values) {
    const option = new Option(value, value, false, value === selected);
    select.append(option);
  }
  return select;
}

/** A confidence field: a number from 0 to 1, as the domain bounds it. */
export function confidenceInput(value: number) {
  const input = document.createElement('input');
  Object.assign(input, { name: 'confidence', type: 'number', min: '0', max: '1', step: '0.01', value: String(value) });
  return input;
}
