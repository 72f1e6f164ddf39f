import type { Draft, DraftRef, ReviewStamp } from '../domain/drafts';
import type { EntityRef, Extraction, KnownEntity } from './types';

/** What a new draft holds besides its document and stamps: extraction's findings as proposals to review. */
export type DraftFindings = Pick<Draft, 'known' | 'mentions' | 'entities' | 'proposals'>;

/**
 * Extraction's value as a draft's proposals, all PROPOSED, each with its
 * history's first entry (extraction, by whoever proposed the text). Mentions
 * of the graph's entities stay links to their ids: only what the graph does
 * not have becomes an entity proposal, so a commit cannot duplicate it.
 * Proposal ids are short and stable within the draft: `e1…` entities, `p1…`
 * relationships, `m1…` mentions (extraction's own).
 */
export function draftFindings(x: Extraction, known: readonly KnownEntity[], stamp: ReviewStamp): DraftFindings {
  const proposed = new Map(x.newEntities.map((e, i) => [e.key, `e${i + 1}`]));
  const ref = (r: EntityRef): DraftRef =>
    'known' in r ? { entityId: r.known } : { proposalId: proposed.get(r.proposed)! };
  const first = (note: string) => [{ state: 'PROPOSED' as const, at: stamp.at, actor: stamp.actor, note }];
  const byId = new Map(known.map((e) => [e.id, e]));
  const referred = new Set([
    ...x.mentions.flatMap((m) => ('known' in m.entity ? [m.entity.known] : [])),
    ...x.proposals.flatMap((p) => [p.from, p.to].flatMap((r) => ('known' in r ? [r.known] : []))),
  ]);
  return {
    known: Object.fromEntries(
      [...referred].flatMap((id) => {
        const e = byId.get(id);
        return e ? [[id, { name: e.name, kind: e.kind }]] : [];
      }),
    ),
    mentions: x.mentions.map((m) => ({
      id: m.id,
      start: m.start,
      end: m.end,
      surface: m.surface,
      kind: m.kind,
      basis: m.basis,
      entity: ref(m.entity),
    })),
    entities: x.newEntities.map((e) => ({
      id: proposed.get(e.key)!,
      kind: e.kind,
      name: e.name,
      aliases: e.aliases,
      named: e.named,
      description: null,
      evidence: e.kindEvidence,
      state: 'PROPOSED',
      history: first('extraction'),
    })),
    proposals: x.proposals.map((p, i) => ({
      id: `p${i + 1}`,
      origin: 'EXTRACTION',
      type: p.type,
      from: ref(p.from),
      to: ref(p.to),
      date: p.temporal.date ?? null,
      since: p.temporal.since ?? null,
      until: p.temporal.until ?? null,
      status: p.status,
      confidence: p.confidence,
      quote: p.quote.surface,
      start: p.quote.start,
      end: p.quote.end,
      why: `${p.why.rule}: "${p.why.trigger.surface}"${p.why.statusCue ? `, status cue "${p.why.statusCue}"` : ''}`,
      state: 'PROPOSED',
      history: first('extraction'),
    })),
  };
}
