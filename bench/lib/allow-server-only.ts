import { register } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Lets a benchmark script load the app's server modules outside Next: their
 * `import "server-only"` resolves to the package's empty module, as it does
 * in Next's server build (the react-server condition). Import this first and
 * load the app's modules with dynamic imports after it.
 */
const empty = pathToFileURL(path.resolve("node_modules/server-only/empty.js")).href;
const hook = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: ${JSON.stringify(empty)}, shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
