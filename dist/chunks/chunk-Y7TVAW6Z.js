import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  parseMarkdownWithLines
} from "./chunk-SSEUZXBO.js";
import {
  validateSlug
} from "./chunk-TQXVWXKX.js";
import {
  external_exports
} from "./chunk-OLBI5X7L.js";
import {
  InvalidInputError
} from "./chunk-IMJX6225.js";

// src/appdata/documents.ts
var localKinds = ["skills", "content"];
var skillFrontmatterSchema = external_exports.looseObject({
  name: external_exports.string({ error: "required, a string equal to the folder name" }),
  description: external_exports.string({ error: "required, a string saying what the skill covers and when to use it" }).min(1, "must not be empty").max(1024, "must be at most 1024 characters")
});
function documentFile(kind, key) {
  return kind === "skills" ? `skills/${key}/SKILL.md` : `content/${key}`;
}
function documentFromFile(kind, key, text) {
  const file = documentFile(kind, key);
  if (text.includes("\0"))
    throw new InvalidInputError(`${file}: contains a NUL byte (not a text file)`, { data: { file } });
  if (kind === "skills") {
    try {
      validateSlug(key);
    } catch (error) {
      throw new InvalidInputError(`${file}: the folder name is not a valid skill slug: ${error.message}`, {
        data: { file }
      });
    }
  }
  const parsed = parseMarkdownWithLines(text, file);
  if (kind === "skills") {
    if (parsed.frontmatterSource === null) {
      throw new InvalidInputError(`${file}:1: SKILL.md needs frontmatter with name and description`, {
        data: { file, line: 1 }
      });
    }
    const result = skillFrontmatterSchema.safeParse(parsed.frontmatter);
    if (!result.success) {
      const issue = result.error.issues[0];
      const path = (issue?.path ?? []).filter((part) => typeof part !== "symbol");
      const line = parsed.lineOf(path);
      throw new InvalidInputError(
        `${file}:${line}: invalid frontmatter: ${path.join(".") || "value"}: ${issue?.message}`,
        {
          data: { file, line }
        }
      );
    }
    if (result.data.name !== key) {
      const line = parsed.lineOf(["name"]);
      throw new InvalidInputError(
        `${file}:${line}: invalid frontmatter: name: must equal the folder name ${JSON.stringify(key)}, got ${JSON.stringify(result.data.name)}`,
        { data: { file, line } }
      );
    }
  }
  return {
    kind,
    key,
    file,
    frontmatter: parsed.frontmatter,
    frontmatterSource: parsed.frontmatterSource,
    body: parsed.body
  };
}
function rowFromDocument(document) {
  if (document.kind === "content") {
    return {
      path: document.key,
      frontmatter: document.frontmatter,
      frontmatter_source: document.frontmatterSource,
      body: document.body
    };
  }
  const { name, description, ...attributes } = document.frontmatter;
  return {
    slug: document.key,
    name: String(name),
    description: String(description),
    attributes,
    frontmatter_source: document.frontmatterSource,
    body: document.body
  };
}
function documentFromRow(kind, row) {
  if (kind === "skills") {
    const skill = row;
    try {
      validateSlug(skill.slug);
    } catch (error) {
      throw new InvalidInputError(`skills row ${JSON.stringify(skill.slug)}: ${error.message}`);
    }
    const frontmatter = { name: skill.name, description: skill.description };
    for (const [key, value] of Object.entries(skill.attributes ?? {})) {
      Object.defineProperty(frontmatter, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true
      });
    }
    return {
      kind,
      key: skill.slug,
      file: documentFile(kind, skill.slug),
      frontmatter,
      frontmatterSource: skill.frontmatter_source,
      body: skill.body
    };
  }
  const content = row;
  validateContentPath(content.path, `content row ${JSON.stringify(content.path)}`);
  return {
    kind,
    key: content.path,
    file: documentFile(kind, content.path),
    frontmatter: content.frontmatter ?? {},
    frontmatterSource: content.frontmatter_source,
    body: content.body
  };
}
function validateContentPath(path, what) {
  const segments = path.split("/");
  const valid = path.endsWith(".md") && !path.includes("\\") && !path.includes("\0") && segments.every((segment) => segment.length > 0 && !segment.startsWith("."));
  if (!valid) {
    throw new InvalidInputError(
      `${what}: expected a relative path ending in .md without hidden, empty, . or .. segments`,
      { data: { path } }
    );
  }
  return path;
}

export {
  localKinds,
  documentFile,
  documentFromFile,
  rowFromDocument,
  documentFromRow,
  validateContentPath
};
