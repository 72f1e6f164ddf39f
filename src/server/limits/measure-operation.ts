import {
  Kind,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export interface OperationMeasure {
  /** Deepest field nesting (introspection fields are not counted). */
  depth: number;
  /** Fields that may be resolved, with list sizes multiplied through. */
  cost: number;
  aliases: number;
}

export interface PageDefaults {
  /** Size assumed for a `first` argument that is absent. */
  first: number;
  /** Size assumed for a `limit` argument that is absent. */
  limit: number;
}

function intArgument(value: ValueNode | undefined, variables: Record<string, unknown>): number | null {
  if (!value) return null;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : null;
  }
  return null;
}

/**
 * How deep and how costly an operation is, before it runs. A field with a
 * `first`, `limit` or `k` argument multiplies the cost of what it selects by
 * that size (or the default when absent), so nested lists multiply as they
 * would at run time; every other field costs 1.
 */
export function measureOperation(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  defaults: PageDefaults,
): OperationMeasure {
  let aliases = 0;
  const walk = (set: SelectionSetNode, depth: number, seen: Set<string>): { depth: number; cost: number } => {
    let maxDepth = depth;
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        if (selection.alias) aliases += 1;
        let fieldCost = 1;
        let fieldDepth = depth + 1;
        if (selection.selectionSet) {
          const child = walk(selection.selectionSet, depth + 1, seen);
          const args = selection.arguments ?? [];
          const first = args.find((a) => a.name.value === 'first');
          const limit = args.find((a) => a.name.value === 'limit');
          const k = args.find((a) => a.name.value === 'k');
          const multiplier = first
            ? (intArgument(first.value, variables) ?? defaults.first)
            : limit
              ? (intArgument(limit.value, variables) ?? defaults.limit)
              : k
                ? (intArgument(k.value, variables) ?? defaults.first)
                : isPagedField(selection.name.value)
                  ? defaults.first
                  : 1;
          fieldCost += Math.max(1, multiplier) * child.cost;
          fieldDepth = child.depth;
        }
        cost += fieldCost;
        maxDepth = Math.max(maxDepth, fieldDepth);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const child = walk(selection.selectionSet, depth, seen);
        cost += child.cost;
        maxDepth = Math.max(maxDepth, child.depth);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || seen.has(name)) continue;
        const child = walk(fragment.selectionSet, depth, new Set([...seen, name]));
        cost += child.cost;
        maxDepth = Math.max(maxDepth, child.depth);
      }
    }
    return { depth: maxDepth, cost };
  };
  const result = walk(operation.selectionSet, 0, new Set());
  return { depth: result.depth, cost: result.cost, aliases };
}

/** Fields that return a page even when the query gives no `first`. */
function isPagedField(name: string): boolean {
  return ['relationships', 'entities', 'timeline', 'search', 'paths', 'allShortestPaths', 'commonNeighbours'].includes(
    name,
  );
}
