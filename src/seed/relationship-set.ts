import type { Relationship, Temporal } from '../domain';
import type { SeedError } from './errors';
import { RelationshipVersions } from './relationship-versions';
import { mergeSources } from './sources';

interface Entry {
  relationship: Relationship;
  file: string;
  path: string;
}

/** The natural key of a relationship: what makes two declarations the same fact. */
export function naturalKey(rel: Pick<Relationship, 'type' | 'fromId' | 'toId' | 'temporal'>): string {
  const when = rel.temporal.date?.value ?? rel.temporal.since?.value ?? '';
  return `${rel.type} ${rel.fromId} -> ${rel.toId} @${when}`;
}

const temporalText = (t: Temporal) =>
  JSON.stringify({ date: t.date?.value, since: t.since?.value, until: t.until?.value });

/**
 * The relationships of a seed, merged across files. A declaration in a later
 * file with the same id, or the same natural key (type, from, to, date/since),
 * is the same relationship: its sources are appended (deduplicated by document
 * and offset); its status and dates must agree; the first declaration's
 * confidence stands and its qualifiers win over later ones with the same name.
 * Within one file, an id or a natural key may be declared only once.
 * A relationship given with its record is history and is never merged
 * (see RelationshipVersions); its id cannot be declared without one too.
 */
export class RelationshipSet {
  private readonly byId = new Map<string, Entry>();
  private readonly byKey = new Map<string, Entry>();
  private readonly recorded = new RelationshipVersions();

  all(): Relationship[] {
    return [...[...this.byId.values()].map((entry) => entry.relationship), ...this.recorded.all()];
  }

  /** What holds across the versions of recorded relationships; call once every file is read. */
  versionProblems(): SeedError[] {
    return this.recorded.problems();
  }

  /** Adds or merges; returns [path suffix, message] problems (nothing is added when there are any). */
  add(rel: Relationship, file: string, path: string): Array<[Array<string | number>, string]> {
    const plain = rel.version === undefined ? this.recorded.anyVersion(rel.id) : this.byId.get(rel.id);
    if (plain) {
      return [
        [
          ['id'],
          `relationship "${rel.id}" is given ${rel.version === undefined ? 'with' : 'without'} its record in ${plain.file} (${plain.path}); a recorded relationship is not merged with a declaration: give every version with its record, or none`,
        ],
      ];
    }
    if (rel.version !== undefined) return this.recorded.add(rel, file, path);
    const key = naturalKey(rel);
    const sameId = this.byId.get(rel.id);
    const sameKey = this.byKey.get(key);
    const existing = sameId ?? sameKey;
    if (!existing) {
      const entry = { relationship: { ...rel, sources: mergeSources([], rel.sources) }, file, path };
      this.byId.set(rel.id, entry);
      this.byKey.set(key, entry);
      return [];
    }
    const first = existing.relationship;
    const at = `${existing.file} (${existing.path})`;
    if (existing.file === file) {
      return sameId
        ? [[['id'], `duplicate relationship id "${rel.id}": already declared at ${existing.path} in this file`]]
        : [
            [
              ['id'],
              `${existing.path} in this file already states ${key} (id "${first.id}"); add this quote to its sources instead`,
            ],
          ];
    }
    if (sameId && naturalKey(first) !== key) {
      return [
        [
          ['id'],
          `relationship id "${rel.id}" is ${naturalKey(first)} in ${at}, but ${key} here; reuse an id only for the same fact`,
        ],
      ];
    }
    if (sameId && sameKey && sameKey !== sameId) {
      return [
        [
          ['id'],
          `ambiguous merge: id "${rel.id}" matches ${at}, but the same fact is "${sameKey.relationship.id}" in ${sameKey.file}`,
        ],
      ];
    }
    const problems: Array<[Array<string | number>, string]> = [];
    if (first.status !== rel.status) {
      problems.push([
        ['status'],
        `the same relationship ("${first.id}" in ${at}) has status ${first.status}; here ${rel.status}`,
      ]);
    }
    if (temporalText(first.temporal) !== temporalText(rel.temporal)) {
      problems.push([
        [rel.temporal.date ? 'date' : 'since'],
        `the same relationship ("${first.id}" in ${at}) has dates ${temporalText(first.temporal)}; here ${temporalText(rel.temporal)}`,
      ]);
    }
    if (problems.length > 0) return problems;
    existing.relationship = {
      ...first,
      qualifiers: { ...rel.qualifiers, ...first.qualifiers },
      sources: mergeSources(first.sources, rel.sources),
    };
    this.byId.set(first.id, existing);
    return [];
  }
}
