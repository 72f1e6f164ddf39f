/**
 * One problem in a seed file: which file (relative to the seeds dir), where in
 * it (`relationships[3].sources[0].quote`; '' for the file as a whole) and what
 * was expected against what came.
 */
export interface SeedError {
  file: string;
  path: string;
  message: string;
}

/** ['relationships', 3, 'sources', 0, 'quote'] -> 'relationships[3].sources[0].quote' */
export function formatPath(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? key : `${out}.${key}`;
  }, '');
}

/** One line per error: `graph/x.json relationships[3].from: no entity ...` */
export function formatSeedErrors(errors: readonly SeedError[]): string {
  return errors.map((e) => `${e.file}${e.path ? ` ${e.path}` : ''}: ${e.message}`).join('\n');
}

/** Thrown by the loader when a seed dir does not validate; nothing was written. */
export class SeedValidationError extends Error {
  constructor(readonly errors: readonly SeedError[]) {
    super(
      `The seed is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}); nothing was written:\n${formatSeedErrors(errors)}`,
    );
    this.name = 'SeedValidationError';
  }
}
