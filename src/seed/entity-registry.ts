import type { Resolution, SeedEntity, Source } from '../domain';
import { mergeSources } from './sources';

/** Where something was declared: a file and the path of its entry. */
export interface Origin {
  file: string;
  path: string;
}

export type { Resolution };

interface Entry {
  entity: SeedEntity;
  origin: Origin;
}

const key = (name: string) => name.trim().toLowerCase();

/**
 * All entities of a seed, across files. Declaring an id again in another file
 * merges into the first declaration; references resolve by id first, then by
 * a case-insensitive name or alias.
 */
export class EntityRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly invalid = new Set<string>();
  private names: Map<string, Set<string>> | null = null;

  get(id: string): Entry | undefined {
    return this.entries.get(id);
  }

  all(): SeedEntity[] {
    return [...this.entries.values()].map((entry) => entry.entity);
  }

  /** Remembers an id whose declaration failed, so references to it are not reported as dangling too. */
  markInvalid(id: unknown, name?: unknown): void {
    if (typeof id === 'string') this.invalid.add(key(id));
    if (typeof name === 'string') this.invalid.add(key(name));
  }

  /**
   * Adds a declaration, or merges it into an earlier one with the same id.
   * Returns the problems of the merge: [path suffix, message] pairs.
   */
  add(entity: SeedEntity, origin: Origin): Array<[string, string]> {
    this.names = null;
    const existing = this.entries.get(entity.id);
    if (!existing) {
      this.entries.set(entity.id, { entity: { ...entity, aliases: dedupe(entity.aliases, entity.name) }, origin });
      return [];
    }
    return mergeInto(existing, entity);
  }

  /** Adds quotes behind an entity's description, skipping one already there (same document and offset). */
  addSources(id: string, sources: readonly Source[]): void {
    const entry = this.entries.get(id);
    if (entry) entry.entity.sources = mergeSources(entry.entity.sources, sources);
  }

  resolve(ref: string): Resolution {
    const byId = this.entries.get(ref);
    if (byId) return { ok: true, id: ref, kind: byId.entity.kind };
    const ids = [...(this.nameIndex().get(key(ref)) ?? [])];
    if (ids.length === 1) {
      const id = ids[0]!;
      return { ok: true, id, kind: this.entries.get(id)!.entity.kind };
    }
    if (ids.length > 1) {
      const candidates = ids.map((id) => `${id} (${this.entries.get(id)!.origin.file})`).join(', ');
      return { ok: false, message: `"${ref}" is ambiguous: it is a name or alias of ${candidates}; use the id` };
    }
    if (this.invalid.has(key(ref))) return { ok: 'skip' };
    return { ok: false, message: `no entity has the id, name or alias "${ref}" in any graph file` };
  }

  private nameIndex(): Map<string, Set<string>> {
    if (this.names) return this.names;
    const names = new Map<string, Set<string>>();
    for (const { entity } of this.entries.values()) {
      for (const name of [entity.name, ...entity.aliases]) {
        const ids = names.get(key(name)) ?? new Set<string>();
        ids.add(entity.id);
        names.set(key(name), ids);
      }
    }
    this.names = names;
    return names;
  }
}

function dedupe(aliases: readonly string[], name: string): string[] {
  const seen = new Set([key(name)]);
  return aliases.filter((alias) => !seen.has(key(alias)) && seen.add(key(alias)));
}

/**
 * A second declaration of an id: same kind required; aliases unioned; a name
 * given by a `named` declaration wins over an unnamed description (which then
 * becomes an alias); description and properties fill gaps, and a property
 * given differently is a conflict (lists are unioned).
 */
function mergeInto(existing: Entry, next: SeedEntity): Array<[string, string]> {
  const first = existing.entity;
  const at = `${existing.origin.file} (${existing.origin.path})`;
  // A recorded entity is a stored version, as given: a merge would make it another one.
  if (first.version !== undefined || next.version !== undefined) {
    return [
      [
        'id',
        `entity "${next.id}" is declared in ${at} too, and ${first.version !== undefined ? 'there' : 'here'} with its record (version ${first.version ?? next.version}); a recorded entity is declared once`,
      ],
    ];
  }
  if (first.kind !== next.kind) {
    return [['kind', `entity "${next.id}" is a ${first.kind} in ${at} but a ${next.kind} here; one id, one kind`]];
  }
  const problems: Array<[string, string]> = [];
  const properties = { ...first.properties };
  for (const [name, value] of Object.entries(next.properties)) {
    const had = properties[name];
    if (had === undefined || had === null) properties[name] = value;
    else if (Array.isArray(had) && Array.isArray(value)) properties[name] = [...new Set([...had, ...value])];
    else if (value !== null && JSON.stringify(had) !== JSON.stringify(value)) {
      problems.push([
        `properties.${name}`,
        `conflicts with ${at}: ${JSON.stringify(had)} there, ${JSON.stringify(value)} here`,
      ]);
    }
  }
  const takeName = !first.named && next.named;
  const name = takeName ? next.name : first.name;
  existing.entity = {
    ...first,
    name,
    named: first.named || next.named,
    aliases: dedupe([...first.aliases, ...next.aliases, takeName ? first.name : next.name], name),
    description: first.description ?? next.description,
    properties,
    sources: mergeSources(first.sources, next.sources),
  };
  return problems;
}
