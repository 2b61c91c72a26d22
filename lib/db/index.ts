import "server-only";

export { getDb, closeDb, type Db } from "./client";
