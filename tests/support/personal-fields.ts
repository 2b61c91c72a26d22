import fs from "node:fs";
import path from "node:path";

/**
 * Reads prisma/schema.prisma as the privacy tests need it: the fields marked
 * `/// @personal` (erased on request) and `/// @personal-kept` (kept by law),
 * and the models that hold a user's data, found by following every relation
 * whose foreign key points at a model already held, starting from User.
 * Reading the schema (not a list in the test) is the point: a new personal
 * field or a new table hanging from the user fails the tests until handled.
 */
export type SchemaPrivacy = {
  personal: Map<string, string[]>;
  kept: Map<string, string[]>;
  ownedModels: Set<string>;
  /** "Model.field" of the Json fields, whose erasure is judged on their content. */
  jsonFields: Set<string>;
};

type Field = { name: string; type: string; foreignKey: boolean; tags: string[] };

const SCHEMA = path.resolve(import.meta.dirname, "../../prisma/schema.prisma");

function parseModels(text: string): Map<string, Field[]> {
  const models = new Map<string, Field[]>();
  const modelPattern = /^model (\w+) \{\n([\s\S]*?)^\}/gm;
  for (const [, name, body] of text.matchAll(modelPattern)) {
    const fields: Field[] = [];
    let docs: string[] = [];
    for (const raw of body!.split("\n")) {
      const line = raw.trim();
      if (line.startsWith("///")) {
        docs.push(line.slice(3).trim());
        continue;
      }
      const field = /^(\w+)\s+(\w+)(\[\])?\??(.*)$/.exec(line);
      if (field && !line.startsWith("@@")) {
        fields.push({
          name: field[1]!,
          type: field[2]!,
          foreignKey: /@relation\([^)]*fields:/.test(field[4]!),
          tags: docs.filter((d) => d.startsWith("@personal")),
        });
      }
      docs = [];
    }
    models.set(name!, fields);
  }
  return models;
}

export function readSchemaPrivacy(): SchemaPrivacy {
  const models = parseModels(fs.readFileSync(SCHEMA, "utf8"));
  const personal = new Map<string, string[]>();
  const kept = new Map<string, string[]>();
  const jsonFields = new Set<string>();
  for (const [model, fields] of models) {
    for (const f of fields) {
      if (f.type === "Json") jsonFields.add(`${model}.${f.name}`);
      for (const tag of f.tags) {
        const target = tag.startsWith("@personal-kept") ? kept : personal;
        target.set(model, [...(target.get(model) ?? []), f.name]);
      }
    }
  }
  const ownedModels = new Set(["User"]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [model, fields] of models) {
      if (ownedModels.has(model)) continue;
      if (fields.some((f) => f.foreignKey && ownedModels.has(f.type))) {
        ownedModels.add(model);
        grew = true;
      }
    }
  }
  return { personal, kept, ownedModels, jsonFields };
}
