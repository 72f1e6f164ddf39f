import { blockPairs, pairKey } from './blocking';
import { ContextIndex, propertyConflicts } from './context';
import { NameIndex } from './names';
import { Neighbourhoods } from './neighbourhood';
import { sameRelationships, sharedNeighbours, type Support } from './relationship-features';
import type {
  CandidateFeature,
  CandidateReason,
  MergeCandidate,
  ResolutionEntity,
  ResolutionInput,
  ResolutionOptions,
  ResolutionResult,
} from './types';

type Weights = Readonly<Record<CandidateFeature, number>>;

/**
 * Three weight profiles. Between two named entities the names say most. When
 * one is unnamed, its "name" is only a description ("unnamed federal judge"),
 * so whether the named one stands in the same relationships says most.
 * Between two unnamed entities there is no name to confirm anything: the
 * weights sum to 0.9, so such a pair never reaches full certainty.
 */
export const WEIGHTS: Readonly<Record<'named' | 'oneUnnamed' | 'bothUnnamed', Weights>> = {
  named: { NAME: 0.45, SHARED_NEIGHBOURS: 0.25, SAME_RELATIONSHIPS: 0.15, CONTEXT: 0.15, PROPERTY_CONFLICT: -0.2 },
  oneUnnamed: { NAME: 0.2, SHARED_NEIGHBOURS: 0.25, SAME_RELATIONSHIPS: 0.4, CONTEXT: 0.15, PROPERTY_CONFLICT: -0.2 },
  bothUnnamed: { NAME: 0.3, SHARED_NEIGHBOURS: 0.25, SAME_RELATIONSHIPS: 0.2, CONTEXT: 0.15, PROPERTY_CONFLICT: -0.2 },
};

const FEATURES = Object.keys(WEIGHTS.named) as CandidateFeature[];

/** A first-pass score at least this high lets a pair vouch for its neighbours in the second pass. */
const SUPPORT_THRESHOLD = 0.3;

type Notes = Partial<Record<CandidateFeature, string[]>>;

/** Reads the input once; scores and explains any pair of it. */
class Scorer {
  readonly names: NameIndex;
  readonly graph: Neighbourhoods;
  private readonly context: ContextIndex;

  constructor(input: ResolutionInput) {
    this.names = new NameIndex(input.entities);
    this.graph = new Neighbourhoods(input.entities, input.relationships);
    this.context = new ContextIndex(input.entities);
  }

  /** Feature values of a pair; with `notes`, also what each one found, for the reasons. */
  features(
    a: ResolutionEntity,
    b: ResolutionEntity,
    support: Support,
    notes?: Notes,
  ): Record<CandidateFeature, number> {
    const note = (feature: CandidateFeature) => (notes ? (notes[feature] = []) : undefined);
    const name = this.names.similarity(a.id, b.id);
    if (notes && name.value > 0) notes.NAME = [`"${name.left}" ~ "${name.right}"`];
    const [subject, other] = this.coverageOrder(a, b);
    return {
      NAME: name.value,
      SHARED_NEIGHBOURS: sharedNeighbours(this.graph, a.id, b.id, note('SHARED_NEIGHBOURS')),
      SAME_RELATIONSHIPS: sameRelationships(this.graph, subject.id, other.id, support, note('SAME_RELATIONSHIPS')),
      CONTEXT: this.context.similarity(a.id, b.id, note('CONTEXT')),
      PROPERTY_CONFLICT: propertyConflicts(a, b, note('PROPERTY_CONFLICT')),
    };
  }

  /** The side whose relationships are checked against the other's: the unnamed one, else the one with fewer. */
  coverageOrder(a: ResolutionEntity, b: ResolutionEntity): [ResolutionEntity, ResolutionEntity] {
    if (a.named !== b.named) return a.named ? [b, a] : [a, b];
    return this.graph.of(a.id).length <= this.graph.of(b.id).length ? [a, b] : [b, a];
  }
}

const profile = (a: ResolutionEntity, b: ResolutionEntity): Weights =>
  a.named && b.named ? WEIGHTS.named : a.named || b.named ? WEIGHTS.oneUnnamed : WEIGHTS.bothUnnamed;

