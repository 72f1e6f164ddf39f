import type { EntityKind } from '../entity-kinds';
import type { RelationshipType } from '../relationship-kinds';
import type { RelationshipStatus } from '../status';
import type { PartialDate } from '../temporal';
import type { Problem } from '../zod-issues';
import { WRITTEN_STATES, type Draft, type DraftRef } from './model';
import { draftRefusal, refName } from './review';
import { sourcesOf } from './sources';

/**
 * What a commit writes, in the write path's own input shapes: the document
 * (unless the graph stores it already), the accepted and edited entity
 * proposals, then the relationship proposals with every source each (its quote,
 * then its extra sources). The
 * `root` of each is its place in the draft (`proposals[3]`), so the write
 * path's validator names it in a refusal.
 */
export interface CommitPlan {
  document:
    | { existing: string }
    | {
        input: { title: string; publisher: string | null; published: string | null; url: string | null; text: string };
      };
  entities: Array<{
    proposalId: string;
    root: string;
    input: { kind: EntityKind; name: string; aliases: string[]; description: string | null; named: boolean };
  }>;
  relationships: Array<{ proposalId: string; root: string; from: DraftRef; to: DraftRef; stated: StatedRelationship }>;
}

/** A relationship proposal as addRelationship states it, ends and document still to be filled in. */
export interface StatedRelationship {
  type: RelationshipType;
  date?: PartialDate;
  since?: PartialDate;
  until?: PartialDate;
  status: RelationshipStatus;
  confidence: number;
  /** Its quote first, then its extra sources: each an exact span of the document's text. */
  sources: Array<{ quote: string; start: number }>;
}

/** The plan of a commit, or the refusal naming each proposal that cannot be written as it stands. */
export function commitPlan(draft: Draft): CommitPlan {
  const problems: Problem[] = [];
  const written = new Set(draft.entities.filter((e) => WRITTEN_STATES.has(e.state)).map((e) => e.id));
  const relationships = draft.proposals.flatMap((p, i) => {
    if (!WRITTEN_STATES.has(p.state)) return [];
    for (const end of ['from', 'to'] as const) {
      const ref = p[end];
      if ('proposalId' in ref && !written.has(ref.proposalId)) {
        const state = draft.entities.find((e) => e.id === ref.proposalId)?.state ?? 'missing';
        problems.push({
          path: ['proposals', i, end],
          message: `refers to the new entity "${refName(draft, ref)}" (${ref.proposalId}), which is ${state}; expected an ACCEPTED or EDITED entity proposal, or an entity of the graph (link the end to it)`,
        });
      }
    }
    const stated: StatedRelationship = {
      type: p.type,
      ...(p.date ? { date: p.date } : {}),
      ...(p.since ? { since: p.since } : {}),
      ...(p.until ? { until: p.until } : {}),
      status: p.status,
      confidence: p.confidence,
      sources: sourcesOf(p).map(({ quote, start }) => ({ quote, start })),
    };
    return [{ proposalId: p.id, root: `proposals[${i}]`, from: p.from, to: p.to, stated }];
  });
  const entities = draft.entities.flatMap((e, i) =>
    written.has(e.id)
      ? [
          {
            proposalId: e.id,
            root: `entities[${i}]`,
            input: { kind: e.kind, name: e.name, aliases: e.aliases, description: e.description, named: e.named },
          },
        ]
      : [],
  );
  const { documentId, text, title, publisher, published, url } = draft.document;
  if (documentId !== null && entities.length === 0 && relationships.length === 0) {
    problems.push({
      path: ['proposals'],
      message: 'nothing to commit: expected at least one ACCEPTED or EDITED proposal, got none',
    });
  }
  if (problems.length > 0) throw draftRefusal(problems);
  return {
    document:
      documentId !== null
        ? { existing: documentId }
        : { input: { title, publisher, published: published?.value ?? null, url, text } },
    entities,
    relationships,
  };
}

/** An end as the graph knows it once the commit has written the draft's new entities. */
export function endId(ref: DraftRef, written: ReadonlyMap<string, string>): string {
  return 'entityId' in ref ? ref.entityId : written.get(ref.proposalId)!;
}
