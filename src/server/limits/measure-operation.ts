import {
  getArgumentValues,
  getNamedType,
  GraphQLError,
  isCompositeType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

import {
  collectFields,
  collectSubfields,
  type CollectedField,
  type SelectionScope,
} from '../../graphql/selection/collect-fields';

export interface OperationMeasure {
  /** Deepest field nesting (introspection fields are not counted). */
  depth: number;
  /** Fields that may be resolved, with list sizes multiplied through. */
  cost: number;
  aliases: number;
}

/** Arguments that size a page: a field taking one of these is paged (derived from the schema, not listed by name). */
const SIZE_ARGUMENTS = ['first', 'limit', 'k'] as const;

/**
 * How deep and how costly an operation is, before it runs, over the fields
 * execution will resolve (the project's one field collector: fragments, type
 * conditions, @skip/@include, fields merged by response key). A paged field
 * (one with a `first`, `limit` or `k` argument) multiplies the cost of what it
 * selects by that size: the value given, else the schema's default, else
 * `defaultPageSize` (a size the configuration decides); every other field
 * costs 1. Variables are the request's, not yet coerced.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variableValues: Record<string, unknown>,
  defaultPageSize: number,
): OperationMeasure {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const scope: SelectionScope = { schema, fragments, variableValues };
  let aliases = 0;
  const walk = (fields: Map<string, CollectedField>, depth: number): { depth: number; cost: number } => {
    let maxDepth = depth;
    let cost = 0;
    for (const field of fields.values()) {
      if (field.name.startsWith('__')) continue;
      aliases += field.nodes.filter((node) => node.alias).length;
      let fieldCost = 1;
      let fieldDepth = depth + 1;
      if (field.nodes.some((node) => node.selectionSet)) {
        const child = walk(collectSubfields(scope, field), depth + 1);
        fieldCost += Math.max(1, pageSize(field, scope, defaultPageSize)) * child.cost;
        fieldDepth = Math.max(fieldDepth, child.depth);
      }
      cost += fieldCost;
      maxDepth = Math.max(maxDepth, fieldDepth);
    }
    return { depth: maxDepth, cost };
  };
  const root = rootType(schema, operation);
  const result = root ? walk(collectFields(scope, root, [operation.selectionSet]), 0) : { depth: 0, cost: 0 };
  return { depth: result.depth, cost: result.cost, aliases };
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLCompositeType | null {
  const type = schema.getRootType(operation.operation);
  return type && isCompositeType(getNamedType(type)) ? type : null;
}

/** The size a paged field multiplies by; 1 for a field that is not paged. */
function pageSize(field: CollectedField, scope: SelectionScope, defaultPageSize: number): number {
  const definition = field.definition;
  const sizeArgument = definition?.args.find((arg) => (SIZE_ARGUMENTS as readonly string[]).includes(arg.name));
  if (!definition || !sizeArgument) return 1;
  let values: Record<string, unknown>;
  try {
    values = getArgumentValues(definition, field.nodes[0]!, scope.variableValues);
  } catch (error) {
    // A wrong argument is reported by execution, at its path; measure it at the default meanwhile.
    if (error instanceof GraphQLError) values = {};
    else throw error;
  }
  const value = values[sizeArgument.name];
  return typeof value === 'number' ? value : defaultPageSize;
}
