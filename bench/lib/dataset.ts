import {
  ENTITY_KINDS,
  RELATIONSHIP_KINDS,
  RELATIONSHIP_TYPES,
  type EntityKind,
  type PartialDate,
  type Relationship,
  type RelationshipStatus,
  type RelationshipType,
  type Source,
  type Temporal,
} from '../../src/domain';
import { relationshipRow, type EntityWriteRow, type RelationshipWriteRow } from '../../src/graph/writes';
import { Random, Zipf } from './random';
import { articleText, capitalised, quoteIn, vocabulary, word } from './words';

/**
 * A deterministic synthetic news graph: same spec, same graph. Shaped like
 * real reporting: many people and organisations, few governments and
 * countries that take part in a large share of the facts (hubs with thousands
 * of relationships), power-law degrees within every kind, dates over 2018-2025
 * at day, month or year precision (some undated), and one to five sources per
 * relationship, each an exact quote (with offsets) from a generated Document
 * entity's stored text. Rows come out in the writer's storage model
 * (`relationshipRow` of the product's seed writer for relationships, the same
 * entity props as `seedRows`).
 */
export interface DatasetSpec {
  entities: number;
  relationships: number;
  seed: number;
}

/** Share of each kind among the entities (sums to 1). */
export const KIND_SHARES: Readonly<Record<EntityKind, number>> = {
  Person: 0.36,
  Organization: 0.14,
  Event: 0.12,
  Document: 0.12,
  Place: 0.08,
  Group: 0.06,
  Government: 0.03,
  Court: 0.03,
  Law: 0.03,
  Prison: 0.02,
  Country: 0.01,
};

/**
 * How often an entity of a kind takes part in a fact, relative to its numbers:
 * there are few countries and governments, but they are in many stories.
 */
const KIND_ACTIVITY: Readonly<Record<EntityKind, number>> = {
  Person: 1,
  Organization: 1.5,
  Event: 1,
  Document: 1,
  Place: 1.5,
  Group: 1.5,
  Government: 6,
  Court: 2,
  Law: 2,
  Prison: 2,
  Country: 10,
};

/** Zipf exponent per kind: 1 makes strong hubs, lower flattens. */
const KIND_SKEW: Readonly<Record<EntityKind, number>> = {
  Person: 0.85,
  Organization: 0.95,
  Event: 0.85,
  Document: 0.8,
  Place: 0.9,
  Group: 0.9,
  Government: 1.05,
  Court: 0.95,
  Law: 0.95,
  Prison: 0.95,
  Country: 1.1,
};

/** How common each relationship type is in the reporting. */
const TYPE_WEIGHTS: Readonly<Record<RelationshipType, number>> = {
  PARTICIPATED_IN: 10,
  AFFILIATED_WITH: 10,
  CONCERNS: 8,
  LOCATED_IN: 6,
  FROM_PLACE: 6,
  TARGETED: 5,
  WROTE: 5,
  PRAISED: 4,
  DEPICTS: 4,
  PARTNERED_WITH: 4,
  LEADS: 3,
  INVITED: 3,
  THANKED: 3,
  DEPORTED_TO: 3,
  CONDUCTED: 3,
  POSTED: 3,
  HOUSED_IN: 2,
  PART_OF: 2,
  INVOKED: 2,
  ADDRESSED_TO: 2,
  PUBLICIZED: 2,
  SENT_TO: 1,
  DEPORTED_FROM: 1,
  ORDERED_HALT: 1,
  CALLED_FOR_IMPEACHMENT_OF: 1,
  TOUTED_ROLE_IN: 1,
  PRESIDES_OVER: 1,
  FILED_IN: 1,
  SENT_BY_MISTAKE: 0.5,
  ADMITTED_IN_FILING: 0.5,
  DISOBEYED_ORDER_OF: 0.5,
};

/** Facts that hold over a span (since/until) rather than at a point (date). */
const STATE_TYPES = new Set<RelationshipType>([
  'LEADS',
  'AFFILIATED_WITH',
  'HOUSED_IN',
  'LOCATED_IN',
  'FROM_PLACE',
  'PARTNERED_WITH',
]);

