import {
  doTypesOverlap,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';

/** What collecting fields needs of an operation: its schema, fragments and variable values. */
export interface SelectionScope {
  schema: GraphQLSchema;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variableValues: Readonly<Record<string, unknown>>;
}

/** One field as execution will resolve it: every node under one response key, merged. */
export interface CollectedField {
  name: string;
  nodes: FieldNode[];
  /** The field's definition on the type the (first) node selects it from; undefined for `__typename` and the like. */
  definition: GraphQLField<unknown, unknown> | undefined;
}

/**
 * The fields a selection will execute on `type`, by response key, with
 * graphql-js's CollectFields semantics: `@skip`/`@include`, fragment spreads
 * (each at most once per call), inline fragments, and type conditions. On
 * an abstract type, a fragment applies when its type condition can overlap
 * (an upper bound: the runtime type is not known yet), which is what both the
 * cost limit and the look-ahead want. The one field collector of the
 * project: src/server/limits and the relationship-page look-ahead use it.
 */
export function collectFields(
  scope: SelectionScope,
  type: GraphQLCompositeType,
  selectionSets: ReadonlyArray<SelectionSetNode | undefined>,
): Map<string, CollectedField> {
  const fields = new Map<string, CollectedField>();
  const visited = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, scopeType: GraphQLCompositeType) => {
    for (const selection of set?.selections ?? []) {
      if (!included(scope, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const found = fields.get(key);
        if (found) found.nodes.push(selection);
        else
          fields.set(key, {
            name: selection.name.value,
            nodes: [selection],
            definition: fieldOf(scopeType, selection),
          });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = conditionType(scope, selection.typeCondition?.name.value, scopeType);
        if (condition) visit(selection.selectionSet, condition);
      } else {
        const name = selection.name.value;
        const fragment = scope.fragments[name];
        if (visited.has(name) || !fragment) continue;
        visited.add(name);
        const condition = conditionType(scope, fragment.typeCondition.name.value, scopeType);
        if (condition) visit(fragment.selectionSet, condition);
      }
    }
  };
  for (const set of selectionSets) visit(set, type);
  return fields;
}

/** The fields selected under `field` (its return type's), or none when it returns a leaf. */
export function collectSubfields(scope: SelectionScope, field: CollectedField): Map<string, CollectedField> {
  const type = field.definition ? getNamedType(field.definition.type) : undefined;
  if (!type || !isCompositeType(type)) return new Map();
  return collectFields(
    scope,
    type,
    field.nodes.map((node) => node.selectionSet),
  );
}

function fieldOf(type: GraphQLCompositeType, node: FieldNode): GraphQLField<unknown, unknown> | undefined {
  return 'getFields' in type ? type.getFields()[node.name.value] : undefined;
}

/**
 * The type a fragment's fields are looked up on, or null when the fragment
 * cannot apply to `type`: the narrower of the two when they overlap.
 */
function conditionType(
  scope: SelectionScope,
  condition: string | undefined,
  type: GraphQLCompositeType,
): GraphQLCompositeType | null {
  if (condition === undefined || condition === type.name) return type;
  const named = scope.schema.getType(condition);
  if (!named || !isCompositeType(named)) return null;
  if (isObjectType(type)) return isAbstractType(named) && scope.schema.isSubType(named, type) ? type : null;
  return doTypesOverlap(scope.schema, type, named) ? named : null;
}

function included(scope: SelectionScope, node: FieldNode | FragmentSpreadNode | InlineFragmentNode): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, scope.variableValues)?.['if'] === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, scope.variableValues)?.['if'] !== false;
}
