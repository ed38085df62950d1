import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  InvalidInputError,
  MissingConfigError
} from "./chunk-IMJX6225.js";

// src/config.ts
var authorPattern = /^\s*([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/;
function parseAuthor(env) {
  const value = env.SYNCAGENT_AUTHOR;
  if (value === void 0 || value.trim() === "") return void 0;
  const match = authorPattern.exec(value);
  if (!match) {
    throw new InvalidInputError(`SYNCAGENT_AUTHOR: expected "Name <email>", got ${JSON.stringify(value)}`);
  }
  return { name: match[1], email: match[2] };
}
function requireSetting(env, variable, flag) {
  const value = env[variable];
  if (value === void 0 || value.trim() === "") {
    throw new MissingConfigError(variable, `missing configuration: set ${variable}${flag ? ` (or pass ${flag})` : ""}`);
  }
  return value;
}
function formatIssues(source, error) {
  return error.issues.map((issue) => `${source}${issue.path.length ? `: ${issue.path.join(".")}` : ""}: ${issue.message}`).join("; ");
}

export {
  parseAuthor,
  requireSetting,
  formatIssues
};
