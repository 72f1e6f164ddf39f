/**
 * The opening of every two-ended path statement: binds `a` and `b`, or null
 * when an id is unknown, so that the statement can say which one is missing
 * instead of returning nothing.
 */
export const BIND_ENDPOINTS = `OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})`;

/** Ids among `from`/`to` that the statement found no entity for. */
export function missingIds(
  row: { fromFound: boolean; toFound: boolean } | undefined,
  from: string,
  to: string,
): string[] {
  const missing: string[] = [];
  if (!row?.fromFound) missing.push(from);
  if (!row?.toFound && to !== from) missing.push(to);
  return missing;
}
