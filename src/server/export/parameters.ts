import { BadInputError } from '../../domain/errors';
import type { ExportKind } from './operations';

/**
 * An export URL's query string -> the variables of its GraphQL operation. The
 * names are the GraphQL arguments' (and the explorer's URL parameters'), the
 * filter's fields flattened (`types`, `asOf`, `windowFrom`…). Only the text is
 * converted here (lists, numbers, booleans); values are checked by GraphQL
 * itself when the operation runs, with the same messages and codes as /graphql.
 */

const FILTER = [
  'types',
  'direction',
  'asOf',
  'windowFrom',
  'windowTo',
  'statuses',
  'minConfidence',
  'includeUndated',
  'knownAt',
];
const PATH_OPTIONS = ['maxHops', 'avoid', 'maxDegree', ...FILTER];

export const EXPORT_PARAMETERS: Record<ExportKind, readonly string[]> = {
  neighbourhood: ['entity', 'depth', 'fanOut', 'limit', ...FILTER],
  path: ['from', 'to', ...PATH_OPTIONS],
  paths: ['from', 'to', 'k', ...PATH_OPTIONS],
  connections: ['ids', ...PATH_OPTIONS],
  entities: ['ids', 'knownAt'],
};

export interface ExportRequest {
  kind: ExportKind;
  format: string;
  variables: Record<string, unknown>;
  /** The parameters as given (minus `format`), for the file's metadata. */
  query: Record<string, string>;
  /** File name without extension, e.g. `newsgraph-neighbourhood-nayib-bukele-d2`. */
  title: string;
}

class Reader {
  constructor(private readonly params: Map<string, string>) {}

  text(name: string): string | undefined {
    return this.params.get(name);
  }

  required(name: string): string {
    const value = this.params.get(name);
    if (value === undefined || value === '') {
      throw new BadInputError(`The parameter "${name}" is required.`, { argument: name });
    }
    return value;
  }

  list(name: string): string[] | undefined {
    const value = this.params.get(name);
    return value === undefined
      ? undefined
      : value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean);
  }

  number(name: string, integer: boolean): number | undefined {
    const value = this.params.get(name);
    if (value === undefined) return undefined;
    const pattern = integer ? /^-?\d{1,9}$/ : /^-?(\d+\.?\d*|\.\d+)$/;
    if (!pattern.test(value)) {
      throw new BadInputError(
        `The parameter "${name}" expects ${integer ? 'an integer' : 'a number'}, got "${value}".`,
        {
          argument: name,
        },
      );
    }
    return Number(value);
  }

  boolean(name: string): boolean | undefined {
    const value = this.params.get(name);
    if (value === undefined) return undefined;
    if (value !== 'true' && value !== 'false') {
      throw new BadInputError(`The parameter "${name}" expects true or false, got "${value}".`, { argument: name });
    }
    return value === 'true';
  }
}

const defined = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));

function filterOf(read: Reader): Record<string, unknown> | undefined {
  const windowFrom = read.text('windowFrom');
  const windowTo = read.text('windowTo');
  const filter = defined({
    types: read.list('types'),
    direction: read.text('direction'),
    asOf: read.text('asOf'),
    window: windowFrom || windowTo ? defined({ from: windowFrom, to: windowTo }) : undefined,
    statuses: read.list('statuses'),
    minConfidence: read.number('minConfidence', false),
    includeUndated: read.boolean('includeUndated'),
    knownAt: read.text('knownAt'),
  });
  return Object.keys(filter).length > 0 ? filter : undefined;
}

function pathOptionsOf(read: Reader): Record<string, unknown> | undefined {
  const options = defined({
    maxHops: read.number('maxHops', true),
    avoid: read.list('avoid'),
    maxDegree: read.number('maxDegree', true),
    filter: filterOf(read),
  });
  return Object.keys(options).length > 0 ? options : undefined;
}

/** A slug-safe piece of a file name. */
const part = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'x';

function variablesOf(kind: ExportKind, read: Reader): { variables: Record<string, unknown>; title: string } {
  switch (kind) {
    case 'neighbourhood': {
      const id = read.required('entity');
      const depth = read.number('depth', true);
      return {
        variables: defined({
          id,
          depth,
          fanOut: read.number('fanOut', true),
          limit: read.number('limit', true),
          filter: filterOf(read),
        }),
        title: `newsgraph-neighbourhood-${part(id)}-d${depth ?? 1}`,
      };
    }
    case 'path':
    case 'paths': {
      const [from, to] = [read.required('from'), read.required('to')];
      return {
        variables: defined({
          from,
          to,
          k: kind === 'paths' ? read.number('k', true) : undefined,
          options: pathOptionsOf(read),
        }),
        title: `newsgraph-${kind}-${part(from)}-${part(to)}`,
      };
    }
    case 'connections':
    case 'entities': {
      read.required('ids');
      const ids = read.list('ids')!;
      const rest = kind === 'connections' ? { options: pathOptionsOf(read) } : { knownAt: read.text('knownAt') };
      return {
        variables: defined({ ids, ...rest }),
        title: `newsgraph-${kind}-${ids.slice(0, 3).map(part).join('-')}${ids.length > 3 ? `-and-${ids.length - 3}-more` : ''}`,
      };
    }
  }
}

/** Reads `/export/<kind>?…`; unknown kinds, formats and parameters are refused by name. */
export function parseExportRequest(kind: string, search: URLSearchParams, formats: readonly string[]): ExportRequest {
  if (!(kind in EXPORT_PARAMETERS)) {
    throw new BadInputError(
      `There is no export "${kind}"; expected one of ${Object.keys(EXPORT_PARAMETERS)
        .map((k) => `/export/${k}`)
        .join(', ')}.`,
      { argument: 'path' },
    );
  }
  const exportKind = kind as ExportKind;
  const allowed = new Set(['format', ...EXPORT_PARAMETERS[exportKind]]);
  const params = new Map<string, string>();
  for (const [name, value] of search) {
    if (!allowed.has(name)) {
      throw new BadInputError(`Unknown parameter "${name}" for /export/${kind}; expected ${[...allowed].join(', ')}.`, {
        argument: name,
      });
    }
    if (params.has(name)) throw new BadInputError(`The parameter "${name}" was given twice.`, { argument: name });
    params.set(name, value);
  }
  const format = params.get('format');
  if (format === undefined || !formats.includes(format)) {
    throw new BadInputError(
      `The parameter "format" expects one of ${formats.join(', ')}, got ${format === undefined ? 'nothing' : `"${format}"`}.`,
      { argument: 'format' },
    );
  }
  params.delete('format');
  const { variables, title } = variablesOf(exportKind, new Reader(params));
  return { kind: exportKind, format, variables, title, query: Object.fromEntries(params) };
}
