/**
 * Prototype pollution shows as a new or replaced property on a built-in
 * prototype that every object inherits from. The fingerprint is taken once,
 * before any hostile payload, and compared after each run.
 */
const WATCHED = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype };

type Fingerprint = Map<string, unknown>;

function fingerprint(): Fingerprint {
  const seen: Fingerprint = new Map();
  for (const [owner, proto] of Object.entries(WATCHED)) {
    for (const key of Reflect.ownKeys(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, key)!;
      seen.set(`${owner}.${String(key)}`, descriptor.value ?? descriptor.get);
    }
    seen.set(`${owner}.[[Prototype]]`, Object.getPrototypeOf(proto));
  }
  return seen;
}

const baseline = fingerprint();

/** The polluted properties (empty when none): added, removed or replaced. */
export function prototypePollution(): string[] {
  const now = fingerprint();
  const keys = new Set([...baseline.keys(), ...now.keys()]);
  return [...keys].filter((key) => baseline.get(key) !== now.get(key));
}
