import type { RelationshipStatus } from '../status';
import type { ResolutionEntity, ResolutionRelationship } from './types';

/**
 * How much a relationship counts as evidence of identity: a fact the reporting
 * states counts fully, one a party claims or that is in question counts less
 * (two entities both *alleged* to be in a gang are weak evidence of one).
 */
const STATUS_WEIGHT: Readonly<Record<RelationshipStatus, number>> = {
  REPORTED: 1,
  ADMITTED: 1,
  ORDERED: 1,
  PLANNED: 0.8,
  CLAIMED: 0.7,
  ALLEGED: 0.5,
  DISPUTED: 0.4,
};

/** One relationship seen from one end: direction, type, the other end. */
export interface Edge {
  /** `out|TYPE|otherId` or `in|TYPE|otherId`: the same counterpart through the same type and direction. */
  key: string;
  /** `out|TYPE` or `in|TYPE`: the same kind of relationship, whoever the counterpart. */
  role: string;
  other: string;
  status: number;
}

/** Every entity's relationships as edges, and how rare each edge is across the graph. */
export class Neighbourhoods {
  private readonly edges = new Map<string, Edge[]>();
  private readonly keys = new Map<string, Map<string, Edge>>();
  private readonly roles = new Map<string, Map<string, Edge[]>>();
  private readonly df = new Map<string, number>();
  private readonly count: number;

  constructor(entities: readonly ResolutionEntity[], relationships: readonly ResolutionRelationship[]) {
    for (const entity of entities) this.edges.set(entity.id, []);
    const add = (id: string, dir: 'out' | 'in', rel: ResolutionRelationship, other: string) => {
      const list = this.edges.get(id);
      if (!list || id === other) return;
      const role = `${dir}|${rel.type}`;
      const key = `${role}|${other}`;
      const status = STATUS_WEIGHT[rel.status];
      const existing = list.find((edge) => edge.key === key);
      if (existing) existing.status = Math.max(existing.status, status);
      else list.push({ key, role, other, status });
    };
    for (const rel of relationships) {
      add(rel.fromId, 'out', rel, rel.toId);
      add(rel.toId, 'in', rel, rel.fromId);
    }
    for (const [id, list] of this.edges) {
      const roles = new Map<string, Edge[]>();
      for (const edge of list) {
        this.df.set(edge.key, (this.df.get(edge.key) ?? 0) + 1);
        roles.set(edge.role, [...(roles.get(edge.role) ?? []), edge]);
      }
      this.keys.set(id, new Map(list.map((edge) => [edge.key, edge])));
      this.roles.set(id, roles);
    }
    this.count = Math.max(entities.length, 2);
  }

  of(id: string): readonly Edge[] {
    return this.edges.get(id) ?? [];
  }

  /** The entity's edge with this key, if it has one. */
  edge(id: string, key: string): Edge | undefined {
    return this.keys.get(id)?.get(key);
  }

  /** The entity's edges of one direction and type ("out|SENT_TO"). */
  withRole(id: string, role: string): readonly Edge[] {
    return this.roles.get(id)?.get(role) ?? [];
  }

  /**
   * How telling it is to share this edge: 1 when only the two entities have it,
   * less the more entities do (everything LOCATED_IN the same country).
   */
  rarity(key: string): number {
    const df = Math.max(this.df.get(key) ?? 1, 2);
    return Math.log(1 + this.count / df) / Math.log(1 + this.count / 2);
  }
}

/** An edge as a reader sees it: "ORDERED_HALT → deportation-campaign", "← CALLED_FOR_IMPEACHMENT_OF donald-trump". */
export function describeEdge(edge: Edge): string {
  const [dir, type] = edge.role.split('|');
  return dir === 'out' ? `${type} → ${edge.other}` : `← ${type} ${edge.other}`;
}
