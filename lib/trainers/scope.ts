/** Moved to lib/scopes/trainer (the one home of who may see what); import from there. */
export * from "@/lib/scopes/trainer";
