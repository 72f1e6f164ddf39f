import { BadInputError, NotFoundError } from '../../domain/errors';
import { explainRelationship } from '../../domain/explain';
import type { GraphClient } from '../client';
import { allShortestPaths } from '../queries/paths/all-shortest-paths';
import { commonNeighbours as commonNeighboursQuery, type CommonNeighbour } from '../queries/paths/common-neighbours';
import {
  allShortestInput,
  commonNeighboursInput,
  connectInput,
  kPathsInput,
  pathInput,
} from '../queries/paths/field-inputs';
import { kShortestPaths } from '../queries/paths/k-shortest-paths';
import { pairwiseShortestPaths } from '../queries/paths/pairwise-shortest-paths';
import { distinctRoutes } from '../queries/paths/path-rows';
import type { Path, PathHop, PathSearch } from '../queries/paths/types';
import type { RelationshipCriteria } from '../criteria';
import type { Subgraph } from '../subgraph';

export type { CommonNeighbour } from '../queries/paths/common-neighbours';
export type { HopDirection, Path, PathEvidence, PathHop, PathSearch } from '../queries/paths/types';
export { comparePaths, distinctRoutes, pathEvidence, routeKey } from '../queries/paths/path-rows';
export * from '../queries/paths/field-inputs';

/** A path, or why there is none: "no path" is an answer, not an error. */
export interface PathAnswer {
  path: Path | null;
  reason: string | null;
}

export interface PathsAnswer {
  /** Best first (see comparePaths). */
  paths: Path[];
  /** Why `paths` is empty; null otherwise. */
  reason: string | null;
  /** True when more paths qualified than were returned. */
  truncated: boolean;
}

export interface CommonNeighbours {
  neighbours: CommonNeighbour[];
  total: number;
}

function checkEnds(
  from: string,
  to: string,
  search: PathSearch | null,
  names: readonly [string, string] = ['from', 'to'],
): void {
  if (from === to) {
    throw new BadInputError(
      `"${names[0]}" and "${names[1]}" are the same entity ("${from}"); give two different ones.`,
      {
        argument: names[1],
      },
    );
  }
  const avoided = search?.avoid.find((id) => id === from || id === to);
  if (avoided !== undefined) {
    throw new BadInputError(`"${avoided}" is an end of the path and cannot also be avoided.`, {
      argument: 'options.avoid',
    });
  }
}

function throwIfMissing(missing: readonly string[]): void {
  if (missing.length > 0) throw new NotFoundError('entity', missing[0]!);
}

const list = (items: readonly string[]) => items.join(', ');

/** The rules a search applied, in words, so that "no path" says what was tried. */
export function searchConditions(search: PathSearch): string[] {
  const c: RelationshipCriteria = search.criteria;
  const conditions: string[] = [];
  if (c.types) conditions.push(`relationships of type ${list(c.types)}`);
  if (c.direction === 'OUTGOING') conditions.push('each hop walked from subject to object');
  if (c.direction === 'INCOMING') conditions.push('each hop walked from object to subject');
  if (c.asOf) conditions.push(`holding on ${c.asOf}`);
  if (c.window) conditions.push(`holding between ${c.window.from ?? 'any time'} and ${c.window.to ?? 'any time'}`);
  if ((c.asOf || c.window) && !c.includeUndated) conditions.push('dated relationships only');
  if (c.statuses) conditions.push(`status ${list(c.statuses)}`);
  if (c.minConfidence !== null) conditions.push(`confidence at least ${c.minConfidence}`);
  if (search.avoid.length > 0) conditions.push(`avoiding ${list(search.avoid)}`);
  if (search.maxDegree !== null) {
    conditions.push(`through no entity with more than ${search.maxDegree} relationships (maxDegree)`);
  }
  return conditions;
}

export function noPathReason(from: string, to: string, search: PathSearch): string {
  const conditions = searchConditions(search);
  const tail = conditions.length > 0 ? ` with ${conditions.join('; ')}` : '';
  return `No path within ${search.maxHops} hops (maxHops) from "${from}" to "${to}"${tail}.`;
}

/**
 * One sentence for a hop: the relationship as the domain reads it (subject,
 * verb, object, when, status), whichever way the path walked it, then its
 * first quote.
 */
export function explainHop(hop: PathHop): string {
  const forward = hop.direction === 'FORWARD';
  const sentence = explainRelationship(hop.relationship, forward ? hop.from : hop.to, forward ? hop.to : hop.from);
  const quote = hop.relationship.sources[0]?.quote;
  return quote ? `${sentence.replace(/\.$/, '')}: "${quote}"` : sentence;
}

/**
 * The best supported of (up to PATH_CANDIDATES) shortest paths between two
 * entities under the search's rules, or null with the reason: deterministic,
 * unlike an arbitrary shortest path. Throws NOT_FOUND naming an unknown id,
 * BAD_USER_INPUT when the ends are the same or avoided. One statement.
 */
