import type { Relationship } from '../domain';
import type { SeedError } from './errors';

interface Version {
  relationship: Relationship;
  file: string;
  path: string;
}

/**
 * The recorded relationships of a seed (entries with a `record`, as `npm run
 * export` writes them): every version of an id, current and retracted, kept
 * as given. A recorded version is history, so it is never merged with
 * another declaration; what holds across the versions of one id is checked
 * once every file is read (`problems`).
 */
export class RelationshipVersions {
  private readonly byId = new Map<string, Map<number, Version>>();

  anyVersion(id: string): Version | undefined {
    const versions = this.byId.get(id);
    return versions && [...versions.values()][0];
  }

  /** Adds one version; returns [path suffix, message] problems (nothing is added when there are any). */
  add(rel: Relationship, file: string, path: string): Array<[Array<string | number>, string]> {
    const versions = this.byId.get(rel.id) ?? new Map<number, Version>();
    const same = versions.get(rel.version!);
    if (same) {
      return [
        [
          ['record', 'version'],
          `version ${rel.version} of relationship "${rel.id}" is already given at ${same.file} (${same.path})`,
        ],
      ];
    }
    versions.set(rel.version!, { relationship: rel, file, path });
    this.byId.set(rel.id, versions);
    return [];
  }

  /** By id, then version: the order the export writes them in. */
  all(): Relationship[] {
    return [...this.byId.values()].flatMap((versions) =>
      [...versions.values()]
        .sort((a, b) => a.relationship.version! - b.relationship.version!)
        .map((v) => v.relationship),
    );
  }

  /**
   * Across the versions of each id: only the latest may be current (each
   * correction retracts the version it replaces), and a version superseded by
   * another names one that is given.
   */
  problems(): SeedError[] {
    const errors: SeedError[] = [];
    for (const [id, versions] of this.byId) {
      const latest = Math.max(...versions.keys());
      for (const [version, { relationship, file, path }] of versions) {
        const retraction = relationship.retraction ?? null;
        if (retraction === null && version < latest) {
          errors.push({
            file,
            path: `${path}.record.version`,
            message: `version ${version} of relationship "${id}" is current, but version ${latest} is given too; only the latest version can be current (give the earlier one its "retraction")`,
          });
        }
        const next = retraction?.supersededBy ?? null;
        if (next !== null && !versions.has(next)) {
          errors.push({
            file,
            path: `${path}.retraction.supersededBy`,
            message: `version ${version} of relationship "${id}" is superseded by version ${next}, which is not given; given: ${[...versions.keys()].sort((a, b) => a - b).join(', ')}`,
          });
        }
      }
    }
    return errors;
  }
}
