import { type DocumentNode, Kind, type SelectionSetNode, type ValueNode } from 'graphql';

function argInt(value: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

/**
 * GitHub's GraphQL rate-limit cost: one request per connection per parent node, summed, divided by 100,
 * at least 1 (https://docs.github.com/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api#calculating-points-for-the-primary-rate-limit).
 * Fragments are followed; mutations cost 1 like queries here (GitHub adds a secondary limit instead).
 */
export function graphqlCost(doc: DocumentNode, variables: Record<string, unknown> = {}): number {
  const fragments = new Map<string, SelectionSetNode>();
  for (const def of doc.definitions)
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def.selectionSet);
  let requests = 0;
  const walk = (set: SelectionSetNode, parents: number, depth: number) => {
    if (depth > 30) return;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = fragments.get(sel.name.value);
        if (frag) walk(frag, parents, depth + 1);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet, parents, depth + 1);
      } else if (sel.selectionSet) {
        const arg = (name: string) => argInt(sel.arguments?.find((a) => a.name.value === name)?.value, variables);
        const size = arg('first') ?? arg('last');
        if (size !== undefined) {
          requests += parents;
          walk(sel.selectionSet, parents * size, depth + 1);
        } else {
          walk(sel.selectionSet, parents, depth + 1);
        }
      }
    }
  };
  for (const def of doc.definitions) if (def.kind === Kind.OPERATION_DEFINITION) walk(def.selectionSet, 1, 0);
  return Math.max(1, Math.round(requests / 100));
}
