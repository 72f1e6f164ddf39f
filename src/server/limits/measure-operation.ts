import { getArgumentValues, GraphQLError, Kind, type FieldNode, type OperationDefinitionNode } from 'graphql';

import type { Limits } from '../../config/types';
import { configuredDefault } from '../../graphql/arguments/configured-defaults';
import {
  fieldsOf,
  runtimeTypes,
  subfieldsOn,
  type CollectedField,
  type CollectionContext,
} from '../../graphql/field-collector';

export interface OperationMeasure {
  /** Deepest field nesting (introspection fields are not counted). */
  depth: number;
  /** Fields that may be resolved, with list sizes multiplied through. */
  cost: number;
  /** Whether a variable's value counts (a size or an @skip/@include): if not, the measure holds for every request. */
  readsVariables: boolean;
}

/**
 * The arguments that say how many of what it selects a field returns: a
 * field with one of them is a list or page (the schema's convention), and
 * multiplies the cost of its selection by the argument's value, its SDL
 * default, or its configured default (arguments/configured-defaults.ts).
 */
const SIZE_ARGUMENTS = ['first', 'limit', 'k'];

interface Measure {
  depth: number;
  cost: number;
}

/**
 * How deep and how costly an operation is before it runs, over the fields
 * execution would collect (graphql-js's collector: fragments, type
 * conditions, @skip/@include, one field per response key). A field whose
 * value may be of several object types costs as much as its costliest type.
 */
export function measureOperation(
  context: CollectionContext,
  operation: OperationDefinitionNode,
  limits: Limits,
): OperationMeasure {
  const root = context.schema.getRootType(operation.operation);
  if (!root) return { depth: 0, cost: 0, readsVariables: false };
  const measurer = new Measurer(context, limits);
  const { depth, cost } = measurer.fields(fieldsOf(context, root, operation.selectionSet), 0);
  // The collector reads @skip/@include without saying so: any in a document with variables may read one.
  const conditions = /@(skip|include)\b/.test(operation.loc?.source.body ?? '@skip');
  const readsVariables = measurer.readsVariables || (conditions && (operation.variableDefinitions ?? []).length > 0);
  return { depth, cost, readsVariables };
}

class Measurer {
  /** Field nodes numbered once, so two runtime types that collect the same nodes are measured once. */
  private readonly ids = new Map<FieldNode, number>();
  private readonly measured = new Map<string, Measure>();
  readsVariables = false;

  constructor(
    private readonly context: CollectionContext,
    private readonly limits: Limits,
  ) {}

  fields(fields: readonly CollectedField[], depth: number): Measure {
    let maxDepth = depth;
    let cost = 0;
    for (const field of fields) {
      if (field.definition.name.startsWith('__')) continue;
      const child = this.selection(field, depth + 1);
      cost += 1 + this.size(field) * child.cost;
      maxDepth = Math.max(maxDepth, child.depth);
    }
    return { depth: maxDepth, cost };
  }

  /** What a field's selection costs on the costliest object type its value may be; a leaf costs nothing more. */
  private selection(field: CollectedField, depth: number): Measure {
    if (!field.nodes.some((node) => node.selectionSet)) return { depth, cost: 0 };
    let worst: Measure = { depth, cost: 0 };
    for (const type of runtimeTypes(this.context.schema, field.definition.type)) {
      const subfields = subfieldsOn(this.context, type, field.nodes);
      const key = `${depth}|${subfields.map((f) => `${f.responseKey}:${f.nodes.map((n) => this.id(n)).join(',')}`).join(';')}`;
      let measure = this.measured.get(key);
      if (!measure) {
        measure = this.fields(subfields, depth);
        this.measured.set(key, measure);
      }
      worst = { depth: Math.max(worst.depth, measure.depth), cost: Math.max(worst.cost, measure.cost) };
    }
    return worst;
  }

  /** How many of its selection a field returns: 1 unless it takes a size argument. */
  private size(field: CollectedField): number {
    const argument = field.definition.args.find((arg) => SIZE_ARGUMENTS.includes(arg.name));
    if (!argument) return 1;
    const given = field.nodes[0]!.arguments?.find((node) => node.name.value === argument.name);
    if (given?.value.kind === Kind.VARIABLE) this.readsVariables = true;
    let value: unknown;
    try {
      value = getArgumentValues(field.definition, field.nodes[0]!, this.context.variableValues)[argument.name];
    } catch (error) {
      // A bad argument value: execution refuses it at its path before anything runs; size it by its default.
      if (!(error instanceof GraphQLError)) throw error;
    }
    const coordinate = `${field.parentType.name}.${field.definition.name}.${argument.name}`;
    const size = typeof value === 'number' ? value : (configuredDefault(coordinate, this.limits) ?? 1);
    return Math.max(1, size);
  }

  private id(node: FieldNode): number {
    let id = this.ids.get(node);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(node, id);
    }
    return id;
  }
}
