// Stands in for the "server-only" marker package under Vitest (tests are server code).
export {};