const STATUS_WEIGHTS: Readonly<Record<RelationshipStatus, number>> = {
  REPORTED: 60,
  CLAIMED: 12,
  ALLEGED: 10,
  ORDERED: 5,
  ADMITTED: 3,
  DISPUTED: 5,
  PLANNED: 5,
};

const PUBLISHERS = [
  'The Daily Ledger',
  'Northern Wire',
  'Courier Post',
  'Metro Tribune',
  'Global Dispatch',
  'Harbor Times',
  'Union Herald',
  'Capital Review',
];
const REGIONS = [
  'Latin America',
  'Central America',
  'Western Europe',
  'East Africa',
  'South Asia',
  'Middle East',
  'Caribbean',
  'Pacific',
];
const CATEGORIES = ['gang', 'agency', 'company', 'party', 'charity', 'union', 'law firm', 'militia'];
const ROLES = [
  'President',
  'Minister',
  'Judge',
  'Spokesperson',
  'Senator',
  'Attorney',
  'Director',
  'Ambassador',
  'Governor',
  'Detainee',
];
const JURISDICTIONS = ['federal', 'state', 'district', 'appellate', 'supreme', 'international'];
const GROUP_SIZES = ['dozens', 'hundreds', 'thousands', '17', '238', 'about 40'];

export const FIRST_YEAR = 2018;
export const LAST_YEAR = 2025;

export const entityId = (kind: EntityKind, index: number) => `${kind.toLowerCase()}-${index}`;
export const relationshipId = (index: number) => `rel-${index}`;

/** Number of entities of each kind for `total` entities: every kind at least one, the remainder to Person. */
export function kindCounts(total: number): Map<EntityKind, number> {
  const counts = new Map<EntityKind, number>();
  let assigned = 0;
  for (const kind of ENTITY_KINDS) {
    const n = Math.max(1, Math.floor(KIND_SHARES[kind] * total));
    counts.set(kind, n);
    assigned += n;
  }
  counts.set('Person', counts.get('Person')! + Math.max(0, total - assigned));
  return counts;
}

function partialDate(random: Random, precision: PartialDate['precision'], minYear = FIRST_YEAR): PartialDate {
  const y = String(random.between(minYear, LAST_YEAR));
  const m = String(random.between(1, 12)).padStart(2, '0');
  const d = String(random.between(1, 28)).padStart(2, '0');
  if (precision === 'YEAR') return { value: y, precision };
  if (precision === 'MONTH') return { value: `${y}-${m}`, precision };
  return { value: `${y}-${m}-${d}`, precision };
}

const precisionOf = (random: Random) => random.weighted({ DAY: 55, MONTH: 30, YEAR: 15 } as const);

export class SyntheticNewsGraph {
  readonly counts: Map<EntityKind, number>;
  private readonly vocab: string[];
  private readonly documentTexts: string[];
  private readonly rankOf = new Map<EntityKind, Zipf>();
  private readonly documentRank: Zipf;

  constructor(readonly spec: DatasetSpec) {
    if (!Number.isInteger(spec.entities) || spec.entities < ENTITY_KINDS.length * 10) {
      throw new RangeError(`--entities must be an integer >= ${ENTITY_KINDS.length * 10}, got ${spec.entities}`);
    }
    if (!Number.isInteger(spec.relationships) || spec.relationships < 1) {
      throw new RangeError(`--relationships must be a positive integer, got ${spec.relationships}`);
    }
    this.counts = kindCounts(spec.entities);
    this.vocab = vocabulary(Random.derive(spec.seed, 1), 3000);
    const docs = this.counts.get('Document')!;
    this.documentTexts = Array.from({ length: docs }, (_, i) => {
      const random = Random.derive(spec.seed, 2, i);
      return articleText(random, this.vocab, random.between(1500, 5000));
    });
    for (const kind of ENTITY_KINDS) this.rankOf.set(kind, new Zipf(this.counts.get(kind)!, KIND_SKEW[kind]));
    this.documentRank = new Zipf(docs, 0.8);
  }

