import type { EntityPropertyValue } from '../entity-kinds';
import { normalizeText, textTokens } from './normalize';
import type { ResolutionEntity } from './types';

/** Properties that say how a record was made, not what the entity is: never a conflict. */
const BOOKKEEPING = /Precision$|Note$|^url$/;

/**
 * Roles, kind properties and description words, compared as TF-IDF vectors
 * (cosine), so "judge" shared by every judge counts less than "Maryland".
 */
export class ContextIndex {
  private readonly vectors = new Map<string, Map<string, number>>();

  constructor(entities: readonly ResolutionEntity[]) {
    const bags = new Map<string, string[]>();
    const df = new Map<string, number>();
    for (const entity of entities) {
      const words = [...propertyWords(entity.properties), ...textTokens(entity.description ?? '')];
      bags.set(entity.id, words);
      for (const word of new Set(words)) df.set(word, (df.get(word) ?? 0) + 1);
    }
    const n = Math.max(entities.length, 1);
    for (const [id, words] of bags) {
      const vector = new Map<string, number>();
      for (const word of words) vector.set(word, (vector.get(word) ?? 0) + Math.log(1 + n / df.get(word)!));
      const norm = Math.hypot(...vector.values());
      for (const [word, weight] of vector) vector.set(word, weight / (norm || 1));
      this.vectors.set(id, vector);
    }
  }

  /** Cosine of the two vectors; pushes the words that weigh most in it to `notes`. */
  similarity(a: string, b: string, notes?: string[]): number {
    const left = this.vectors.get(a);
    const right = this.vectors.get(b);
    if (!left || !right) return 0;
    let dot = 0;
    const shared: Array<[string, number]> = [];
    for (const [word, weight] of left) {
      const other = right.get(word);
      if (other === undefined) continue;
      dot += weight * other;
      if (notes) shared.push([word, weight * other]);
    }
    shared.sort((x, y) => y[1] - x[1]);
    if (shared.length > 0)
      notes?.push(
        `words in common: ${shared
          .slice(0, 6)
          .map(([word]) => word)
          .join(', ')}`,
      );
    return Math.min(1, dot);
  }
}

function propertyWords(properties: Readonly<Record<string, EntityPropertyValue>>): string[] {
  return Object.entries(properties)
    .filter(([name, value]) => !BOOKKEEPING.test(name) && value !== null)
    .flatMap(([, value]) => (Array.isArray(value) ? value : [String(value)]))
    .flatMap((text) => textTokens(text));
}

/** Kind properties both sides give, differently (lists and bookkeeping fields aside). */
export function propertyConflicts(a: ResolutionEntity, b: ResolutionEntity, notes?: string[]): number {
  let conflicts = 0;
  for (const [name, value] of Object.entries(a.properties)) {
    const other = b.properties[name];
    if (BOOKKEEPING.test(name) || Array.isArray(value) || Array.isArray(other)) continue;
    if (value === null || other === null || other === undefined) continue;
    if (normalizeText(String(value)).trim() !== normalizeText(String(other)).trim()) {
      conflicts += 1;
      notes?.push(`${name}: ${JSON.stringify(value)} vs ${JSON.stringify(other)}`);
    }
  }
  return Math.min(1, conflicts / 2);
}
