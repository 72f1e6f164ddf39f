import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped, type ValueNode } from 'graphql';

import { partialDateProblem, precisionOfValue } from '../domain/temporal';

function checked(name: string, accept: (value: string) => string | null) {
  const parse = (value: unknown): string => {
    const problem = typeof value === 'string' ? accept(value) : `expected a string, got ${JSON.stringify(value)}`;
    if (problem !== null) throw new GraphQLError(`${name} ${problem}`, { extensions: { code: 'BAD_USER_INPUT' } });
    return value as string;
  };
  return {
    serialize: (value: unknown) => value as string,
    parseValue: parse,
    parseLiteral: (ast: ValueNode) => {
      if (ast.kind !== Kind.STRING) {
        throw new GraphQLError(`${name} must be a string such as "2025-04-14"`, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      return parse(ast.value);
    },
  };
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  ...checked('Date', (value) =>
    precisionOfValue(value) === 'DAY' ? partialDateProblem(value) : `"${value}" is not a day: expected 'YYYY-MM-DD'`,
  ),
});

export const PartialDateScalar = new GraphQLScalarType({
  name: 'PartialDate',
  ...checked('PartialDate', (value) => partialDateProblem(value)),
});

/** RFC 3339 with an offset; normalised to UTC with milliseconds, the form stored times compare in. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

function dateTimeProblem(value: string): string | null {
  if (!DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    return `"${value}" is not an instant: expected ISO 8601 with an offset, e.g. "2025-04-14T09:30:00Z"`;
  }
  return null;
}

const dateTime = checked('DateTime', dateTimeProblem);

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: dateTime.serialize,
  parseValue: (value) => new Date(dateTime.parseValue(value)).toISOString(),
  parseLiteral: (ast) => new Date(dateTime.parseLiteral(ast)).toISOString(),
});

/** Any JSON value, as it comes. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
