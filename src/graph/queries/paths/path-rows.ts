import {
  ENTITY_PROJECTION,
  relationshipProjection,
  toEntity,
  toRelationship,
  type RelationshipRow,
} from '../../mapping';
import type { Path, PathEvidence, PathHop } from './types';

/** What each path statement returns for a path `p`: its entities in order and its relationships in order. */
export const pathProjection = (p: string) =>
  `{ entities: [n IN nodes(${p}) | n ${ENTITY_PROJECTION}], rels: [rel IN relationships(${p}) | ${relationshipProjection('rel')}] }`;

export interface PathRow {
  entities: Array<Record<string, unknown>>;
  rels: RelationshipRow[];
}

/** Distinct documents behind a set of sources: quotes from one article are one source, not several. */
function documentIds(hops: readonly PathHop[]): Set<string> {
  return new Set(hops.flatMap((hop) => hop.relationship.sources.map((s) => s.documentId)));
}

export function pathEvidence(hops: readonly PathHop[]): PathEvidence {
  if (hops.length === 0) return { minSources: 0, minConfidence: 1, documents: 0, meanConfidence: 1, quotes: 0 };
  const confidences = hops.map((hop) => hop.relationship.confidence);
  return {
    minSources: Math.min(...hops.map((hop) => documentIds([hop]).size)),
    minConfidence: Math.min(...confidences),
    documents: documentIds(hops).size,
    meanConfidence: confidences.reduce((sum, c) => sum + c, 0) / hops.length,
    quotes: hops.reduce((sum, hop) => sum + hop.relationship.sources.length, 0),
  };
}

/** A path as walked: hop i goes from entities[i] to entities[i + 1], FORWARD when that is the relationship's own direction. */
export function toPath(row: PathRow): Path {
  const entities = row.entities.map(toEntity);
  const hops: PathHop[] = row.rels.map((rel, i) => {
    const relationship = toRelationship(rel);
    const from = entities[i]!;
    return {
      step: i + 1,
      from,
      to: entities[i + 1]!,
      relationship,
      direction: relationship.fromId === from.id ? 'FORWARD' : 'BACKWARD',
    };
  });
  return { entities, hops, evidence: pathEvidence(hops) };
}

/**
 * The ranking of paths: shorter first; then better supported: more distinct
 * documents behind the weakest hop, a more certain weakest hop (a chain is as
 * strong as its weakest link), more documents overall, a higher mean
 * confidence, more quotes; then by relationship ids, so that equal paths
 * always come in the same order.
 */
export function comparePaths(a: Path, b: Path): number {
  const [x, y] = [a.evidence, b.evidence];
  return (
    a.hops.length - b.hops.length ||
    y.minSources - x.minSources ||
    y.minConfidence - x.minConfidence ||
    y.documents - x.documents ||
    y.meanConfidence - x.meanConfidence ||
    y.quotes - x.quotes ||
    pathKey(a).localeCompare(pathKey(b))
  );
}

/** Identifies a path by its relationships in order (two paths may share every entity but not every relationship). */
export function pathKey(path: Path): string {
  return path.hops.map((hop) => hop.relationship.id).join(' ');
}

/** The entities a path walks through, in order: paths differing only in parallel relationships share it. */
export function routeKey(path: Path): string {
  return path.entities.map((e) => e.id).join(' ');
}

/** The first (best ranked) path of each route, in the given order. */
export function distinctRoutes(paths: readonly Path[]): Path[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const key = routeKey(path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
