import { distance } from 'fastest-levenshtein';

import { nameTokens } from './normalize';
import type { ResolutionEntity } from './types';

/**
 * An alias that opens with an article or a possessive ("the president", "her
 * order") is a description, not a name: it matches at this fraction of its similarity.
 */
const DESCRIPTION = 0.6;
const DESCRIPTIVE = /^(the|an?|his|her|its|their)\s/i;

/** Two tokens this close (1 - edits / longer length) are the same word misspelt or transliterated. */
const FUZZY_TOKEN = 0.8;

export interface NameMatch {
  value: number;
  /** The two names (or aliases) that matched best, as written. */
  left: string;
  right: string;
}

interface Form {
  text: string;
  /** Distinct tokens. */
  tokens: string[];
  /** Sum of the tokens' weights. */
  total: number;
  factor: number;
}

/**
 * Name and alias similarity between entities, with rare words weighted up
 * (inverse document frequency over all entities' names): sharing "Boasberg"
 * says more than sharing "prison". Built once per input.
 */
export class NameIndex {
  private readonly idf = new Map<string, number>();
  private readonly forms = new Map<string, Form[]>();

  constructor(entities: readonly ResolutionEntity[]) {
    const df = new Map<string, number>();
    const raw = new Map<string, Array<{ text: string; tokens: string[] }>>();
    for (const entity of entities) {
      const forms = [entity.name, ...entity.aliases]
        .map((text) => ({ text, tokens: [...new Set(nameTokens(text))] }))
        .filter((form) => form.tokens.length > 0);
      raw.set(entity.id, forms);
      for (const token of new Set(forms.flatMap((form) => form.tokens))) df.set(token, (df.get(token) ?? 0) + 1);
    }
    const n = Math.max(entities.length, 1);
    for (const [token, count] of df) this.idf.set(token, Math.log(1 + n / count));
    for (const [id, forms] of raw) {
      this.forms.set(
        id,
        forms.map(({ text, tokens }) => ({
          text,
          tokens,
          total: tokens.reduce((sum, token) => sum + this.weight(token), 0),
          factor: DESCRIPTIVE.test(text) ? DESCRIPTION : 1,
        })),
      );
    }
  }

  /**
   * Blocking keys of an entity's names: each word's first four letters (so
   * "Boasberg" meets "Boasburg"), and each pair of words in one name (a key
   * far rarer than either word: "ana garc" of "Ana García López").
   */
  blockingKeys(id: string): Set<string> {
    const keys = new Set<string>();
    for (const form of this.forms.get(id) ?? []) {
      const prefixes = [...new Set(form.tokens.slice(0, 6).map((token) => token.slice(0, 4)))].sort();
      prefixes.forEach((prefix, i) => {
        keys.add(prefix);
        for (const next of prefixes.slice(i + 1)) keys.add(`${prefix} ${next}`);
      });
    }
    return keys;
  }

  /** The best-matching pair of names or aliases of `a` and `b`. */
  similarity(a: string, b: string): NameMatch {
    let best: NameMatch = { value: 0, left: '', right: '' };
    for (const left of this.forms.get(a) ?? []) {
      for (const right of this.forms.get(b) ?? []) {
        const value = this.formSimilarity(left, right) * Math.min(left.factor, right.factor);
        if (value > best.value) best = { value, left: left.text, right: right.text };
      }
    }
    return best;
  }

  private weight(token: string): number {
    return this.idf.get(token) ?? 1;
  }

  /**
   * Half weighted Jaccard, half weighted containment: "Bukele" against "Nayib
   * Bukele" scores well (one is inside the other), "supermax prison" against
   * "Salvadoran prison" less (only the common word is shared).
   */
  private formSimilarity(left: Form, right: Form): number {
    const unmatched = [...right.tokens];
    let shared = 0;
    for (const token of left.tokens) {
      const at = unmatched.findIndex((other) => other === token || closeEnough(token, other));
      if (at < 0) continue;
      shared += Math.min(this.weight(token), this.weight(unmatched[at]!));
      unmatched.splice(at, 1);
    }
    if (shared === 0) return 0;
    const jaccard = shared / (left.total + right.total - shared);
    const containment = shared / Math.min(left.total, right.total);
    return Math.min(1, (jaccard + containment) / 2);
  }
}

function closeEnough(a: string, b: string): boolean {
  const longer = Math.max(a.length, b.length);
  if (longer < 5 || Math.abs(a.length - b.length) > 2) return false;
  return 1 - distance(a, b) / longer >= FUZZY_TOKEN;
}
