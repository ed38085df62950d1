import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  InvalidInputError
} from "./chunk-IMJX6225.js";

// src/appdata/schema.ts
var tableNames = ["users", "skills", "contexts", "content"];
var tableSpecs = {
  users: { name: "users", primaryKey: "id", columns: ["id", "email", "name", "created_at", "updated_at"] },
  skills: {
    name: "skills",
    primaryKey: "slug",
    columns: ["slug", "name", "description", "attributes", "frontmatter_source", "body", "updated_at"]
  },
  contexts: {
    name: "contexts",
    primaryKey: "id",
    columns: ["id", "user_id", "name", "data", "created_at", "updated_at"]
  },
  content: {
    name: "content",
    primaryKey: "path",
    columns: ["path", "frontmatter", "frontmatter_source", "body", "updated_at"]
  }
};
function parseTables(value, flag = "--tables") {
  if (value === void 0) return [...tableNames];
  const wanted = (typeof value === "string" ? value.split(",") : [...value]).map((name) => name.trim()).filter(Boolean);
  if (wanted.length === 0) throw new InvalidInputError(`${flag}: name at least one of ${tableNames.join(", ")}`);
  const unknown = wanted.filter((name) => !tableNames.includes(name));
  if (unknown.length > 0) {
    throw new InvalidInputError(`${flag}: unknown table ${unknown.join(", ")} (known: ${tableNames.join(", ")})`, {
      data: { unknown }
    });
  }
  return tableNames.filter((name) => wanted.includes(name));
}

export {
  tableNames,
  tableSpecs,
  parseTables
};
