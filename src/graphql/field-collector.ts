import {
  getNamedType,
  isAbstractType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
// graphql-js's own collector, the one execution uses (fragments, type conditions, @skip/@include, merging by
// response key); not re-exported from 'graphql' in v16, so a deep import, pinned by the major version.
import { collectFields, collectSubfields } from 'graphql/execution/collectFields';

/** What collecting needs of a request: `GraphQLResolveInfo` has it, and so has a validated operation. */
export interface CollectionContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  /** Coerced variable values (as execution sees them): @skip/@include read them. */
  variableValues: Record<string, unknown>;
}

/** A field as execution sees it: the nodes merged under one response key, on one parent object type. */
export interface CollectedField {
  responseKey: string;
  parentType: GraphQLObjectType;
  definition: GraphQLField<unknown, unknown>;
  nodes: readonly FieldNode[];
}

/** A selection to collect from: field nodes and the type they return (`info.fieldNodes`, `info.returnType`). */
export interface FieldSelection {
  nodes: readonly FieldNode[];
  type: GraphQLOutputType;
}

/** The object types a value of `type` may be at run time: itself, or an interface's or union's possible types. */
export function runtimeTypes(schema: GraphQLSchema, type: GraphQLOutputType): readonly GraphQLObjectType[] {
  const named = getNamedType(type);
  if (isAbstractType(named)) return schema.getPossibleTypes(named);
  return isObjectType(named) ? [named] : [];
}

function withDefinitions(parentType: GraphQLObjectType, fields: Map<string, readonly FieldNode[]>): CollectedField[] {
  const collected: CollectedField[] = [];
  const definitions = parentType.getFields();
  for (const [responseKey, nodes] of fields) {
    const definition = definitions[nodes[0]!.name.value];
    // Only introspection's meta-fields (__typename, __schema, __type) have no definition on the type.
    if (definition) collected.push({ responseKey, parentType, definition, nodes });
  }
  return collected;
}

/** The fields a selection set executes on an object type (an operation's root selection, say). */
export function fieldsOf(
  context: CollectionContext,
  parentType: GraphQLObjectType,
  selectionSet: SelectionSetNode,
): CollectedField[] {
  const fields = collectFields(context.schema, context.fragments, context.variableValues, parentType, selectionSet);
  return withDefinitions(parentType, fields);
}

/** The sub-fields a selection executes on one object type it may be at run time. */
export function subfieldsOn(
  context: CollectionContext,
  parentType: GraphQLObjectType,
  nodes: readonly FieldNode[],
): CollectedField[] {
  return withDefinitions(
    parentType,
    collectSubfields(context.schema, context.fragments, context.variableValues, parentType, nodes),
  );
}

/**
 * The sub-fields named `name` that `selection` executes, on every object type
 * its value may be at run time (one entry per type and response key: two
 * kinds may ask for the same key with different arguments). Pass an entry
 * back (`{ nodes, type: definition.type }`) to go a level deeper.
 */
export function subfields(selection: FieldSelection, context: CollectionContext, name: string): CollectedField[] {
  return runtimeTypes(context.schema, selection.type).flatMap((type) =>
    subfieldsOn(context, type, selection.nodes).filter((field) => field.definition.name === name),
  );
}

/** A collected field as a selection to collect from. */
export const selectionOf = (field: CollectedField): FieldSelection => ({
  nodes: field.nodes,
  type: field.definition.type,
});
