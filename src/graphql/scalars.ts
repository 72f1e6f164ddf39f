import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

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
