// Answers are a nested plain object addressed by dot paths ("nieuwAdres.postcode",
// "meeverhuizers.0.naam.voornamen"), the same paths the schema reports below `gegevens`.
export type Answers = Record<string, unknown>;

export function getPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Returns a copy of `root` with `value` at `path`; containers on the way are copied, not mutated. */
export function setPath<T extends Answers>(root: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const copy: Record<string, unknown> | unknown[] = Array.isArray(root) ? [...root] : { ...root };
  const current = (root as Record<string, unknown>)[head];
  const next = rest.length === 0
    ? value
    : setPath((current && typeof current === 'object' ? current : /^\d+$/.test(rest[0]) ? [] : {}) as Answers, rest.join('.'), value);
  (copy as Record<string, unknown>)[head] = next;
  return copy as T;
}

/** Turns a schema issue path into a dot path (numbers stay as indices). */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** A DOM id for a field path, stable and unique inside one shadow root. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
