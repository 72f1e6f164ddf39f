import type { Relationship, SeedEntity } from '../../domain';
import type { EntityRecordFields, RelationshipRecordFields } from './versions';

/**
 * What a seed load does with a version it carries with its record (an
 * export's history) rather than one it stamps: it is history, so it is
 * stored as given where the graph does not hold the id yet, left alone where
 * the graph holds that version already or has moved past it (a reload never
 * undoes a correction), and refused where the two histories differ.
 */

/** What the graph holds of an id a seed names. */
export interface StoredState {
  id: string;
  version: number | null;
  digest: string | null;
  /** Entities: the last writer; relationships: the writer of the latest version. */
  by: string | null;
  retracted?: boolean;
  recordedAt?: string | null;
}

export function entityRecordOf(e: SeedEntity): EntityRecordFields | null {
  const { version, recordedAt, updatedAt, updatedBy } = e;
  if (version === undefined || recordedAt === undefined || updatedAt === undefined || updatedBy === undefined) {
    return null;
  }
  return { version, recordedAt, updatedAt, updatedBy };
}

export function relationshipRecordOf(r: Relationship): RelationshipRecordFields | null {
  const { version, recordedAt, recordedBy } = r;
  if (version === undefined || recordedAt === undefined || recordedBy === undefined) return null;
  return { version, recordedAt, recordedBy };
}

/** The latest version a seed carries of an id: its number, content digest, and whether it is retracted. */
export interface GivenVersion {
  id: string;
  version: number;
  digest: string;
  retracted: boolean;
}

export type Verdict = 'write' | 'keep' | 'conflict';

export function recordedVerdict(stored: StoredState | undefined, given: GivenVersion): Verdict {
  if (!stored || stored.version === null) return 'write';
  if (stored.version > given.version) return 'keep';
  const same = stored.version === given.version && stored.digest === given.digest;
  // The graph may have withdrawn since; a seed that knows of a withdrawal the graph does not is another history.
  if (same && (stored.retracted === true || !given.retracted)) return 'keep';
  return 'conflict';
}

export interface HistoryConflict {
  what: 'entity' | 'relationship';
  given: GivenVersion;
  stored: StoredState;
}

const MAX_LISTED = 10;

/** The error of a load whose recorded versions disagree with the graph's: nothing is written. */
export function historyConflictError(conflicts: readonly HistoryConflict[]): Error {
  const listed = conflicts
    .slice(0, MAX_LISTED)
    .map(
      ({ what, given, stored }) =>
        `${what} "${given.id}": the seed has version ${given.version}${given.retracted ? ' (retracted)' : ''}, the graph version ${stored.version}${stored.retracted ? ' (retracted)' : ''}${stored.version === given.version ? ' with other content' : ''}`,
    );
  const more = conflicts.length > MAX_LISTED ? `, and ${conflicts.length - MAX_LISTED} more` : '';
  return new Error(
    `Seed write aborted, nothing was written: ${conflicts.length} recorded version(s) in the seed disagree with the graph's history: ${listed.join('; ')}${more}. Load such a seed into an empty graph (seed --reset), or make the change through the API.`,
  );
}
