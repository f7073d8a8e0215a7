const PLAIN_KEY = /^[A-Za-z0-9_-]{1,40}$/;
const LONGEST_KEY = 40;

/** A field path as people read it: answers.q-1, scope[2], answers["Bad key"]. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => segment(key, i === 0)).join('') || '(the whole file)';
}

function segment(key: PropertyKey, first: boolean): string {
  if (typeof key === 'number') return `[${key}]`;
  const name = String(key);
  if (PLAIN_KEY.test(name)) return first ? name : `.${name}`;
  // Mutated or hostile keys can be long: keep the message short.
  const shown = name.length > LONGEST_KEY ? `${name.slice(0, LONGEST_KEY)}…` : name;
  return `[${JSON.stringify(shown)}]`;
}
