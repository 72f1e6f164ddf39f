import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  type DocumentNode,
  type GraphQLField,
  type GraphQLObjectType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

import { NewsgraphError } from '../../domain/errors';
import { requireScope, type Scope } from '../../domain/viewer';
import type { GraphQLContext } from '../../graphql/context';
import { scopeGraphQLError } from '../auth';

const DEFAULT_SCOPE: Record<OperationDefinitionNode['operation'], Scope> = {
  query: 'read',
  mutation: 'write',
  subscription: 'read',
};

/** The names of the root fields an operation selects, through fragments; introspection fields left out. */
function rootFields(selectionSet: SelectionSetNode, document: DocumentNode, into = new Set<string>()): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.name.value.startsWith('__')) into.add(selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      rootFields(selection.selectionSet, document, into);
    } else {
      const fragment = document.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
      );
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) rootFields(fragment.selectionSet, document, into);
    }
  }
  return into;
}

/** The scope a root field declares with `@requiresScope(scope: …)`, else its operation type's default. */
function scopeOf(field: GraphQLField<unknown, unknown> | undefined, fallback: Scope): Scope {
  const directive = field?.astNode?.directives?.find((d) => d.name.value === 'requiresScope');
  const value = directive?.arguments?.find((a) => a.name.value === 'scope')?.value;
  return value?.kind === Kind.ENUM ? (value.value.toLowerCase() as Scope) : fallback;
}

/**
 * Checks the viewer's scopes against every root field of the operation
 * before any field resolves: a query field needs `read` (so READ_ACCESS=key
 * is enforced here), a mutation field `write`, unless the SDL declares
 * otherwise. A refusal is a request error — 401 or 403 with a Bearer
 * challenge, no partial data, no side effect. Resolvers check again with
 * requireScope; this plugin is what makes a forgotten check harmless.
 */
export function scopesPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, contextValue }) {
          if (!operation) return;
          const root: GraphQLObjectType | null | undefined = schema.getRootType(operation.operation);
          if (!root) return;
          const fields = root.getFields();
          const needed = new Set<Scope>();
          for (const name of rootFields(operation.selectionSet, document)) {
            needed.add(scopeOf(fields[name], DEFAULT_SCOPE[operation.operation]));
          }
          try {
            for (const scope of needed) requireScope(contextValue.viewer, scope);
          } catch (error) {
            throw error instanceof NewsgraphError ? scopeGraphQLError(error) : error;
          }
        },
      };
    },
  };
}