export async function findPath(client: GraphClient, from: string, to: string, search: PathSearch): Promise<PathAnswer> {
  checkEnds(from, to, search);
  const result = await allShortestPaths(client, pathInput(from, to, search));
  throwIfMissing(result.missing);
  const path = result.paths[0] ?? null;
  return { path, reason: path ? null : noPathReason(from, to, search) };
}

/**
 * The k best routes (distinct sequences of entities; of paths differing only
 * in parallel relationships the best supported stands for its route), shortest
 * first, then best supported. One statement: the CANDIDATES_PER_PATH x k
 * shortest walks, of which the simple paths are ranked here. Their lengths
 * are exact whenever k routes are found (every walk shorter than the longest
 * selected one was selected) or the walks ran out; otherwise `reason` says
 * that the walks' cap, not the graph, stopped the answer short.
 */
export async function findKPaths(
  client: GraphClient,
  from: string,
  to: string,
  search: PathSearch,
  k: number,
): Promise<PathsAnswer> {
  checkEnds(from, to, search);
  const input = kPathsInput(from, to, search, k);
  const candidates = input.candidates;
  const result = await kShortestPaths(client, input);
  throwIfMissing(result.missing);
  const routes = distinctRoutes(result.paths);
  const exhausted = result.walks < candidates;
  let reason: string | null = null;
  if (routes.length === 0 && exhausted) reason = noPathReason(from, to, search);
  else if (routes.length < k && !exhausted) {
    reason =
      `Only ${routes.length} of ${k} paths: the search stops after the ${candidates} shortest walks (up to ` +
      `${result.longest} hops), and ${result.walks - result.paths.length} of them pass an entity twice. ` +
      `Fewer hops (maxHops) or a lower maxDegree narrow the walks.`;
  }
  return { paths: routes.slice(0, k), reason, truncated: routes.length > k };
}

/**
 * Every shortest route (distinct sequence of entities, each with its best
 * supported relationships), best supported first, at most `limit`;
 * `truncated` when there were more, or may have been (the search stopped at
 * its row cap). One statement.
 */
export async function findAllShortestPaths(
  client: GraphClient,
  from: string,
  to: string,
  search: PathSearch,
  limit: number,
): Promise<PathsAnswer> {
  checkEnds(from, to, search);
  const input = allShortestInput(from, to, search, limit);
  const rowCap = input.limit;
  const result = await allShortestPaths(client, input);
  throwIfMissing(result.missing);
  const routes = distinctRoutes(result.paths);
  return {
    paths: routes.slice(0, limit),
    reason: routes.length > 0 ? null : noPathReason(from, to, search),
    truncated: routes.length > limit || result.paths.length >= rowCap,
  };
}

/**
 * What links a set of entities: the union of a shortest path for every pair
 * (one statement for all pairs). Not the smallest such subgraph (a Steiner
 * tree, NP-hard), but every pair that can be linked within the rules is, and
 * by a shortest path. `layers[0]` is the given entities in the given order,
 * `layers[1]` the entities the paths pass through; a pair with no path within
 * `maxHops` puts `maxHops` in `truncatedBy`.
 */
export async function connectEntities(
  client: GraphClient,
  ids: readonly string[],
  search: PathSearch,
): Promise<Subgraph> {
  const input = connectInput(ids, search);
  const unique = input.ids;
  const result = await pairwiseShortestPaths(client, input);
  throwIfMissing(result.missing);
  const entities = new Map(result.entities.map((e) => [e.id, e]));
  const relationships = new Map<string, Path['hops'][number]['relationship']>();
  const through: string[] = [];
  let unlinked = false;
  for (const { path } of result.pairs) {
    if (!path) {
      unlinked = true;
      continue;
    }
    for (const entity of path.entities) {
      if (!entities.has(entity.id)) {
        entities.set(entity.id, entity);
        through.push(entity.id);
      }
    }
    for (const hop of path.hops) relationships.set(hop.relationship.id, hop.relationship);
  }
  return {
    entities: [...entities.values()],
    relationships: [...relationships.values()],
    layers: through.length > 0 ? [unique, through] : [unique],
    truncatedBy: unlinked ? ['maxHops'] : [],
  };
}

/** Entities related to both `a` and `b` under the criteria, at most `limit`, strongest first. One statement. */
export async function findCommonNeighbours(
  client: GraphClient,
  a: string,
  b: string,
  criteria: RelationshipCriteria,
  limit: number,
): Promise<CommonNeighbours> {
  checkEnds(a, b, null, ['a', 'b']);
  const result = await commonNeighboursQuery(client, commonNeighboursInput(a, b, criteria, limit));
  throwIfMissing(result.missing);
  return { neighbours: result.neighbours, total: result.total };
}
