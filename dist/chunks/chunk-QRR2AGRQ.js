import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  InvalidInputError,
  MissingConfigError
} from "./chunk-4V3D2JW7.js";

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
function parseIsoTime(value, flag) {
  const time = Date.parse(value);
  if (Number.isNaN(time) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    throw new InvalidInputError(
      `${flag}: expected an ISO-8601 time such as 2025-01-01T12:00:00Z, got ${JSON.stringify(value)}`
    );
  }
  return new Date(time);
}
function parseHeaderLines(lines, flag) {
  const headers = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).trim();
    if (colon <= 0 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw new InvalidInputError(`${flag}: expected 'Name: value', got ${JSON.stringify(line)}`);
    }
    headers[name.toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

export {
  parseAuthor,
  requireSetting,
  formatIssues,
  parseIsoTime,
  parseHeaderLines
};
