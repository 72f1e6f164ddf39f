import { Kind, visit, type ASTNode, type DocumentNode } from 'graphql';

/** What a parsed document asks for, counted before validation (see documentBoundsRule). */
export interface DocumentSize {
  /**
   * Field selections, fragments expanded where they are spread (so a fragment spread twice
   * counts twice, and nested spreads multiply), `__typename` and aliased fields included.
   * Summed over the operations, plus fragments no operation spreads (validation reads them too).
   */
  fields: number;
  /** Aliased fields, counted the same way: an alias costs whatever field it names. */
  aliases: number;
  /**
   * Most fields written in one selection set (its inline fragments included, as graphql
   * merges them): fields of one response name there are compared pairwise by validation.
   */
  fieldsPerSelection: number;
  /** Fragment spreads written in the document. */
  fragmentSpreads: number;
  /** Directives written in the document. */
  directives: number;
  /** Variable definitions written in the document. */
  variables: number;
  /** Characters of the longest string literal. */
  longestString: number;
}

interface Definition {
  fields: number;
  aliases: number;
  /** Fragment name -> how often this definition spreads it directly. */
  spreads: Map<string, number>;
}

/**
 * One visit of the document, linear in its size, then one expansion per fragment
 * (memoised, so `fragment A { ...B ...B }` chains cost their length, not 2^n). A
 * fragment cycle counts as nothing here: validation refuses it.
 */
export function measureDocument(document: DocumentNode): DocumentSize {
  const operations: Definition[] = [];
  const fragments = new Map<string, Definition>();
  /** Definitions no operation reaches (validation still reads them): duplicates of a fragment name. */
  const unreached: Definition[] = [];
  const size = { fieldsPerSelection: 0, fragmentSpreads: 0, directives: 0, variables: 0, longestString: 0 };
  /** Fields of each selection set being visited; an inline fragment adds to its parent's. */
  const selections: number[] = [];
  const ownsCount = (parent: ASTNode | readonly ASTNode[] | undefined) =>
    !(parent && 'kind' in parent && parent.kind === Kind.INLINE_FRAGMENT);
  let current: Definition = { fields: 0, aliases: 0, spreads: new Map() };
  const enterDefinition = () => {
    current = { fields: 0, aliases: 0, spreads: new Map() };
    return current;
  };
  visit(document, {
    OperationDefinition: () => void operations.push(enterDefinition()),
    FragmentDefinition: (node) => {
      const shadowed = fragments.get(node.name.value);
      if (shadowed) unreached.push(shadowed);
      fragments.set(node.name.value, enterDefinition());
    },
    SelectionSet: {
      enter: (_node, _key, parent) => void (ownsCount(parent) && selections.push(0)),
      leave: (_node, _key, parent) => {
        if (ownsCount(parent)) size.fieldsPerSelection = Math.max(size.fieldsPerSelection, selections.pop()!);
      },
    },
    Field: (node) => {
      current.fields += 1;
      selections[selections.length - 1]! += 1;
      if (node.alias) current.aliases += 1;
    },
    FragmentSpread: (node) => {
      size.fragmentSpreads += 1;
      current.spreads.set(node.name.value, (current.spreads.get(node.name.value) ?? 0) + 1);
    },
    Directive: () => void (size.directives += 1),
    VariableDefinition: () => void (size.variables += 1),
    StringValue: (node) => void (size.longestString = Math.max(size.longestString, node.value.length)),
  });

  const totals = expandFragments(fragments);
  const reached = new Set<string>();
  for (const operation of operations) for (const name of reachable(operation, fragments)) reached.add(name);
  for (const [name, fragment] of fragments) if (!reached.has(name)) unreached.push(fragment);
  let fields = 0;
  let aliases = 0;
  for (const definition of [...operations, ...unreached]) {
    const total = withSpreads(definition, totals);
    fields += total.fields;
    aliases += total.aliases;
  }
  return { fields, aliases, ...size };
}

interface Totals {
  fields: number;
  aliases: number;
}

/**
 * Each fragment's fields and aliases with its own spreads expanded, computed once per
 * fragment in post-order with an explicit stack (a chain of spreads as long as the token
 * limit allows must not overflow the call stack). A spread that closes a cycle adds nothing.
 */
function expandFragments(fragments: ReadonlyMap<string, Definition>): Map<string, Totals> {
  const totals = new Map<string, Totals>();
  const open = new Set<string>();
  for (const root of fragments.keys()) {
    const stack = [root];
    while (stack.length > 0) {
      const name = stack[stack.length - 1]!;
      const fragment = fragments.get(name)!;
      if (totals.has(name)) {
        stack.pop();
      } else if (!open.has(name)) {
        open.add(name);
        for (const child of fragment.spreads.keys()) {
          if (fragments.has(child) && !totals.has(child) && !open.has(child)) stack.push(child);
        }
      } else {
        totals.set(name, withSpreads(fragment, totals));
        open.delete(name);
        stack.pop();
      }
    }
  }
  return totals;
}

/** Fragments an operation spreads, directly or through other fragments. */
function reachable(operation: Definition, fragments: ReadonlyMap<string, Definition>): Set<string> {
  const seen = new Set<string>();
  const stack = [...operation.spreads.keys()];
  while (stack.length > 0) {
    const name = stack.pop()!;
    const fragment = fragments.get(name);
    if (seen.has(name) || !fragment) continue;
    seen.add(name);
    stack.push(...fragment.spreads.keys());
  }
  return seen;
}

/** A definition's own counts plus those of the fragments it spreads (unknown or still open: nothing). */
function withSpreads(definition: Definition, totals: ReadonlyMap<string, Totals>): Totals {
  let { fields, aliases } = definition;
  for (const [name, times] of definition.spreads) {
    const inner = totals.get(name);
    if (inner === undefined) continue;
    fields += times * inner.fields;
    aliases += times * inner.aliases;
  }
  return { fields, aliases };
}

/** Characters of the longest string anywhere in a JSON value (request variables), walked without recursion. */
export function longestStringIn(value: unknown): number {
  let longest = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') longest = Math.max(longest, item.length);
    else if (item !== null && typeof item === 'object') for (const inner of Object.values(item)) stack.push(inner);
  }
  return longest;
}