  /** Every entity, kind by kind, as writer rows. */
  *entities(): Generator<{ kind: EntityKind; row: EntityWriteRow }> {
    for (const [k, kind] of ENTITY_KINDS.entries()) {
      const n = this.counts.get(kind)!;
      for (let i = 0; i < n; i++) {
        yield { kind, row: this.entityRow(kind, i, Random.derive(this.spec.seed, 3, k, i)) };
      }
    }
  }

  private entityRow(kind: EntityKind, index: number, random: Random): EntityWriteRow {
    const id = entityId(kind, index);
    const base = capitalised(word(random));
    const props: Record<string, unknown> = {};
    let name: string;
    let named = true;
    const aliases: string[] = [];
    switch (kind) {
      case 'Person': {
        const first = capitalised(word(random, 2));
        name = `${first} ${base}`;
        if (random.chance(0.03)) {
          named = false;
          name = `unnamed ${random.pick(ROLES).toLowerCase()} ${index}`;
        } else if (random.chance(0.25)) aliases.push(`${first.charAt(0)}. ${base}`);
        props.roles = random.chance(0.4) ? [random.pick(ROLES)] : [];
        break;
      }
      case 'Organization':
        name = `${base} ${random.pick(['Alliance', 'Group', 'Institute', 'Front', 'Agency', 'Foundation', 'Corporation'])}`;
        if (random.chance(0.3))
          aliases.push(
            name
              .split(' ')
              .map((w) => w.charAt(0))
              .join('')
              .toUpperCase() + base.charAt(1).toUpperCase(),
          );
        props.category = random.pick(CATEGORIES);
        break;
      case 'Government':
        name = `Government of ${base}`;
        if (random.chance(0.5)) aliases.push(`${base} administration`);
        break;
      case 'Country':
        name = `${base}${random.pick(['ia', 'land', 'stan', 'ova', 'ador'])}`;
        props.region = random.pick(REGIONS);
        break;
      case 'Place':
        name = `${base}${random.pick(['', ' City', 'ville', ' Province', ' Valley'])}`;
        break;
      case 'Event':
        name = `${base} ${random.pick(['hearing', 'operation', 'summit', 'protest', 'visit', 'raid', 'trial'])} ${random.between(FIRST_YEAR, LAST_YEAR)}`;
        break;
      case 'Law':
        name = `${base} Act of ${random.between(1790, 2024)}`;
        props.enactedYear = Number(name.slice(-4));
        if (random.chance(0.5)) props.priorInvocations = random.between(0, 5);
        if (random.chance(0.3)) props.priorInvocationsWartimeOnly = random.chance(0.5);
        break;
      case 'Court':
        name = `${base} ${random.pick(['District Court', 'Court of Appeals', 'Supreme Court', 'Tribunal'])}`;
        props.jurisdiction = random.pick(JURISDICTIONS);
        break;
      case 'Prison':
        name = `${base} ${random.pick(['Detention Center', 'Prison', 'Penitentiary', 'Camp'])}`;
        if (random.chance(0.3)) props.nickname = random.pick(['supermax', 'the island', 'the pit', 'megaprison']);
        break;
      case 'Group':
        name = `${base} ${random.pick(['migrants', 'detainees', 'protesters', 'families', 'workers'])}`;
        if (random.chance(0.05)) named = false;
        if (random.chance(0.5)) props.size = random.pick(GROUP_SIZES);
        break;
      case 'Document': {
        name = `${capitalised(random.pick(this.vocab))} ${random.pick(this.vocab)} ${random.pick(['report', 'ruling', 'letter', 'post', 'filing', 'interview'])}`;
        const published = partialDate(random, random.chance(0.8) ? 'DAY' : 'MONTH');
        Object.assign(props, {
          title: name,
          publisher: random.pick(PUBLISHERS),
          published: published.value,
          publishedPrecision: published.precision,
          publishedNote: null,
          url: `https://news.example/${id}`,
          text: this.documentTexts[index]!,
        });
        break;
      }
    }
    if (random.chance(0.05)) aliases.push(capitalised(word(random)));
    Object.assign(props, {
      id,
      kind,
      name,
      aliases,
      description: random.chance(0.7)
        ? `${capitalised(kind.toLowerCase())} ${random.pick(this.vocab)} ${random.pick(this.vocab)}.`
        : null,
      named,
    });
    return { id, props: props as EntityWriteRow['props'] };
  }

