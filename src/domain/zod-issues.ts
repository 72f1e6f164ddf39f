import type { z } from 'zod';

/** A problem found while checking input: where (a path inside the input) and what. */
export interface Problem {
  path: ReadonlyArray<string | number>;
  message: string;
}

/**
 * Zod issues as Problems whose message says what was expected and what came.
 * `schema` and `input` are the ones that produced `error`: the schema names the
 * allowed fields of an object, the input what actually came.
 */
export function zodProblems(error: z.ZodError, schema: z.ZodType, input: unknown): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = keysAt(schema, path);
        return issue.keys.map((key) => ({
          path: [...path, key],
          message: `unknown field "${key}"; allowed here: ${allowed.length > 0 ? allowed.join(', ') : 'none'}`,
        }));
      }
      case 'invalid_type': {
        const came = valueAt(input, path);
        return [
          {
            path,
            message:
              came === undefined
                ? `required field is missing (expected ${issue.expected})`
                : `expected ${issue.expected}, got ${describe(came)}`,
          },
        ];
      }
      default:
        return [{ path, message: issue.message }];
    }
  });
}

/** A short rendering of a value for an error message. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return `${typeof value} ${String(value)}`;
  }
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function valueAt(input: unknown, path: ReadonlyArray<string | number>): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Zod reports an unknown key without the known ones; walk the schema to the object at `path` to list them. */
function keysAt(schema: z.ZodType, path: ReadonlyArray<string | number>): string[] {
  let current: z.ZodType | undefined = schema;
  let rest = [...path];
  while (current) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe') current = def.in;
    else if (rest.length === 0) return def.shape ? Object.keys(def.shape) : [];
    else if (def.type === 'array') [current, rest] = [def.element, rest.slice(1)];
    else if (def.shape) [current, rest] = [def.shape[String(rest[0])], rest.slice(1)];
    else return [];
  }
  return [];
}
