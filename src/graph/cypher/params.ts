import neo4j from 'neo4j-driver';

import type { Params } from './statement';

/**
 * The one place whole numbers become Cypher integers. JS has one number type
 * and the driver sends it as a float, which LIMIT, SKIP, ranges and offsets
 * refuse; so every builder passes plain numbers and every statement's params
 * go through here on their way out (GraphClient, write transactions, the
 * benchmark's raw target). Non-integers stay floats; nested lists and plain
 * objects are converted throughout; other values (dates, nulls) pass as given.
 */
export function cypherValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return (value as unknown[]).map(cypherValue);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cypherValue(v)]));
  }
  return value;
}

export const cypherParams = (params: Params): Params => cypherValue(params) as Params;
