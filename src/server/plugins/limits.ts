import type { ApolloServerPlugin } from '@apollo/server';
import {
  getVariableValues,
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

import type { Limits } from '../../config/types';
import { setArticleTextsAside } from '../limits/article-texts';
import { longestStringIn } from '../limits/document-size';
import { measureOperation, type OperationMeasure } from '../limits/measure-operation';

function refuse(limit: string, value: number, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'LIMIT_EXCEEDED', limit, value, http: { status: 400 } },
  });
}

/**
 * Refuses an operation that is too deep or too costly before anything reaches
 * Neo4j; the error names the limit and its value. (Token count is enforced by
 * the parser, see format-error.ts; aliases, fields and the other sizes before
 * validation, see limits/document-bounds.ts.)
 */
export function limitsPlugin<T extends object>(limits: Limits): ApolloServerPlugin<T> {
  // Apollo keeps one parsed document per query text, so an operation whose measure reads no variable is measured once.
  const measures = new WeakMap<OperationDefinitionNode, OperationMeasure>();
  const measureOnce = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    inputs: Record<string, unknown> | undefined,
  ): OperationMeasure | null => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    // As execution will coerce them; if it cannot, it refuses the request before any field runs.
    const variables = getVariableValues(schema, operation.variableDefinitions ?? [], inputs ?? {}, { maxErrors: 1 });
    if (!variables.coerced) return null;
    const measured = measureOperation({ schema, fragments, variableValues: variables.coerced }, operation, limits);
    if (!measured.readsVariables) measures.set(operation, measured);
    return measured;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const { rest, longestArticle } = setArticleTextsAside(operation, request.variables ?? {});
          if (longestArticle > limits.maxDocumentLength) {
            throw refuse(
              'maxDocumentLength',
              limits.maxDocumentLength,
              `An article's text has ${longestArticle} characters; the limit maxDocumentLength = ${limits.maxDocumentLength}.`,
            );
          }
          const longest = longestStringIn(rest);
          if (longest > limits.maxStringLength) {
            throw refuse(
              'maxStringLength',
              limits.maxStringLength,
              `A variable holds a string of ${longest} characters; the limit maxStringLength = ${limits.maxStringLength}.`,
            );
          }
          const measure = measures.get(operation) ?? measureOnce(schema, document, operation, request.variables);
          if (!measure) return;
          if (measure.depth > limits.maxQueryDepth) {
            throw refuse(
              'maxQueryDepth',
              limits.maxQueryDepth,
              `Query depth ${measure.depth} exceeds the limit maxQueryDepth = ${limits.maxQueryDepth}.`,
            );
          }
          if (measure.cost > limits.maxQueryCost) {
            throw refuse(
              'maxQueryCost',
              limits.maxQueryCost,
              `Estimated query cost ${measure.cost} exceeds the limit maxQueryCost = ${limits.maxQueryCost} (list sizes multiply: lower "first"/"limit" or nest less).`,
            );
          }
        },
      };
    },
  };
}
