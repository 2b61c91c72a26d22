import { getAuthSecret } from "./secret";

/** Stops the Node.js server process when the production secret is missing. */
export function exitWithoutAuthSecret(): void {
  try {
    getAuthSecret();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
