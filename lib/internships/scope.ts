/** Moved to lib/scopes/internships (the one home of who may see what); import from there. */
export * from "@/lib/scopes/internships";
