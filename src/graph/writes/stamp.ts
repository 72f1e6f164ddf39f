import { createHash } from 'node:crypto';

import type { Actor } from '../../domain/viewer';

/** Who writes and when: one per logical change, read from the server clock once. */
export interface WriteStamp {
  /** ISO 8601, UTC, millisecond precision: compares as text in time order. */
  at: string;
  actor: Actor;
}

export const stampNow = (actor: Actor): WriteStamp => ({ at: new Date().toISOString(), actor });

/** A digest of stored content (canonical JSON), so the seed can tell an unchanged fact from a changed one. */
export function digestOf(content: unknown): string {
  const canonical = JSON.stringify(content, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