  /** Every relationship as a writer row, with its type; endpoints always exist and fit the type's allowed kinds. */
  *relationships(): Generator<{ type: RelationshipType; row: RelationshipWriteRow }> {
    const random = Random.derive(this.spec.seed, 4);
    const kindWeights = new Map<RelationshipType, { from: Record<string, number>; to: Record<string, number> }>();
    for (const type of RELATIONSHIP_TYPES) {
      const weigh = (kinds: readonly EntityKind[]) =>
        Object.fromEntries(kinds.map((k) => [k, this.counts.get(k)! * KIND_ACTIVITY[k]]));
      kindWeights.set(type, { from: weigh(RELATIONSHIP_KINDS[type].from), to: weigh(RELATIONSHIP_KINDS[type].to) });
    }
    for (let i = 0; i < this.spec.relationships; i++) {
      const type = random.weighted(TYPE_WEIGHTS);
      const weights = kindWeights.get(type)!;
      let fromId: string;
      let toId: string;
      do {
        fromId = this.endpoint(random, weights.from);
        toId = this.endpoint(random, weights.to);
      } while (fromId === toId);
      yield { type, row: relationshipRow(this.relationship(random, i, type, fromId, toId)) };
    }
  }

  private endpoint(random: Random, weights: Record<string, number>): string {
    const kind = random.weighted(weights) as EntityKind;
    return entityId(kind, this.rankOf.get(kind)!.sample(random));
  }

  private relationship(
    random: Random,
    index: number,
    type: RelationshipType,
    fromId: string,
    toId: string,
  ): Relationship {
    const temporal: Temporal = {};
    if (STATE_TYPES.has(type)) {
      if (!random.chance(0.25)) {
        temporal.since = partialDate(random, precisionOf(random), FIRST_YEAR - 4);
        const sinceYear = Number(temporal.since.value.slice(0, 4));
        if (sinceYear < LAST_YEAR && random.chance(0.35)) {
          temporal.until = partialDate(random, precisionOf(random), sinceYear + 1);
        }
      }
    } else if (!random.chance(0.1)) {
      temporal.date = partialDate(random, precisionOf(random));
    }
    const sourceCount = random.weighted({ 1: 55, 2: 28, 3: 12, 4: 3, 5: 2 } as const);
    const sources: Source[] = [];
    const used = new Set<number>();
    for (let s = 0; s < Number(sourceCount); s++) {
      let doc = this.documentRank.sample(random);
      for (let retry = 0; retry < 3 && used.has(doc); retry++) doc = this.documentRank.sample(random);
      used.add(doc);
      const { quote, start, end } = quoteIn(random, this.documentTexts[doc]!);
      const attributed = random.chance(0.15) ? entityId('Person', random.int(this.counts.get('Person')!)) : null;
      sources.push({ documentId: entityId('Document', doc), quote, start, end, attributedTo: attributed });
    }
    const qualifiers: Relationship['qualifiers'] = {};
    if (type === 'PARTICIPATED_IN' && random.chance(0.3)) qualifiers.role = random.pick(ROLES).toLowerCase();
    if (random.chance(0.1)) qualifiers.note = random.pick(this.vocab);
    return {
      id: relationshipId(index),
      type,
      fromId,
      toId,
      temporal,
      status: random.weighted(STATUS_WEIGHTS),
      // Never exactly 1: a whole number would be stored as an integer.
      confidence: Math.round((0.5 + random.next() * 0.49) * 100) / 100,
      qualifiers,
      sources,
    };
  }
}
