import {
  refusal,
  type PartialDate,
  type RelationshipInput,
  type RelationshipStatus,
  type RelationshipType,
} from '../../domain';
import type { Actor } from '../../domain/viewer';
import type { GraphClient } from '../client';
import { asInput, correctRelationship, type RelationshipChange } from './relationship-changes';

/** Fields to change; absent ones are kept, a null date is cleared. */
export interface RelationshipUpdate {
  id: string;
  expectedVersion: number;
  type?: RelationshipType;
  from?: string;
  to?: string;
  date?: PartialDate | string | null;
  since?: PartialDate | string | null;
  until?: PartialDate | string | null;
  status?: RelationshipStatus;
  confidence?: number;
  qualifiers?: unknown;
  reason?: string | null;
}

export interface NewSource {
  documentId: string;
  quote: string;
  start?: number;
  attributedTo?: string;
}

export function updateRelationship(
  client: GraphClient,
  actor: Actor,
  input: RelationshipUpdate,
): Promise<RelationshipChange> {
  const { id, expectedVersion, reason, ...changes } = input;
  return correctRelationship(client, actor, id, expectedVersion, {
    operation: 'updateRelationship',
    input,
    reason: reason ?? null,
    next: (current) => {
      const next: Record<string, unknown> = { ...asInput(current) };
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined) continue;
        if (value === null) delete next[key];
        else next[key] = value;
      }
      return next as RelationshipInput;
    },
  });
}

export function retractRelationship(
  client: GraphClient,
  actor: Actor,
  input: { id: string; reason: string; expectedVersion?: number | null },
): Promise<RelationshipChange> {
  return correctRelationship(client, actor, input.id, input.expectedVersion ?? null, {
    operation: 'retractRelationship',
    input,
    reason: input.reason,
    next: () => null,
  });
}

export function addSource(
  client: GraphClient,
  actor: Actor,
  input: { relationshipId: string; source: NewSource; expectedVersion?: number | null; reason?: string | null },
): Promise<RelationshipChange> {
  return correctRelationship(client, actor, input.relationshipId, input.expectedVersion ?? null, {
    operation: 'addSource',
    input,
    reason: input.reason ?? null,
    next: (current) => {
      const stated = asInput(current);
      return { ...stated, sources: [...stated.sources, input.source] };
    },
  });
}

export function retractSource(
  client: GraphClient,
  actor: Actor,
  input: { relationshipId: string; documentId: string; start: number; reason: string; expectedVersion?: number | null },
): Promise<RelationshipChange> {
  return correctRelationship(client, actor, input.relationshipId, input.expectedVersion ?? null, {
    operation: 'retractSource',
    input,
    reason: input.reason,
    next: (current) => {
      const stated = asInput(current);
      const kept = stated.sources.filter((s) => !(s.documentId === input.documentId && s.start === input.start));
      if (kept.length === stated.sources.length) {
        const held = current.sources.map((s) => `${s.documentId}@${s.start}`).join(', ');
        throw refusal([
          {
            path: ['start'],
            message: `no source of document "${input.documentId}" starts at ${input.start}; the sources are at ${held}`,
          },
        ]);
      }
      if (kept.length === 0) {
        throw refusal([
          { path: ['start'], message: 'this is the only source of the relationship; retract the relationship instead' },
        ]);
      }
      return { ...stated, sources: kept };
    },
  });
}
