import type { Driver } from 'neo4j-driver';

import type {
  EntityKind,
  Relationship,
  RelationshipStatus,
  RelationshipType,
  SeedEntity,
  SeedGraph,
} from '../../src/domain';
import type { Temporal } from '../../src/domain/temporal';
import { seedClient, writeSeedGraph } from '../../src/graph/writes';

const TEXT = 'Fixture article. Alpha met Beta. Beta met Gamma.';

/**
 * Builds a small graph in the real storage model, written through the real
 * seed writer. Every id carries `prefix`, so test files sharing one database
 * never see each other's data; `remove()` deletes exactly those ids.
 */
export class FixtureGraph {
  private readonly entities: SeedEntity[] = [];
  private readonly relationships: Relationship[] = [];
  readonly documentId: string;

  constructor(readonly prefix: string) {
    this.documentId = `${prefix}-doc`;
    this.entity(this.documentId, 'Document', `${prefix} fixture document`, {
      title: 'Fixture',
      publisher: null,
      published: null,
      publishedNote: null,
      url: null,
    });
  }

  id(local: string): string {
    return `${this.prefix}-${local}`;
  }

  entity(
    id: string,
    kind: EntityKind,
    name: string,
    properties: SeedEntity['properties'] = {},
    aliases: string[] = [],
  ): string {
    this.entities.push({ id, kind, name, aliases, description: null, named: true, properties, sources: [] });
    return id;
  }

  person(local: string, name = `${this.prefix} ${local}`, aliases: string[] = []): string {
    return this.entity(this.id(local), 'Person', name, { roles: [] }, aliases);
  }

  relate(
    type: RelationshipType,
    from: string,
    to: string,
    options: {
      temporal?: Temporal;
      status?: RelationshipStatus;
      confidence?: number;
      sources?: number;
      local?: string;
    } = {},
  ): string {
    const id = this.id(options.local ?? `r${this.relationships.length}`);
    const quote = 'Alpha met Beta.';
    const start = TEXT.indexOf(quote);
    this.relationships.push({
      id,
      type,
      fromId: from,
      toId: to,
      temporal: options.temporal ?? {},
      status: options.status ?? 'REPORTED',
      confidence: options.confidence ?? 0.9,
      qualifiers: {},
      sources: Array.from({ length: options.sources ?? 1 }, () => ({
        documentId: this.documentId,
        quote,
        start,
        end: start + quote.length,
        attributedTo: null,
      })),
    });
    return id;
  }

  graph(): SeedGraph {
    return {
      documents: [
        {
          id: this.documentId,
          title: 'Fixture',
          publisher: null,
          published: null,
          publishedNote: null,
          url: null,
          text: TEXT,
        },
      ],
      entities: this.entities,
      relationships: this.relationships,
    };
  }

  async write(driver: Driver): Promise<void> {
    await writeSeedGraph(seedClient(driver), this.graph());
  }

  async remove(driver: Driver): Promise<void> {
    await driver.executeQuery('MATCH (e:Entity) WHERE e.id STARTS WITH $prefix DETACH DELETE e', {
      prefix: `${this.prefix}-`,
    });
  }
}