function total(weights: Weights, values: Record<CandidateFeature, number>): number {
  const sum = FEATURES.reduce((acc, feature) => acc + weights[feature] * values[feature], 0);
  return Math.max(0, Math.min(1, sum));
}

/**
 * Merge candidates: pairs of entities of the same kind that may be one thing
 * named differently, best first, each with its score and the reasons behind
 * it. Pure: the caller reads the graph and remembers the pairs a person judged
 * "not the same". Two passes: the second credits relationships to
 * counterparts that the first found to be likely pairs themselves (the
 * Maryland man and Abrego García make the prisons they were sent to look alike).
 */
export function scoreMergeCandidates(input: ResolutionInput, options: ResolutionOptions = {}): ResolutionResult {
  const minScore = options.minScore ?? 0.2;
  const kinds = options.kinds && new Set(options.kinds);
  const scorer = new Scorer(input);
  const excluded = new Set([...(input.notSame ?? [])].map(([a, b]) => pairKey(a, b)));
  const eligible = kinds ? input.entities.filter((entity) => kinds.has(entity.kind)) : input.entities;
  const blocks = blockPairs(eligible, scorer.names, scorer.graph, options.maxBlockSize ?? 50, excluded);

  const none: Support = () => 0;
  const first = blocks.pairs.map(([i, j]) => {
    const [a, b] = [eligible[i]!, eligible[j]!];
    const values = scorer.features(a, b, none);
    return { a, b, values, score: total(profile(a, b), values) };
  });
  const supported = new Map<string, Map<string, number>>();
  const vouch = (x: string, y: string, score: number) => {
    const partners = supported.get(x) ?? new Map<string, number>();
    supported.set(x, partners.set(y, score));
  };
  for (const pair of first) {
    if (pair.score < SUPPORT_THRESHOLD) continue;
    vouch(pair.a.id, pair.b.id, pair.score);
    vouch(pair.b.id, pair.a.id, pair.score);
  }
  const support: Support = (x, y) => supported.get(x)?.get(y) ?? 0;

  const scored: Array<{ a: ResolutionEntity; b: ResolutionEntity; score: number }> = [];
  for (const { a, b, values, score } of first) {
    const [subject, other] = scorer.coverageOrder(a, b);
    // Only a relationship to an entity that is part of a likely pair can change in the second pass.
    const again = scorer.graph.of(subject.id).some((edge) => supported.has(edge.other));
    const final = again
      ? total(profile(a, b), {
          ...values,
          SAME_RELATIONSHIPS: sameRelationships(scorer.graph, subject.id, other.id, support),
        })
      : score;
    if (final >= minScore) scored.push({ a, b, score: final });
  }
  scored.sort((x, y) => y.score - x.score || pairKey(x.a.id, x.b.id).localeCompare(pairKey(y.a.id, y.b.id)));
  const kept = options.limit === undefined ? scored : scored.slice(0, options.limit);
  return {
    candidates: kept.map(({ a, b, score }) => explain(scorer, a, b, score, support)),
    stats: {
      entities: eligible.length,
      blockingKeys: blocks.keys,
      skippedKeys: blocks.skippedKeys,
      comparedPairs: blocks.pairs.length,
    },
  };
}

function explain(scorer: Scorer, a: ResolutionEntity, b: ResolutionEntity, score: number, support: Support) {
  const notes: Notes = {};
  const values = scorer.features(a, b, support, notes);
  const weights = profile(a, b);
  const reasons: CandidateReason[] = FEATURES.filter((feature) => values[feature] > 0)
    .map((feature) => ({
      feature,
      weight: weights[feature],
      value: round(values[feature]),
      contribution: round(weights[feature] * values[feature]),
      detail: notes[feature]?.join('; ') ?? '',
    }))
    .sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution));
  const edgesA = scorer.graph.of(a.id).length;
  const edgesB = scorer.graph.of(b.id).length;
  const keep = a.named !== b.named ? (a.named ? a : b) : edgesB > edgesA ? b : a;
  const ids: [string, string] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
  const candidate: MergeCandidate = {
    kind: a.kind,
    entityIds: ids,
    suggestedKeep: keep.id,
    score: round(score),
    reasons,
  };
  return candidate;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
