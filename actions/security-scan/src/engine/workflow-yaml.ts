import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLMap } from 'yaml';

/** A parsed YAML file with line lookup, for the workflow rules. */
export interface YamlFile {
  root: YAMLMap | undefined;
  source: string;
  lineOf(offset: number): { line: number; col: number };
}

/** Parses YAML keeping positions (yaml's LineCounter); an unparsable file yields `root: undefined`. */
export function parseYaml(source: string): YamlFile {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, keepSourceTokens: false, uniqueKeys: false });
  const root = doc.errors.length === 0 && isMap(doc.contents) ? doc.contents : undefined;
  return { root, source, lineOf: (offset) => counter.linePos(offset) };
}

/** The value under `key` in a map node, or undefined. */
export function get(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  for (const pair of node.items) {
    if (isScalar(pair.key) && pair.key.value === key) return (pair.value ?? undefined) as Node | undefined;
  }
  return undefined;
}

/** The key node of `key` in a map (to point at `on:` or `permissions:` themselves). */
export function keyNode(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  for (const pair of node.items) if (isScalar(pair.key) && pair.key.value === key) return pair.key as Node;
  return undefined;
}

/** String value of a scalar node, else undefined. */
export function str(node: unknown): string | undefined {
  if (isScalar(node)) return node.value === null || node.value === undefined ? undefined : String(node.value);
  return undefined;
}

/** Items of a sequence node (empty for anything else). */
export function items(node: unknown): Node[] {
  return isSeq(node) ? (node.items as Node[]) : [];
}

/** Entries of a map node as [key, value] pairs with string keys. */
export function entries(node: unknown): [string, Node | undefined][] {
  if (!isMap(node)) return [];
  return node.items.map((p) => [
    String(isScalar(p.key) ? p.key.value : p.key),
    (p.value ?? undefined) as Node | undefined,
  ]);
}

/** Start offset of a node, or 0. */
export function startOf(node: Node | undefined): number {
  return node?.range?.[0] ?? 0;
}

/** Event names of a workflow's `on:` (string, list or map form). */
export function triggers(root: YAMLMap): string[] {
  const on = get(root, 'on') ?? get(root, 'true');
  if (!on) return [];
  const single = str(on);
  if (single) return [single];
  if (isSeq(on)) return items(on).map((n) => str(n) ?? '');
  return entries(on).map(([k]) => k);
}
