import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  Lifetime,
  QuickJSEmscriptenModuleError,
  debugLog
} from "./chunk-P5EA5Q7C.js";
import {
  appendError,
  readState,
  readStatus,
  writeState,
  writeStatus
} from "./chunk-NSBACWOB.js";
import {
  createGateway,
  dataIsParsedText,
  formatSyncJson,
  loadSync,
  readHandlerSource
} from "./chunk-2FJUDYZR.js";
import {
  syncPaths,
  validateStorePath
} from "./chunk-TQXVWXKX.js";
import {
  InternalError,
  InvalidInputError,
  SandboxError,
  SyncError,
  toSyncError
} from "./chunk-IMJX6225.js";

// src/sandbox/limits.ts
var defaultLimits = Object.freeze({
  memoryBytes: 256 * 1024 * 1024,
  timeoutMs: 6e4,
  maxResultBytes: 16 * 1024 * 1024,
  // Measured: QuickJS frames inside WASM also consume the host (V8) stack, roughly 1 MB on
  // Node's main thread. 256 KiB of QuickJS stack (about 1,300 plain recursive calls) stays well
  // inside it; deeper native recursion that still overruns V8 is caught and the WASM module reset.
  maxStackBytes: 256 * 1024
});
function resolveLimits(limits) {
  const resolved = { ...defaultLimits };
  for (const key of Object.keys(defaultLimits)) {
    const value = limits?.[key];
    if (value === void 0) continue;
    if (!Number.isFinite(value) || value <= 0) {
      throw new InvalidInputError(`sandbox limit ${key} must be a positive number, got ${String(value)}`, {
        data: { field: `limits.${key}` }
      });
    }
    resolved[key] = value;
  }
  return resolved;
}
function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${trim(bytes / (1024 * 1024))} MiB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}
function trim(value) {
  return String(Math.round(value * 10) / 10);
}

// src/sandbox/failure.ts
var SandboxFailure = class extends Error {
  constructor(reason, detail, extra = {}) {
    super(detail);
    this.reason = reason;
    this.detail = detail;
    this.extra = extra;
  }
  reason;
  detail;
  extra;
};
function toSandboxError(label, failure, cause) {
  const prefix = label.exportName === null ? label.filename : `${label.filename} ${label.exportName}`;
  const data = {
    ...failure.extra,
    filename: label.filename,
    exportName: label.exportName,
    reason: failure.reason
  };
  return new SandboxError(`${prefix}: ${failure.detail}`, cause === void 0 ? { data } : { data, cause });
}
function formatThrown(info) {
  const head = info.message ? `${info.name}: ${info.message}` : info.name;
  const location = firstLocation(info.stack);
  return location ? `${head} (at ${location})` : head;
}
function parseThrownInfo(json) {
  const fallback = {
    name: "Error",
    message: "the handler failed with a value that could not be described"
  };
  if (json === void 0) return fallback;
  let value;
  try {
    value = JSON.parse(json);
  } catch {
    return fallback;
  }
  if (value === null || typeof value !== "object") return fallback;
  const record = value;
  const info = {
    name: typeof record.name === "string" ? record.name : "Error",
    message: typeof record.message === "string" ? record.message : ""
  };
  if (typeof record.stack === "string" && record.stack.trim()) info.stack = record.stack;
  if (typeof record.code === "string") info.code = record.code;
  if (typeof record.status === "number") info.status = record.status;
  return info;
}
function firstLocation(stack) {
  if (!stack) return void 0;
  for (const line of stack.split("\n")) {
    const match = /\(?([^()\s]+:\d+(?::\d+)?)\)?\s*$/.exec(line.trim());
    if (match?.[1]) return match[1];
  }
  return void 0;
}

// src/contract/check-arguments.ts
var anything = () => void 0;
function compileArgumentCheck(method) {
  const where = `ctx.${method.path}`;
  const parameters = method.parameters.map((parameter) => ({
    name: parameter.name,
    optional: parameter.optional,
    test: compileTest(parameter.type),
    check: compile(parameter.type)
  }));
  const required = parameters.filter((parameter) => !parameter.optional).length;
  const most = parameters.length;
  const takes = required === most ? `${most}` : `${required} to ${most}`;
  return (args) => {
    if (args.length > most) {
      throw new InvalidInputError(
        `${where}: takes ${takes} argument${most === 1 ? "" : "s"}, got ${args.length} (${signatureOf(method)})`,
        { data: { method: where } }
      );
    }
    for (let index = 0; index < parameters.length; index += 1) {
      const parameter = parameters[index];
      const value = args[index];
      if (value === void 0) {
        if (parameter.optional) continue;
        throw new InvalidInputError(`${where}: argument ${parameter.name} is missing (${signatureOf(method)})`, {
          data: { method: where, argument: parameter.name }
        });
      }
      if (parameter.test(value)) continue;
      const mismatch = parameter.check(value);
      if (mismatch) {
        const argument = `${parameter.name}${mismatch.at}`;
        throw new InvalidInputError(
          `${where}: ${argument} must be ${mismatch.expected}, got ${describeValue(mismatch.value)}`,
          { data: { method: where, argument } }
        );
      }
    }
  };
}
var accept = () => true;
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function compileTest(type) {
  switch (type.kind) {
    case "any":
      return accept;
    case "string":
      return (value) => typeof value === "string";
    case "number":
      return (value) => typeof value === "number";
    case "boolean":
      return (value) => typeof value === "boolean";
    case "null":
      return (value) => value === null;
    case "undefined":
      return (value) => value === void 0;
    case "array": {
      if (type.items.kind === "any") return (value) => Array.isArray(value);
      const item2 = compileTest(type.items);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let index = 0; index < value.length; index += 1) if (!item2(value[index])) return false;
        return true;
      };
    }
    case "object": {
      const fields = type.properties.map((property) => ({
        name: property.name,
        optional: property.optional,
        test: compileTest(property.type)
      }));
      const declared = new Set(type.properties.map((property) => property.name));
      const values = type.values && type.values.kind !== "any" ? compileTest(type.values) : void 0;
      return (value) => {
        if (!isRecord(value)) return false;
        for (const field of fields) {
          const fieldValue = Object.hasOwn(value, field.name) ? value[field.name] : void 0;
          if (fieldValue === void 0 ? !field.optional : !field.test(fieldValue)) return false;
        }
        if (values) {
          for (const key in value) {
            if (Object.hasOwn(value, key) && !declared.has(key) && !values(value[key])) return false;
          }
        }
        return true;
      };
    }
    case "union": {
      const options = type.options.map(compileTest);
      return (value) => {
        for (const option of options) if (option(value)) return true;
        return false;
      };
    }
  }
}
function compile(type) {
  switch (type.kind) {
    case "any":
      return anything;
    case "string":
      return (value) => typeof value === "string" ? void 0 : { at: "", expected: "a string", value };
    case "number":
      return (value) => typeof value === "number" ? void 0 : { at: "", expected: "a number", value };
    case "boolean":
      return (value) => typeof value === "boolean" ? void 0 : { at: "", expected: "a boolean", value };
    case "null":
      return (value) => value === null ? void 0 : { at: "", expected: "null", value };
    case "undefined":
      return (value) => value === void 0 ? void 0 : { at: "", expected: "undefined", value };
    case "array":
      return compileArray(type.items);
    case "object":
      return compileObject(type.properties, type.values);
    case "union":
      return compileUnion(type.options);
  }
}
function compileArray(items) {
  const expected = `a list${items.kind === "any" ? "" : ` of ${plural(items)}`}`;
  const checkItem = compile(items);
  const each = items.kind !== "any";
  return (value) => {
    if (!Array.isArray(value)) return { at: "", expected, value };
    if (!each) return void 0;
    for (let index = 0; index < value.length; index += 1) {
      const mismatch = checkItem(value[index]);
      if (mismatch) return { ...mismatch, at: `[${index}]${mismatch.at}` };
    }
    return void 0;
  };
}
function compileObject(properties, values) {
  const expected = values && values.kind !== "any" ? `an object of ${plural(values)}` : "an object";
  const fields = properties.map((property) => ({ ...property, check: compile(property.type) }));
  const declared = new Set(properties.map((property) => property.name));
  const checkValue = values && values.kind !== "any" ? compile(values) : void 0;
  return (value) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return { at: "", expected, value };
    const record = value;
    for (const field of fields) {
      const fieldValue = Object.hasOwn(record, field.name) ? record[field.name] : void 0;
      if (fieldValue === void 0) {
        if (field.optional) continue;
        return { at: `.${field.name}`, expected: describeType(field.type), value: void 0 };
      }
      const mismatch = field.check(fieldValue);
      if (mismatch) return { ...mismatch, at: `.${field.name}${mismatch.at}` };
    }
    if (checkValue) {
      for (const key of Object.keys(record)) {
        if (declared.has(key)) continue;
        const mismatch = checkValue(record[key]);
        if (mismatch) return { ...mismatch, at: `${propertyPath(key)}${mismatch.at}` };
      }
    }
    return void 0;
  };
}
function compileUnion(options) {
  const checks = options.map(compile);
  const expected = options.map(describeType).join(" or ");
  return (value) => {
    let deepest;
    for (const check of checks) {
      const mismatch = check(value);
      if (!mismatch) return void 0;
      if (mismatch.at !== "" && !deepest) deepest = mismatch;
    }
    return deepest ?? { at: "", expected, value };
  };
}
function describeType(type) {
  switch (type.kind) {
    case "any":
      return "a JSON value";
    case "string":
    case "number":
    case "boolean":
      return `a ${type.kind}`;
    case "null":
    case "undefined":
      return type.kind;
    case "array":
      return type.items.kind === "any" ? "a list" : `a list of ${plural(type.items)}`;
    case "object":
      return type.values && type.values.kind !== "any" ? `an object of ${plural(type.values)}` : "an object";
    case "union":
      return type.options.map(describeType).join(" or ");
  }
}
function plural(type) {
  switch (type.kind) {
    case "string":
    case "number":
    case "boolean":
      return `${type.kind}s`;
    case "object":
      return "objects";
    case "array":
      return "lists";
    case "union":
      return type.options.map(plural).join(" or ");
    default:
      return "values";
  }
}
function propertyPath(key) {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}
function describeValue(value) {
  if (value === null) return "null";
  if (value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value)})`;
    case "number":
    case "boolean":
      return `a ${typeof value} (${String(value)})`;
    case "object":
      return "an object";
    default:
      return `a ${typeof value}`;
  }
}
function signatureOf(method) {
  const names = method.parameters.map((parameter) => parameter.optional ? `${parameter.name}?` : parameter.name);
  return `ctx.${method.path}(${names.join(", ")})`;
}

// src/contract/host-methods.generated.ts
var hostMethods = [
  { "path": "mirror.read", "mode": "async", "returnsValue": true, "parameters": [{ "name": "path", "optional": false, "type": { "kind": "string" } }] },
  { "path": "mirror.write", "mode": "async", "returnsValue": false, "parameters": [{ "name": "path", "optional": false, "type": { "kind": "string" } }, { "name": "text", "optional": false, "type": { "kind": "string" } }] },
  { "path": "mirror.delete", "mode": "async", "returnsValue": false, "parameters": [{ "name": "path", "optional": false, "type": { "kind": "string" } }] },
  { "path": "mirror.list", "mode": "async", "returnsValue": true, "parameters": [{ "name": "dir", "optional": true, "type": { "kind": "string" } }] },
  { "path": "mirror.upsertLines", "mode": "async", "returnsValue": true, "parameters": [{ "name": "path", "optional": false, "type": { "kind": "string" } }, { "name": "records", "optional": false, "type": { "kind": "array", "items": { "kind": "object", "properties": [], "values": { "kind": "any" } } } }, { "name": "key", "optional": false, "type": { "kind": "string" } }] },
  { "path": "mirror.deleteLines", "mode": "async", "returnsValue": true, "parameters": [{ "name": "path", "optional": false, "type": { "kind": "string" } }, { "name": "keys", "optional": false, "type": { "kind": "array", "items": { "kind": "union", "options": [{ "kind": "string" }, { "kind": "number" }] } } }, { "name": "key", "optional": false, "type": { "kind": "string" } }] },
  { "path": "mirror.indexLoad", "mode": "async", "returnsValue": true, "parameters": [{ "name": "dir", "optional": false, "type": { "kind": "string" } }, { "name": "sources", "optional": false, "type": { "kind": "array", "items": { "kind": "string" } } }, { "name": "options", "optional": false, "type": { "kind": "object", "properties": [{ "name": "tombstone", "optional": true, "type": { "kind": "object", "properties": [{ "name": "field", "optional": false, "type": { "kind": "string" } }, { "name": "value", "optional": false, "type": { "kind": "any" } }] } }, { "name": "aggregate", "optional": true, "type": { "kind": "object", "properties": [{ "name": "depth", "optional": true, "type": { "kind": "number" } }, { "name": "countBy", "optional": true, "type": { "kind": "string" } }, { "name": "sum", "optional": true, "type": { "kind": "array", "items": { "kind": "string" } } }] } }, { "name": "key", "optional": false, "type": { "kind": "string" } }, { "name": "container", "optional": true, "type": { "kind": "object", "properties": [{ "name": "field", "optional": false, "type": { "kind": "string" } }, { "name": "value", "optional": false, "type": { "kind": "any" } }] } }, { "name": "leafBytes", "optional": true, "type": { "kind": "number" } }] } }] },
  { "path": "mirror.indexPut", "mode": "async", "returnsValue": true, "parameters": [{ "name": "dir", "optional": false, "type": { "kind": "string" } }, { "name": "records", "optional": false, "type": { "kind": "array", "items": { "kind": "object", "properties": [], "values": { "kind": "any" } } } }, { "name": "spec", "optional": false, "type": { "kind": "object", "properties": [{ "name": "key", "optional": false, "type": { "kind": "string" } }, { "name": "container", "optional": true, "type": { "kind": "object", "properties": [{ "name": "field", "optional": false, "type": { "kind": "string" } }, { "name": "value", "optional": false, "type": { "kind": "any" } }] } }, { "name": "leafBytes", "optional": true, "type": { "kind": "number" } }] } }] },
  { "path": "mirror.indexRemove", "mode": "async", "returnsValue": true, "parameters": [{ "name": "dir", "optional": false, "type": { "kind": "string" } }, { "name": "keys", "optional": false, "type": { "kind": "array", "items": { "kind": "string" } } }, { "name": "spec", "optional": false, "type": { "kind": "object", "properties": [{ "name": "subtree", "optional": true, "type": { "kind": "boolean" } }, { "name": "key", "optional": false, "type": { "kind": "string" } }, { "name": "container", "optional": true, "type": { "kind": "object", "properties": [{ "name": "field", "optional": false, "type": { "kind": "string" } }, { "name": "value", "optional": false, "type": { "kind": "any" } }] } }, { "name": "leafBytes", "optional": true, "type": { "kind": "number" } }] } }] },
  { "path": "mirror.indexGet", "mode": "async", "returnsValue": true, "parameters": [{ "name": "dir", "optional": false, "type": { "kind": "string" } }, { "name": "keys", "optional": false, "type": { "kind": "array", "items": { "kind": "string" } } }, { "name": "spec", "optional": false, "type": { "kind": "object", "properties": [{ "name": "key", "optional": false, "type": { "kind": "string" } }, { "name": "container", "optional": true, "type": { "kind": "object", "properties": [{ "name": "field", "optional": false, "type": { "kind": "string" } }, { "name": "value", "optional": false, "type": { "kind": "any" } }] } }, { "name": "leafBytes", "optional": true, "type": { "kind": "number" } }] } }] },
  { "path": "mirror.indexChildren", "mode": "async", "returnsValue": true, "parameters": [{ "name": "dir", "optional": false, "type": { "kind": "string" } }, { "name": "key", "optional": false, "type": { "kind": "string" } }, { "name": "spec", "optional": false, "type": { "kind": "object", "properties": [{ "name": "key", "optional": false, "type": { "kind": "string" } }, { "name": "container", "optional": true, "type": { "kind": "object", "properties": [{ "name": "field", "optional": false, "type": { "kind": "string" } }, { "name": "value", "optional": false, "type": { "kind": "any" } }] } }, { "name": "leafBytes", "optional": true, "type": { "kind": "number" } }] } }] },
  { "path": "state.get", "mode": "async", "returnsValue": true, "parameters": [{ "name": "key", "optional": false, "type": { "kind": "string" } }] },
  { "path": "state.set", "mode": "async", "returnsValue": false, "parameters": [{ "name": "key", "optional": false, "type": { "kind": "string" } }, { "name": "value", "optional": true, "type": { "kind": "any" } }] },
  { "path": "state.delete", "mode": "async", "returnsValue": false, "parameters": [{ "name": "key", "optional": false, "type": { "kind": "string" } }] },
  { "path": "http.request", "mode": "async", "returnsValue": true, "parameters": [{ "name": "request", "optional": false, "type": { "kind": "object", "properties": [{ "name": "method", "optional": true, "type": { "kind": "string" } }, { "name": "url", "optional": false, "type": { "kind": "string" } }, { "name": "headers", "optional": true, "type": { "kind": "object", "properties": [], "values": { "kind": "string" } } }, { "name": "body", "optional": true, "type": { "kind": "union", "options": [{ "kind": "string" }, { "kind": "array", "items": { "kind": "any" } }, { "kind": "object", "properties": [], "values": { "kind": "any" } }, { "kind": "null" }] } }, { "name": "saveItems", "optional": true, "type": { "kind": "object", "properties": [{ "name": "path", "optional": false, "type": { "kind": "string" } }, { "name": "from", "optional": false, "type": { "kind": "string" } }, { "name": "fields", "optional": true, "type": { "kind": "union", "options": [{ "kind": "array", "items": { "kind": "string" } }, { "kind": "object", "properties": [], "values": { "kind": "string" } }] } }, { "name": "keep", "optional": true, "type": { "kind": "array", "items": { "kind": "string" } } }] } }] } }] },
  { "path": "log.info", "mode": "sync", "returnsValue": false, "parameters": [{ "name": "message", "optional": false, "type": { "kind": "string" } }, { "name": "fields", "optional": true, "type": { "kind": "object", "properties": [], "values": { "kind": "any" } } }] },
  { "path": "log.warn", "mode": "sync", "returnsValue": false, "parameters": [{ "name": "message", "optional": false, "type": { "kind": "string" } }, { "name": "fields", "optional": true, "type": { "kind": "object", "properties": [], "values": { "kind": "any" } } }] },
  { "path": "log.error", "mode": "sync", "returnsValue": false, "parameters": [{ "name": "message", "optional": false, "type": { "kind": "string" } }, { "name": "fields", "optional": true, "type": { "kind": "object", "properties": [], "values": { "kind": "any" } } }] },
  { "path": "now", "mode": "sync", "returnsValue": true, "parameters": [] },
  { "path": "checkpoint", "mode": "async", "returnsValue": true, "parameters": [{ "name": "message", "optional": true, "type": { "kind": "string" } }] }
];

// src/contract/method-table.ts
var contextMethods = new Map(
  hostMethods.map((spec) => [spec.path, { spec, check: compileArgumentCheck(spec) }])
);

// src/sandbox/bootstrap.ts
var bootstrapSource = String.raw`(function (hostCall, syncJson, methodsJson, availableJson) {
  'use strict';
  const parse = JSON.parse;
  const stringify = JSON.stringify;
  const freeze = Object.freeze;
  const defineProperty = Object.defineProperty;
  const keys = Object.keys;
  const apply = Reflect.apply;
  const construct = Reflect.construct;
  const ErrorConstructor = Error;
  const RealDate = Date;
  const parseDate = Date.parse;
  const dateToString = Date.prototype.toString;
  const available = parse(availableJson);

  function has(name) {
    for (let index = 0; index < available.length; index += 1) if (available[index] === name) return true;
    return false;
  }

  function setField(target, key, value) {
    defineProperty(target, key, { value: value, writable: true, enumerable: true, configurable: true });
  }

  function toError(info) {
    const error = new ErrorConstructor(typeof info.message === 'string' ? info.message : 'host call failed');
    if (info.code !== undefined) setField(error, 'code', info.code);
    if (info.status !== undefined) setField(error, 'status', info.status);
    if (info.body !== undefined) setField(error, 'body', info.body);
    return error;
  }

  // A reply starting with "T" carries its text raw after a JSON head (see text-reply.ts).
  function settle(reply) {
    if (reply.charCodeAt(0) === 84) {
      const cut = reply.indexOf('\n');
      const head = parse(reply.slice(1, cut));
      const text = reply.slice(cut + 1);
      if (head.text === null) return text;
      const value = head.value;
      setField(value, head.text, text);
      if (head.json !== null) setField(value, head.json, head.parse ? parse(text) : null);
      return value;
    }
    const envelope = parse(reply);
    if (envelope.ok === true) return envelope.value;
    throw toError(envelope.error);
  }

  // Trailing undefined arguments are dropped so ctx.checkpoint() does not send [null]. A long string
  // as the last argument (a file's text) goes raw after the JSON of the others: "T" + json + "\n" + text.
  function encodeArgs(args) {
    let count = args.length;
    while (count > 0 && args[count - 1] === undefined) count -= 1;
    const list = [];
    for (let index = 0; index < count; index += 1) list[index] = args[index];
    const last = count > 0 ? list[count - 1] : undefined;
    if (typeof last === 'string' && last.length >= 4096) {
      list.length = count - 1;
      return 'T' + stringify(list) + '\n' + last;
    }
    return stringify(list);
  }

  function unavailable(method, name) {
    return new ErrorConstructor(method + ' is not available in this run (the host provides no "' + name + '")');
  }

  function asyncMethod(method, name) {
    if (!has(name)) return freeze(async function () { throw unavailable(method, name); });
    return freeze(async function () {
      const reply = hostCall(name, encodeArgs(arguments));
      return settle(typeof reply === 'string' ? reply : await reply);
    });
  }

  function syncMethod(method, name, returnsValue) {
    if (!has(name)) return freeze(function () { throw unavailable(method, name); });
    return freeze(function () {
      const value = settle(hostCall(name, encodeArgs(arguments)));
      return returnsValue ? value : undefined;
    });
  }

  // ctx from the contract's method list: "mirror.read" becomes ctx.mirror.read, every object frozen.
  const ctx = { sync: freeze(parse(syncJson)) };
  const methods = parse(methodsJson);
  let now;
  for (let index = 0; index < methods.length; index += 1) {
    const path = methods[index][0];
    const segments = path.split('.');
    let target = ctx;
    for (let depth = 0; depth < segments.length - 1; depth += 1) {
      const segment = segments[depth];
      if (!target[segment]) target[segment] = {};
      target = target[segment];
    }
    const method = methods[index][1]
      ? syncMethod('ctx.' + path, path, methods[index][2])
      : asyncMethod('ctx.' + path, path);
    target[segments[segments.length - 1]] = method;
    if (path === 'now') now = method;
  }
  function freezeAll(value) {
    const names = keys(value);
    for (let index = 0; index < names.length; index += 1) {
      const inner = value[names[index]];
      if (typeof inner === 'object' && inner !== null) freezeAll(inner);
    }
    return freeze(value);
  }
  freezeAll(ctx);

  function clock() {
    const milliseconds = parseDate(now());
    if (milliseconds !== milliseconds) throw new ErrorConstructor('ctx.now() did not return an ISO-8601 date');
    return milliseconds;
  }

  function SandboxDate() {
    if (new.target === undefined) return apply(dateToString, new RealDate(clock()), []);
    return construct(RealDate, arguments.length === 0 ? [clock()] : arguments, new.target);
  }
  defineProperty(SandboxDate, 'prototype', { value: RealDate.prototype, writable: false });
  defineProperty(SandboxDate, 'now', { value: function now() { return clock(); }, writable: true, configurable: true });
  defineProperty(SandboxDate, 'parse', { value: RealDate.parse, writable: true, configurable: true });
  defineProperty(SandboxDate, 'UTC', { value: RealDate.UTC, writable: true, configurable: true });
  defineProperty(RealDate.prototype, 'constructor', { value: SandboxDate, writable: true, configurable: true });
  defineProperty(globalThis, 'Date', { value: SandboxDate, writable: true, configurable: true });

  function describeValue(value) {
    try {
      return typeof value === 'string' ? value : String(value);
    } catch (error) {
      return '[a value that cannot be printed]';
    }
  }

  function clip(text, limit) {
    return text.length > limit ? text.slice(0, limit) + '…' : text;
  }

  return freeze({
    ctx: ctx,
    invoke: async function (fn, argsJson) {
      const list = [ctx];
      const extra = parse(argsJson);
      for (let index = 0; index < extra.length; index += 1) list[index + 1] = extra[index];
      return apply(fn, undefined, list);
    },
    encodeResult: function (value) {
      return value === undefined ? undefined : stringify(value);
    },
    exportNames: function (namespace) {
      return stringify(keys(namespace));
    },
    describe: function (thrown) {
      const info = { name: 'thrown value', message: '' };
      try {
        if (thrown !== null && (typeof thrown === 'object' || typeof thrown === 'function') && 'message' in thrown) {
          info.name = clip(describeValue(thrown.name), 200);
          info.message = clip(describeValue(thrown.message), 4000);
          if (typeof thrown.stack === 'string') info.stack = clip(thrown.stack, 4000);
          if (typeof thrown.code === 'string') info.code = clip(thrown.code, 200);
          if (typeof thrown.status === 'number') info.status = thrown.status;
        } else {
          info.message = clip(describeValue(thrown), 4000);
        }
      } catch (error) {
        info.message = info.message || '[a value that cannot be described]';
      }
      return stringify(info);
    },
  });
})`;

// src/sandbox/text-reply.ts
var TextReply = class _TextReply {
  constructor(text, head) {
    this.text = text;
    this.head = head;
  }
  text;
  head;
  /** The text itself is the value (a file read). */
  static of(text) {
    return new _TextReply(text, { text: null, json: null, parse: false });
  }
  /**
   * `value` plus `value[textField] = text` and, when jsonField is given, `value[jsonField]` = the text parsed
   * as JSON inside the isolate (`parse` true) or null. Only pass `parse: true` when the host's own value for
   * that field is exactly `JSON.parse(text)`.
   */
  static withFields(value, text, textField, json) {
    return new _TextReply(text, { value, text: textField, json: json?.field ?? null, parse: json?.parse ?? false });
  }
  /** The reply string the bootstrap decodes. */
  encode() {
    return `T${JSON.stringify({ ok: true, ...this.head })}
${this.text}`;
  }
};

// src/sandbox/host-envelope.ts
function encodeSuccess(name, value) {
  if (value instanceof TextReply) return value.encode();
  try {
    return value === void 0 ? '{"ok":true}' : `{"ok":true,"value":${JSON.stringify(value)}}`;
  } catch (error) {
    return encodeMessage(
      `host function "${name}" returned a value that is not JSON-safe: ${messageOf(error)}`,
      "internal"
    );
  }
}
function encodeFailure(error) {
  const info = {
    message: messageOf(error),
    code: SyncError.isInstance(error) ? error.code : "internal"
  };
  if (SyncError.isInstance(error)) {
    const status = error.data.status ?? error.status;
    if (typeof status === "number" && Number.isFinite(status)) info.status = status;
    const body = jsonSafe(error.data.body);
    if (body !== void 0) info.body = body;
  }
  return JSON.stringify({ ok: false, error: info });
}
function encodeMessage(message, code) {
  return JSON.stringify({ ok: false, error: { message, code } });
}
function messageOf(error) {
  if (error instanceof Error) return error.message;
  return typeof error === "string" ? error : "host function failed";
}
function jsonSafe(value, maxChars = Infinity) {
  if (value === void 0) return void 0;
  try {
    const text = JSON.stringify(value);
    return text === void 0 || text.length > maxChars ? void 0 : JSON.parse(text);
  } catch {
    return void 0;
  }
}

// node_modules/quickjs-emscripten-core/dist/index.mjs
async function newQuickJSWASMModuleFromVariant(variantOrPromise) {
  let variant2 = smartUnwrap(await variantOrPromise), [wasmModuleLoader, QuickJSFFI, { QuickJSWASMModule: QuickJSWASMModule2 }] = await Promise.all([variant2.importModuleLoader().then(smartUnwrap), variant2.importFFI(), import("./module-ES6BEMUI-NAQTJSYB.js").then(smartUnwrap)]), wasmModule = await wasmModuleLoader();
  wasmModule.type = "sync";
  let ffi = new QuickJSFFI(wasmModule);
  return new QuickJSWASMModule2(wasmModule, ffi);
}
function smartUnwrap(val) {
  return val && "default" in val && val.default ? val.default && "default" in val.default && val.default.default ? val.default.default : val.default : val;
}
function newVariant(baseVariant, options) {
  return { ...baseVariant, async importModuleLoader() {
    let moduleLoader = smartUnwrap(await baseVariant.importModuleLoader());
    return async function() {
      let moduleLoaderArg = options.emscriptenModule ? { ...options.emscriptenModule } : {}, log = options.log ?? ((...args) => debugLog("newVariant moduleLoader:", ...args)), tapValue = (message, val) => (log(...message, val), val), force = (val) => typeof val == "function" ? val() : val;
      (options.wasmLocation || options.wasmSourceMapLocation || options.locateFile) && (moduleLoaderArg.locateFile = (fileName, relativeTo) => {
        let args = { fileName, relativeTo };
        if (fileName.endsWith(".wasm") && options.wasmLocation !== void 0) return tapValue(["locateFile .wasm: provide wasmLocation", args], options.wasmLocation);
        if (fileName.endsWith(".map")) {
          if (options.wasmSourceMapLocation !== void 0) return tapValue(["locateFile .map: provide wasmSourceMapLocation", args], options.wasmSourceMapLocation);
          if (options.wasmLocation && !options.locateFile) return tapValue(["locateFile .map: infer from wasmLocation", args], options.wasmLocation + ".map");
        }
        return options.locateFile ? tapValue(["locateFile: use provided fn", args], options.locateFile(fileName, relativeTo)) : tapValue(["locateFile: unhandled, passthrough", args], fileName);
      }), options.wasmBinary && (moduleLoaderArg.wasmBinary = await force(options.wasmBinary)), options.wasmMemory && (moduleLoaderArg.wasmMemory = await force(options.wasmMemory));
      let optionsWasmModule = options.wasmModule, modulePromise;
      optionsWasmModule && (moduleLoaderArg.instantiateWasm = async (imports, onSuccess) => {
        modulePromise ?? (modulePromise = Promise.resolve(force(optionsWasmModule)));
        let wasmModule = await modulePromise;
        if (!wasmModule) throw new QuickJSEmscriptenModuleError(`options.wasmModule returned ${String(wasmModule)}`);
        let instance = await WebAssembly.instantiate(wasmModule, imports);
        return onSuccess(instance), instance.exports;
      }), moduleLoaderArg.monitorRunDependencies = (left) => {
        log("monitorRunDependencies:", left);
      }, moduleLoaderArg.quickjsEmscriptenInit = () => newMockExtensions(log);
      let resultPromise = moduleLoader(moduleLoaderArg), extensions = moduleLoaderArg.quickjsEmscriptenInit?.(log);
      if (optionsWasmModule && extensions?.receiveWasmOffsetConverter && !extensions.existingWasmOffsetConverter) {
        let wasmBinary = await force(options.wasmBinary) ?? new ArrayBuffer(0);
        modulePromise ?? (modulePromise = Promise.resolve(force(optionsWasmModule)));
        let wasmModule = await modulePromise;
        if (!wasmModule) throw new QuickJSEmscriptenModuleError(`options.wasmModule returned ${String(wasmModule)}`);
        extensions.receiveWasmOffsetConverter(wasmBinary, wasmModule);
      }
      if (extensions?.receiveSourceMapJSON) {
        let loadedSourceMapData = await force(options.wasmSourceMapData);
        typeof loadedSourceMapData == "string" ? extensions.receiveSourceMapJSON(JSON.parse(loadedSourceMapData)) : loadedSourceMapData ? extensions.receiveSourceMapJSON(loadedSourceMapData) : extensions.receiveSourceMapJSON({ version: 3, names: [], sources: [], mappings: "" });
      }
      return resultPromise;
    };
  } };
}
function newMockExtensions(log) {
  let mockMessage = "mock called, emscripten module may not be initialized yet";
  return { mock: true, removeRunDependency(name) {
    log(`${mockMessage}: removeRunDependency called:`, name);
  }, receiveSourceMapJSON(data) {
    log(`${mockMessage}: receiveSourceMapJSON called:`, data);
  }, WasmOffsetConverter: void 0, receiveWasmOffsetConverter(bytes, mod) {
    log(`${mockMessage}: receiveWasmOffsetConverter called:`, bytes, mod);
  } };
}

// src/sandbox/memory-views.ts
function repairMemoryViews(runtime, context, linear) {
  const runtimeMemory = internals(runtime, "runtime").memory;
  const contextInternals = internals(context, "context");
  patchTypedArrays(runtimeMemory, linear);
  patchTypedArrays(contextInternals.memory, linear);
  if (!contextInternals.uint32Out || typeof contextInternals.uint32Out.value?.ptr !== "number") {
    throw new Error("quickjs-emscripten internals changed: QuickJSContext.uint32Out (see src/sandbox/memory-views.ts)");
  }
  contextInternals.uint32Out = contextInternals.memory.manage(contextInternals.memory.newTypedArray(Uint32Array, 1));
}
function internals(owner, what) {
  const memory = owner.memory;
  if (!memory || typeof memory.newTypedArray !== "function" || typeof memory.module?._malloc !== "function" || typeof memory.module._free !== "function") {
    throw new Error(`quickjs-emscripten internals changed: ${what}.memory (see src/sandbox/memory-views.ts)`);
  }
  return owner;
}
function patchTypedArrays(memory, linear) {
  const module = memory.module;
  memory.newTypedArray = (kind, length) => {
    const bytes = kind.BYTES_PER_ELEMENT * length;
    const ptr = module._malloc(bytes);
    new Uint8Array(linear.buffer, ptr, bytes).fill(0);
    const value = {
      ptr,
      // A fresh view of the current buffer on each read: it survives a memory growth between write and read.
      get typedArray() {
        return new kind(linear.buffer, ptr, length);
      }
    };
    return new Lifetime(value, void 0, (scratch) => module._free(scratch.ptr));
  };
}

// node_modules/@jitl/quickjs-singlefile-mjs-release-sync/dist/index.mjs
var variant = { type: "sync", importFFI: () => import("./ffi-XIGAEMQR.js").then((mod) => mod.QuickJSFFI), importModuleLoader: () => import("./emscripten-module-Q67P5WYC-EIOLYRKT.js").then((mod) => mod.default) };
var src_default = variant;

// src/sandbox/wasm-module.ts
var pageBytes = 64 * 1024;
var fixedOverheadBytes = 16 * 1024 * 1024;
var initialPages = 256;
var maximumPages = 32768;
var idlePerPool = 2;
var idleInAll = 4;
var poolableBytes = 64 * 1024 * 1024;
var idle = /* @__PURE__ */ new Map();
var idleCount = 0;
var created = 0;
async function acquireWasmModule(memoryBytes, poolKey) {
  const pages = Math.min(maximumPages, Math.ceil((Math.max(memoryBytes, 0) + fixedOverheadBytes) / pageBytes));
  const slot = slotOf(poolKey, pages);
  const list = idle.get(slot);
  const pooled = list?.pop();
  if (pooled) {
    idleCount -= 1;
    if (list?.length === 0) idle.delete(slot);
    return pooled;
  }
  const WebAssemblyApi = globalThis.WebAssembly;
  const memory = new WebAssemblyApi.Memory({ initial: initialPages, maximum: pages });
  const exhausted = countExhaustion(memory, pages * pageBytes);
  const module = await newQuickJSWASMModuleFromVariant(newVariant(src_default, { wasmMemory: memory }));
  created += 1;
  return {
    module,
    memory,
    maximumBytes: pages * pageBytes,
    generation: created,
    poolKey,
    exhausted,
    poisoned: false,
    retired: false
  };
}
function countExhaustion(memory, maximumBytes) {
  const exhausted = { count: 0 };
  const grow = memory.grow.bind(memory);
  Object.defineProperty(memory, "grow", {
    value: (pages) => {
      try {
        return grow(pages);
      } catch (error) {
        if (memory.buffer.byteLength * 1.05 > maximumBytes) exhausted.count += 1;
        throw error;
      }
    }
  });
  return exhausted;
}
function releaseWasmModule(record) {
  if (record.poisoned || record.retired || record.memory.buffer.byteLength > poolableBytes) return;
  const slot = slotOf(record.poolKey, record.maximumBytes / pageBytes);
  const list = idle.get(slot) ?? [];
  if (list.length >= idlePerPool) return;
  list.push(record);
  idle.delete(slot);
  idle.set(slot, list);
  idleCount += 1;
  while (idleCount > idleInAll) {
    const [oldest, modules] = idle.entries().next().value;
    modules.shift();
    idleCount -= 1;
    if (modules.length === 0) idle.delete(oldest);
  }
}
function slotOf(poolKey, pages) {
  return `${pages}\0${poolKey}`;
}
function poisonWasmModule(record) {
  record.poisoned = true;
}
function retireWasmModule(record) {
  record.retired = true;
}

// src/sandbox/isolate.ts
var importRefusal = "imports are not allowed in the sandbox";
var sliceMs = 20;
var methodsJson = JSON.stringify(
  hostMethods.map((method) => [method.path, method.mode === "sync", method.returnsValue])
);
var Isolate = class {
  constructor(options) {
    this.options = options;
    const { limits } = options;
    this.exhaustedAtStart = options.wasm.exhausted.count;
    this.deadline = Date.now() + limits.timeoutMs;
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.abortHostCalls(`the time limit of ${limits.timeoutMs} ms was exceeded`);
      this.notify();
    }, limits.timeoutMs);
    options.signal?.addEventListener("abort", this.onAbort, { once: true });
    this.host = typeof options.host === "function" ? options.host({ signal: this.callAbort.signal }) : options.host;
    this.runtime = options.wasm.module.newRuntime();
    this.context = this.runtime.newContext();
    try {
      repairMemoryViews(this.runtime, this.context, options.wasm.memory);
      this.runtime.setMemoryLimit(limits.memoryBytes);
      this.runtime.setMaxStackSize(limits.maxStackBytes);
      this.runtime.setInterruptHandler(() => this.shouldInterrupt());
      this.runtime.setModuleLoader((moduleName) => {
        this.importRefused = true;
        return {
          error: new Error(`${importRefusal}: "${moduleName}" (a handler reaches the outside world only through ctx)`)
        };
      });
      this.helpers = this.bootstrap();
    } catch (error) {
      this.dispose();
      throw error;
    }
  }
  options;
  runtime;
  context;
  owned = [];
  helpers;
  host;
  // Aborted when the call ends for any reason, so host work still running (an HTTP request, a retry wait) stops.
  callAbort = new AbortController();
  deadline;
  pending = /* @__PURE__ */ new Set();
  queue = [];
  settled = [];
  inFlight = 0;
  fatal;
  importRefused = false;
  wake;
  timer;
  onAbort = () => {
    this.abortHostCalls("the call was aborted");
    this.notify();
  };
  closed = false;
  // Set by the host-side timer: a timer may fire in the very millisecond of the deadline.
  timedOut = false;
  // Once the export's promise fulfilled, a failed host call fails the call (see finishPendingCalls).
  exportReturned = false;
  // The module's count of refused memory growths when the call began (see WasmModuleRecord.exhausted).
  exhaustedAtStart;
  lateFailure;
  /** Compiles and evaluates the module; returns a handle to its namespace (caller disposes). */
  async evaluateModule(source) {
    const { filename } = this.options.label;
    const compiled = this.enter(() => this.context.evalCode(source, filename, { type: "module", compileOnly: true }));
    if (compiled.error) {
      const info = this.consumeThrown(compiled.error);
      if (this.importRefused) throw new SandboxFailure("import", formatThrown(info), { error: info });
      throw new SandboxFailure("syntax", `does not compile: ${formatThrown(info)}`, { error: info });
    }
    compiled.value.dispose();
    const evaluated = this.enter(() => this.context.evalCode(source, filename, { type: "module" }));
    if (evaluated.error) throw this.failureFromThrown(evaluated.error, "module evaluation failed: ");
    try {
      return await this.awaitPromise(evaluated.value, "module evaluation failed: ");
    } finally {
      evaluated.value.dispose();
    }
  }
  /** The module's export names, in the order the namespace lists them. */
  exportNames(namespace) {
    const result = this.enter(
      () => this.context.callFunction(this.helpers.exportNames, this.context.undefined, namespace)
    );
    if (result.error) throw this.failureFromThrown(result.error, "listing exports failed: ");
    const json = result.value.consume((handle) => this.context.getString(handle));
    return JSON.parse(json).filter((name) => typeof name === "string");
  }
  /** Calls export `exportName` with ctx and `args`, drives it to completion, returns its JSON result. */
  async callExport(namespace, exportName, args) {
    const fn = this.context.getProp(namespace, exportName);
    const owned = [fn];
    try {
      const type = this.context.typeof(fn);
      if (type !== "function") {
        const names = this.exportNames(namespace);
        if (!names.includes(exportName)) {
          const listed = names.length ? names.map((name) => `"${name}"`).join(", ") : "nothing";
          throw new SandboxFailure(
            "missing_export",
            `the module has no export named "${exportName}" (it exports ${listed})`
          );
        }
        throw new SandboxFailure("not_a_function", `export "${exportName}" is a ${type}, not a function`);
      }
      const argsJson = this.context.newString(JSON.stringify(args));
      owned.push(argsJson);
      const started = this.enter(
        () => this.context.callFunction(this.helpers.invoke, this.context.undefined, fn, argsJson)
      );
      if (started.error) throw this.failureFromThrown(started.error, "");
      owned.push(started.value);
      const value = await this.awaitPromise(started.value, "");
      owned.push(value);
      await this.finishPendingCalls();
      return this.encodeResult(value);
    } finally {
      for (const handle of owned) if (handle.alive) handle.dispose();
    }
  }
  /** Releases every handle, the context and the runtime; host calls that settle later are ignored. */
  dispose() {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timer);
    this.options.signal?.removeEventListener("abort", this.onAbort);
    this.abortHostCalls("the sandboxed call has ended");
    this.notify();
    if (this.options.wasm.poisoned) return;
    try {
      for (const deferred of this.pending) deferred.dispose();
      this.pending.clear();
      for (const call of this.queue) call.deferred.dispose();
      this.queue = [];
      for (const handle of this.owned) if (handle.alive) handle.dispose();
      if (this.context.alive) this.context.dispose();
      if (this.runtime.alive) this.runtime.dispose();
    } catch {
      poisonWasmModule(this.options.wasm);
    }
  }
  bootstrap() {
    const hostCall = this.own(this.context.newFunction("hostCall", (name, args) => this.onHostCall(name, args)));
    const factory = this.context.evalCode(bootstrapSource, "syncagent:bootstrap", { type: "global", strict: true });
    if (factory.error) {
      const info = this.consumeThrown(factory.error);
      throw new Error(`sandbox bootstrap failed to compile (a bug): ${formatThrown(info)}`);
    }
    this.own(factory.value);
    const syncJson = this.own(this.context.newString(JSON.stringify(this.options.syncData)));
    const available = Object.keys(this.host).filter((path) => contextMethods.has(path));
    const methods = this.own(this.context.newString(methodsJson));
    const availableJson = this.own(this.context.newString(JSON.stringify(available)));
    const installed = this.context.callFunction(
      factory.value,
      this.context.undefined,
      hostCall,
      syncJson,
      methods,
      availableJson
    );
    if (installed.error) {
      const info = this.consumeThrown(installed.error);
      throw new Error(`sandbox bootstrap failed (a bug): ${formatThrown(info)}`);
    }
    const api = this.own(installed.value);
    return {
      invoke: this.own(this.context.getProp(api, "invoke")),
      encodeResult: this.own(this.context.getProp(api, "encodeResult")),
      exportNames: this.own(this.context.getProp(api, "exportNames")),
      describe: this.own(this.context.getProp(api, "describe"))
    };
  }
  own(handle) {
    this.owned.push(handle);
    return handle;
  }
  // Ends host work still running: the call is over, whatever it was waiting for.
  abortHostCalls(why) {
    if (!this.callAbort.signal.aborted) this.callAbort.abort(new Error(why));
  }
  // The native side of ctx: checks the request against the contract, runs sync methods (log, now) inline, queues
  // the rest.
  onHostCall(nameHandle, argsHandle) {
    const context = this.context;
    const reply = (envelope) => context.newString(envelope);
    if (this.closed) return reply(encodeMessage("the sandboxed call has ended", "sandbox"));
    if (!nameHandle || !argsHandle || context.typeof(nameHandle) !== "string" || context.typeof(argsHandle) !== "string") {
      return reply(encodeMessage("malformed host call", "sandbox"));
    }
    const name = context.getString(nameHandle);
    const method = contextMethods.get(name);
    const fn = Object.hasOwn(this.host, name) ? this.host[name] : void 0;
    if (method === void 0 || typeof fn !== "function") {
      return reply(encodeMessage(`no host function "${name}"`, "sandbox"));
    }
    const limit = this.options.limits.maxResultBytes;
    const { json, bytes } = this.readCapped(argsHandle, limit);
    if (json === void 0) {
      const failure = new SandboxFailure(
        "argument_too_large",
        `the arguments of ctx.${name}() are ${formatBytes(bytes)} or more, over the limit of ${formatBytes(limit)}`
      );
      this.fatal ??= failure;
      return reply(encodeMessage(failure.detail, "sandbox"));
    }
    let args;
    try {
      args = decodeArgs(json);
    } catch {
      args = void 0;
    }
    if (!Array.isArray(args)) return reply(encodeMessage("malformed host call arguments", "sandbox"));
    try {
      method.check(args);
    } catch (error) {
      return reply(encodeFailure(error));
    }
    const checked = fn;
    if (method.spec.mode === "sync") {
      try {
        const value = checked(...args);
        if (isThenable(value)) {
          value.then(void 0, () => void 0);
          return reply(encodeMessage(`host function "${name}" must answer synchronously`, "internal"));
        }
        return reply(encodeSuccess(name, value));
      } catch (error) {
        return reply(encodeFailure(error));
      }
    }
    const deferred = context.newPromise();
    this.pending.add(deferred);
    this.queue.push({ name, fn: checked, args, deferred });
    return deferred.handle;
  }
  // Host functions start outside the WASM stack, after the isolate yields.
  startQueuedCalls() {
    const calls = this.queue;
    this.queue = [];
    for (const call of calls) {
      this.inFlight += 1;
      let result;
      try {
        result = Promise.resolve(call.fn(...call.args));
      } catch (error) {
        result = Promise.reject(error);
      }
      result.then(
        (value) => this.onSettled({ name: call.name, deferred: call.deferred, outcome: { ok: true, value } }),
        (error) => this.onSettled({ name: call.name, deferred: call.deferred, outcome: { ok: false, error } })
      );
    }
  }
  onSettled(call) {
    this.inFlight -= 1;
    if (this.closed) return;
    this.settled.push(call);
    this.notify();
  }
  applySettled() {
    const calls = this.settled;
    this.settled = [];
    for (const call of calls) {
      if (this.exportReturned && !call.outcome.ok) this.lateFailure ??= call;
      const envelope = call.outcome.ok ? encodeSuccess(call.name, call.outcome.value) : encodeFailure(call.outcome.error);
      const handle = this.context.newString(envelope);
      try {
        this.enter(() => call.deferred.resolve(handle));
      } finally {
        handle.dispose();
        call.deferred.dispose();
        this.pending.delete(call.deferred);
      }
    }
  }
  /**
   * After the export's promise fulfilled: host calls it left pending (un-awaited writes, say) run to the end, with
   * whatever they start in turn, inside the same limits, so the event commits all of them; one of them failing fails
   * the call (its error reached no one), so the event commits none of them.
   */
  async finishPendingCalls() {
    this.exportReturned = true;
    let sliceStarted = performance.now();
    for (; ; ) {
      this.applySettled();
      const jobs = this.enter(() => this.runtime.executePendingJobs(-1));
      if (jobs.error) throw this.failureFromThrown(jobs.error, "after the export returned: ");
      this.startQueuedCalls();
      const limit = this.limitFailure();
      if (limit) throw limit;
      if (this.settled.length > 0) {
        if (performance.now() - sliceStarted > sliceMs) {
          await new Promise((resolve) => setImmediate(resolve));
          sliceStarted = performance.now();
        }
        continue;
      }
      if (this.inFlight === 0 && this.queue.length === 0) break;
      await new Promise((resolve) => {
        this.wake = resolve;
      });
      sliceStarted = performance.now();
    }
    const failed = this.lateFailure;
    if (failed && !failed.outcome.ok) {
      const error = failed.outcome.error;
      const message = error instanceof Error ? error.message : String(error);
      throw new SandboxFailure(
        "pending_call_failed",
        `ctx.${failed.name}() was still pending when the export returned, and failed: ${message} (await every ctx call; nothing of this call is committed)`,
        { pendingCall: failed.name, ...SyncError.isInstance(error) ? { pendingCode: error.code } : {} }
      );
    }
  }
  async awaitPromise(promise, during) {
    let sliceStarted = performance.now();
    for (; ; ) {
      this.applySettled();
      const jobs = this.enter(() => this.runtime.executePendingJobs(-1));
      if (jobs.error) throw this.failureFromThrown(jobs.error, during);
      this.startQueuedCalls();
      const limit = this.limitFailure();
      if (limit) throw limit;
      const state = this.context.getPromiseState(promise);
      if (state.type === "fulfilled") return state.notAPromise ? promise.dup() : state.value;
      if (state.type === "rejected") throw this.failureFromThrown(state.error, during);
      if (this.settled.length > 0) {
        if (performance.now() - sliceStarted > sliceMs) {
          await new Promise((resolve) => setImmediate(resolve));
          sliceStarted = performance.now();
        }
        continue;
      }
      if (this.inFlight === 0) {
        throw new SandboxFailure(
          "unsettled",
          `${during}its promise never settles (it awaits something no host call will resolve)`
        );
      }
      await new Promise((resolve) => {
        this.wake = resolve;
      });
      sliceStarted = performance.now();
    }
  }
  encodeResult(value) {
    const encoded = this.enter(
      () => this.context.callFunction(this.helpers.encodeResult, this.context.undefined, value)
    );
    if (encoded.error) {
      const limit = this.limitFailure();
      if (limit) {
        encoded.error.dispose();
        throw limit;
      }
      const failure = this.failureFromThrown(encoded.error, "");
      if (failure.reason !== "threw") throw failure;
      throw new SandboxFailure(
        "invalid_result",
        `the result is not JSON-serializable: ${failure.detail}`,
        failure.extra
      );
    }
    return encoded.value.consume((handle) => {
      const type = this.context.typeof(handle);
      if (type === "undefined") return void 0;
      const limit = this.options.limits.maxResultBytes;
      const { json, bytes } = this.readCapped(handle, limit);
      if (json === void 0) {
        throw new SandboxFailure(
          "result_too_large",
          `the result is ${formatBytes(bytes)} or more as JSON, over the limit of ${formatBytes(limit)}`
        );
      }
      return JSON.parse(json);
    });
  }
  // A string handle read only when its UTF-8 fits `limit` bytes (json undefined otherwise); `bytes` is
  // its size, or a lower bound of it when it was not read.
  readCapped(handle, limit) {
    const units = this.context.getLength(handle) ?? 0;
    if (units > limit) return { json: void 0, bytes: units };
    const json = this.context.getString(handle);
    const bytes = Buffer.byteLength(json);
    return bytes > limit ? { json: void 0, bytes } : { json, bytes };
  }
  // A limit that ends the call regardless of what the isolate is doing.
  limitFailure() {
    if (this.fatal) return this.fatal;
    const { signal, limits } = this.options;
    if (signal?.aborted) {
      const why = signal.reason instanceof Error ? `: ${signal.reason.message}` : "";
      return this.fatal = new SandboxFailure("aborted", `aborted${why}`);
    }
    if (this.timedOut || Date.now() > this.deadline) {
      return this.fatal = new SandboxFailure("timeout", `time limit of ${limits.timeoutMs} ms exceeded`);
    }
    if (this.outOfMemory()) return this.fatal = this.memoryFailure();
    return void 0;
  }
  // The heap ran out of linear memory during this call: QuickJS threw "out of memory", and catching it does not
  // buy the handler more (a handler that catches it and goes on allocating would otherwise spin until the deadline).
  outOfMemory() {
    return this.options.wasm.exhausted.count > this.exhaustedAtStart;
  }
  memoryFailure() {
    return new SandboxFailure("memory", `memory limit of ${formatBytes(this.options.limits.memoryBytes)} exceeded`);
  }
  shouldInterrupt() {
    return this.fatal !== void 0 || this.timedOut || Date.now() > this.deadline || this.options.signal?.aborted === true || this.outOfMemory();
  }
  // Classifies a value thrown inside the isolate (and disposes its handle).
  failureFromThrown(errorHandle, during) {
    const limit = this.limitFailure();
    if (limit) {
      errorHandle.dispose();
      return limit;
    }
    const { described, ...info } = this.consumeThrown(errorHandle);
    const memoryHigh = this.options.wasm.memory.buffer.byteLength > this.options.wasm.maximumBytes * 0.75;
    const undescribed = info.name === "thrown value" && (info.message === "null" || info.message === "");
    if (info.name === "InternalError" && info.message === "out of memory" || memoryHigh && (undescribed || described === false)) {
      return this.memoryFailure();
    }
    if (info.message === "stack overflow") {
      return new SandboxFailure(
        "stack_overflow",
        `stack overflow (limit ${formatBytes(this.options.limits.maxStackBytes)}): ${formatThrown(info)}`,
        {
          error: info
        }
      );
    }
    if (info.message === "interrupted") {
      poisonWasmModule(this.options.wasm);
      return new SandboxFailure(
        "stack_overflow",
        "stack overflow: the handler nested deeper than the host stack allows"
      );
    }
    if (this.importRefused && info.message.startsWith(importRefusal)) {
      return new SandboxFailure("import", `${during}${formatThrown(info)}`, { error: info });
    }
    return new SandboxFailure("threw", `${during}${formatThrown(info)}`, { error: info });
  }
  // Describes a thrown value through the isolate's helper; the fallback covers a helper that
  // cannot run at all (after an out-of-memory error, for instance).
  consumeThrown(errorHandle) {
    try {
      const described = this.enter(
        () => this.context.callFunction(this.helpers.describe, this.context.undefined, errorHandle)
      );
      if (described.error) {
        described.error.dispose();
        return { ...parseThrownInfo(void 0), described: false };
      }
      return described.value.consume(
        (handle) => parseThrownInfo(this.context.typeof(handle) === "string" ? this.context.getString(handle) : void 0)
      );
    } finally {
      if (errorHandle.alive) errorHandle.dispose();
    }
  }
  // Every entry into WASM that can run guest code: if the host unwinds through WASM frames (a V8
  // stack overflow, a WASM trap) the module is unusable and the call fails without touching it again.
  enter(body) {
    if (this.options.wasm.poisoned) {
      throw this.fatal = new SandboxFailure(
        "crashed",
        "the sandbox engine was reset by another call that crashed it; retry"
      );
    }
    try {
      return body();
    } catch (error) {
      if (error instanceof SandboxFailure) throw error;
      if (error instanceof RangeError || error instanceof WasmRuntimeError) {
        poisonWasmModule(this.options.wasm);
        this.fatal = error instanceof RangeError ? new SandboxFailure(
          "stack_overflow",
          `stack overflow: the handler recursed deeper than the host stack allows (${error.message})`
        ) : new SandboxFailure("crashed", `the sandbox engine crashed (${error.message}); it has been reset`);
        throw this.fatal;
      }
      throw error;
    }
  }
  notify() {
    const wake = this.wake;
    this.wake = void 0;
    wake?.();
  }
};
var WasmRuntimeError = globalThis.WebAssembly.RuntimeError;
function decodeArgs(json) {
  if (json.charCodeAt(0) !== 84) return JSON.parse(json);
  const cut = json.indexOf("\n");
  if (cut === -1) return void 0;
  const head = JSON.parse(json.slice(1, cut));
  if (!Array.isArray(head)) return void 0;
  head.push(json.slice(cut + 1));
  return head;
}
function isThenable(value) {
  return value !== null && (typeof value === "object" || typeof value === "function") && typeof value.then === "function";
}

// src/sandbox/run-module.ts
async function runModule(options) {
  const label = { filename: options.filename, exportName: options.exportName };
  const limits = resolveLimits(options.limits);
  if (options.signal?.aborted) throw toSandboxError(label, new SandboxFailure("aborted", "aborted before it started"));
  const args = options.args ?? [];
  return withModule(
    { limits, label, host: options.host, syncData: options.ctxData.sync, signal: options.signal },
    `sync:${options.ctxData.sync.slug}`,
    options.source,
    (isolate, namespace) => isolate.callExport(namespace, options.exportName, args)
  );
}
async function withModule(options, poolKey, source, use) {
  const wasm = await acquireWasmModule(options.limits.memoryBytes, poolKey);
  let isolate;
  let namespace;
  try {
    isolate = new Isolate({ ...options, wasm });
    namespace = await isolate.evaluateModule(source);
    return await use(isolate, namespace);
  } catch (error) {
    throw asSandboxError(options.label, error, wasm);
  } finally {
    if (namespace?.alive && !wasm.poisoned) namespace.dispose();
    isolate?.dispose();
    releaseWasmModule(wasm);
  }
}
function asSandboxError(label, error, wasm) {
  if (error instanceof SandboxFailure) {
    if (error.reason === "memory") retireWasmModule(wasm);
    return toSandboxError(label, error);
  }
  if (SyncError.isInstance(error)) return error;
  return new InternalError(error);
}

// src/sandbox/inspect-module.ts
var inspectTimeoutMs = 1e4;
async function inspectModule(source, filename, limits) {
  return withModule(
    {
      limits: resolveLimits({ timeoutMs: inspectTimeoutMs, ...limits }),
      label: { filename, exportName: null },
      host: {},
      syncData: { slug: "", app: "", accountId: "", externalUserId: "" }
    },
    // The handler file names its sync (handlers/<slug>/handler.js): inspecting shares no module with other syncs.
    `inspect:${filename}`,
    source,
    (isolate, namespace) => ({ exports: isolate.exportNames(namespace) })
  );
}

// src/engine/summary.ts
function asSummary(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const record = value;
  const summary = {};
  for (const key of ["added", "updated", "deleted"]) {
    if (typeof record[key] === "number" && Number.isFinite(record[key])) summary[key] = record[key];
  }
  if (typeof record.note === "string") summary.note = record.note.slice(0, 200);
  return summary;
}
function describeSummary(value) {
  const summary = asSummary(value);
  if (!summary) return "done";
  const added = summary.added ?? 0;
  const updated = summary.updated ?? 0;
  const deleted = summary.deleted ?? 0;
  const total = added + updated + deleted;
  const counts = total === 0 ? "no changes" : `${total} change${total === 1 ? "" : "s"} (+${added} ~${updated} -${deleted})`;
  const note = summary.note ? ` - ${summary.note.replace(/\s+/g, " ")}` : "";
  return `${counts}${note}`;
}
function describeSummaries(values) {
  const summaries = (Array.isArray(values) ? values : [values]).map(asSummary);
  const known = summaries.filter((summary) => summary !== null);
  if (known.length === 0) return "done";
  const total = {};
  for (const key of ["added", "updated", "deleted"]) {
    const sum = known.reduce((count, summary) => count + (summary[key] ?? 0), 0);
    if (known.some((summary) => summary[key] !== void 0)) total[key] = sum;
  }
  const notes = [...new Set(known.map((summary) => summary.note).filter((note) => note !== void 0))];
  if (notes.length > 0) total.note = notes.join("; ").slice(0, 200);
  const calls = summaries.length;
  return `${describeSummary(total)}${calls > 1 ? ` (${calls} deliveries)` : ""}`;
}
function describeChanges(changes, runtimeDir) {
  const runtime = `${runtimeDir}/`;
  const written = changes.written.filter((path) => !path.startsWith(runtime)).length;
  const deleted = changes.deleted.filter((path) => !path.startsWith(runtime)).length;
  const files = (count) => `${count} file${count === 1 ? "" : "s"}`;
  const parts = [];
  if (written > 0) parts.push(`wrote ${files(written)}`);
  if (deleted > 0) parts.push(parts.length > 0 ? `deleted ${deleted}` : `deleted ${files(deleted)}`);
  const state = changes.written.includes(`${runtime}state.json`) || changes.deleted.includes(`${runtime}state.json`);
  if (parts.length === 0) return state ? "changed the state" : "no changes";
  return `${parts.join(", ")}${state ? " and changed the state" : ""}`;
}

// src/mirror/ndjson.ts
function keyOf(record, key, where) {
  const value = record[key];
  if (typeof value !== "string" && typeof value !== "number") {
    throw new InvalidInputError(`${where}: record has no string or number "${key}" field`);
  }
  return JSON.stringify(value);
}
function normalizeKey(value, where) {
  if (typeof value !== "string" && typeof value !== "number") {
    throw new InvalidInputError(`${where}: keys must be strings or numbers`);
  }
  return JSON.stringify(value);
}
function upsertLines(text, records, key, where = "upsertLines") {
  const incoming = /* @__PURE__ */ new Map();
  for (const record of records) {
    if (record === null || typeof record !== "object" || Array.isArray(record)) {
      throw new InvalidInputError(`${where}: every record must be a JSON object`);
    }
    incoming.set(keyOf(record, key, where), JSON.stringify(record));
  }
  let updated = 0;
  const out = [];
  for (const line of splitRecords(text)) {
    const lineKey = lineKeyOf(line, key, where);
    const replacement = lineKey === null ? void 0 : incoming.get(lineKey);
    if (replacement === void 0) {
      out.push(line);
      continue;
    }
    if (replacement !== line) updated += 1;
    out.push(replacement);
    incoming.delete(lineKey);
  }
  for (const line of incoming.values()) out.push(line);
  return { text: out.length ? `${out.join("\n")}
` : "", added: incoming.size, updated };
}
function deleteLines(text, keys, key, where = "deleteLines") {
  const doomed = new Set(keys.map((value) => normalizeKey(value, where)));
  const out = [];
  let deleted = 0;
  for (const line of splitRecords(text)) {
    const lineKey = lineKeyOf(line, key, where);
    if (lineKey !== null && doomed.has(lineKey)) deleted += 1;
    else out.push(line);
  }
  return { text: out.length ? `${out.join("\n")}
` : "", deleted };
}
function splitRecords(text) {
  if (text === "") return [];
  return text.split("\n").filter((line) => line.trim() !== "");
}
function lineKeyOf(line, key, where) {
  let parsed;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    throw new InvalidInputError(`${where}: existing line is not JSON: ${error.message}`);
  }
  if (parsed === null || typeof parsed !== "object") return null;
  const value = parsed[key];
  return typeof value === "string" || typeof value === "number" ? JSON.stringify(value) : null;
}

// src/mirror/path-index.ts
var maxDepth = 16;
var leafName = /^([0-9a-f])(?:-([0-9a-f]))?\.ndjson$/;
var defaultLeafBytes = 60 * 1024;
function fnv1a32(text) {
  let value = 2166136261;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 16777619);
  }
  return value >>> 0;
}
function hex8(value) {
  return value.toString(16).padStart(8, "0");
}
function parentOf(key) {
  return key.slice(0, key.lastIndexOf("/"));
}
function addressOf(key) {
  return hex8(fnv1a32(parentOf(key))) + hex8(fnv1a32(key));
}
var PathIndex = class {
  constructor(files, dir, spec, where) {
    this.files = files;
    this.spec = spec;
    this.where = where;
    if (typeof dir !== "string" || dir === "" || dir.startsWith("/") || dir.endsWith("/")) {
      throw new InvalidInputError(`${where}: dir must be a mirror folder such as "files"`);
    }
    checkSpec(spec, where);
    this.base = `${dir}/`;
    this.splitBytes = spec.leafBytes ?? defaultLeafBytes;
  }
  files;
  spec;
  where;
  stats = { leavesRead: 0, leavesWritten: 0, splits: 0 };
  /** Leaves read or created by this call, by path. */
  leaves = /* @__PURE__ */ new Map();
  listings = /* @__PURE__ */ new Map();
  base;
  splitBytes;
  /** The records at `keys` (null where there is none), in the order asked. */
  async get(keys) {
    const out = [];
    for (const key of keys) {
      const line = (await this.leafFor(this.checkKey(key))).lines.get(key);
      out.push(line === void 0 ? null : JSON.parse(line));
    }
    return out;
  }
  /**
   * Inserts or replaces records by key, in order. Answers, per record, the one it replaced (or null), and the
   * descendants removed because a container was replaced by a record that cannot have children.
   */
  async put(records) {
    const previous = [];
    const removed = [];
    for (const record of records) {
      if (record === null || typeof record !== "object" || Array.isArray(record)) {
        throw new InvalidInputError(`${this.where}: every record must be a JSON object`);
      }
      const key = this.checkKey(record[this.spec.key]);
      const leaf = await this.leafFor(key);
      const old = leaf.lines.get(key);
      const oldRecord = old === void 0 ? null : JSON.parse(old);
      if (oldRecord && this.isContainer(oldRecord) && !this.isContainer(record)) {
        removed.push(...await this.removeBelow(key));
      }
      const line = JSON.stringify(record);
      if (line !== old) {
        leaf.lines.set(key, line);
        leaf.dirty = true;
      }
      previous.push(oldRecord);
    }
    return { previous, removed };
  }
  /** Removes the records at `keys` and, with subtree, everything below them; answers what was removed. */
  async remove(keys, subtree) {
    const removed = [];
    for (const value of keys) {
      const key = this.checkKey(value);
      const leaf = await this.leafFor(key);
      const line = leaf.lines.get(key);
      const record = line === void 0 ? null : JSON.parse(line);
      if (record) {
        leaf.lines.delete(key);
        leaf.dirty = true;
        removed.push(record);
      }
      if (subtree && (!record || this.isContainer(record))) removed.push(...await this.removeBelow(key));
    }
    return removed;
  }
  /** The direct children of `key`, sorted by key. */
  async children(value) {
    const key = this.checkKey(value);
    const out = [];
    for (const leaf of await this.leavesUnder(hex8(fnv1a32(key)))) {
      for (const [child, line] of leaf.lines) if (parentOf(child) === key) out.push(JSON.parse(line));
    }
    return out.sort((a, b) => compare(a[this.spec.key], b[this.spec.key]));
  }
  /** Writes the leaves the call changed (re-packing those that outgrew `leafBytes`). */
  flush() {
    const pieces = [];
    for (const [path, leaf] of this.leaves) {
      if (!leaf.dirty) continue;
      if (leaf.lines.size === 0) {
        if (leaf.exists) this.place({ path, bytes: null }, pieces);
        continue;
      }
      const items = [...leaf.lines].map(([key, line]) => item(key, line));
      const bytes = leafBytes(items);
      if (bytes.byteLength <= this.splitBytes || leaf.node.length >= maxDepth - 1) {
        this.place({ path, bytes }, pieces);
        continue;
      }
      this.stats.splits += 1;
      if (leaf.exists) this.place({ path, bytes: null }, pieces);
      this.pack(leaf.node, leaf.low, leaf.high, items, this.buildBytes(), pieces);
    }
    this.leaves.clear();
    this.listings.clear();
  }
  /**
   * Replaces the whole index with the records of NDJSON `sources`, applied in order (a later record with the same
   * key wins; a tombstone removes its key and the subtree listed before it). Answers counts and totals.
   */
  async load(sources, options) {
    const keyField = this.spec.key;
    let items = [];
    const tombstones = [];
    const tombstone = options.tombstone;
    const aggregate = newAggregator(options.aggregate);
    const pickRecord = aggregate.picker((field) => (record) => record[field]);
    const parsed = [];
    const fromParsed = (row) => parsed[row];
    let order = 0;
    const fields = [keyField, ...tombstone ? [tombstone.field] : [], ...aggregate.fields];
    for (const source of sources) {
      if (typeof source !== "string") throw new InvalidInputError(`${this.where}: sources must be mirror paths`);
      const kept = this.files.kept?.(source);
      if (kept && fields.every((field) => kept.values.has(field))) {
        const keys = kept.values.get(keyField);
        const marks = tombstone ? kept.values.get(tombstone.field) : null;
        const pick = aggregate.picker((field) => {
          const column = kept.values.get(field);
          return (index) => column[index];
        });
        let start2 = 0;
        for (let index = 0; index < kept.ends.length; index += 1) {
          const key = this.checkKey(keys[index]);
          const end = kept.ends[index];
          order += 1;
          if (marks && marks[index] === tombstone.value) tombstones.push({ key, order });
          else items.push(keptItem(key, kept.bytes, start2, end, order, pick, index));
          start2 = end + 1;
        }
        continue;
      }
      const text = await this.files.read(source);
      if (text === null) throw new InvalidInputError(`${this.where}: source ${source} does not exist`);
      let start = 0;
      while (start < text.length) {
        let end = text.indexOf("\n", start);
        if (end === -1) end = text.length;
        const line = text.slice(start, end);
        start = end + 1;
        if (line.trim() === "") continue;
        let record;
        try {
          record = JSON.parse(line);
        } catch (error) {
          throw new InvalidInputError(
            `${this.where}: ${source} holds a line that is not JSON: ${error.message}`
          );
        }
        const key = this.checkKey(record[keyField]);
        order += 1;
        if (tombstone && record[tombstone.field] === tombstone.value) tombstones.push({ key, order });
        else items.push(item(key, line, order, fromParsed, parsed.push(pickRecord(record)) - 1));
      }
    }
    if (tombstones.length) {
      const byKey = /* @__PURE__ */ new Map();
      for (const entry of items) byKey.set(entry.key, entry);
      applyTombstones(byKey, tombstones);
      items = [...byKey.values()];
    }
    const pieces = [];
    for (const path of await this.files.listPaths(this.base.slice(0, -1))) this.place({ path, bytes: null }, pieces);
    this.pack("", 0, 15, items, this.buildBytes(), pieces);
    let records = 0;
    for (const piece of pieces) {
      if (!piece.items) continue;
      records += piece.items.length;
      for (const entry of piece.items) aggregate.add(entry.key, entry.pick(entry.row));
    }
    return { records, leaves: this.stats.leavesWritten, ...aggregate.result() };
  }
  // ------------------------------------------------------------------ internals
  buildBytes() {
    return Math.floor(this.splitBytes * 7 / 8);
  }
  checkKey(value) {
    if (typeof value !== "string" || !value.startsWith("/")) {
      throw new InvalidInputError(
        `${this.where}: every key ("${this.spec.key}") must be a path starting with "/", got ${JSON.stringify(value)}`
      );
    }
    return value;
  }
  isContainer(record) {
    return this.spec.container ? record[this.spec.container.field] === this.spec.container.value : true;
  }
  nodeDir(node) {
    return node === "" ? this.base : `${this.base}${node.split("").join("/")}/`;
  }
  leafPath(node, low, high) {
    return `${this.nodeDir(node)}${low.toString(16)}${high === low ? "" : `-${high.toString(16)}`}.ndjson`;
  }
  /** A node's children, listed once per call (names that are not part of the layout are ignored). */
  async listing(node) {
    const known = this.listings.get(node);
    if (known) return known;
    const listing = { nodes: /* @__PURE__ */ new Set(), leaves: [] };
    const dir = this.nodeDir(node);
    for (const name of await this.files.listNames(dir.slice(0, -1))) {
      if (name.endsWith("/")) {
        if (/^[0-9a-f]\/$/.test(name)) listing.nodes.add(parseInt(name, 16));
        continue;
      }
      const match = leafName.exec(name);
      if (match) listing.leaves.push({ low: parseInt(match[1], 16), high: parseInt(match[2] ?? match[1], 16) });
    }
    this.listings.set(node, listing);
    return listing;
  }
  async loadLeaf(node, low, high, exists) {
    const path = this.leafPath(node, low, high);
    const known = this.leaves.get(path);
    if (known) return known;
    const lines = /* @__PURE__ */ new Map();
    const text = exists ? await this.files.read(path) : null;
    if (text !== null) {
      this.stats.leavesRead += 1;
      const field = `${JSON.stringify(this.spec.key)}:`;
      for (const line of text.split("\n")) {
        if (line === "") continue;
        lines.set(leafKey(line, field) ?? JSON.parse(line)[this.spec.key], line);
      }
    }
    const leaf = { node, low, high, lines, exists: text !== null, dirty: false };
    this.leaves.set(path, leaf);
    return leaf;
  }
  /** The leaf for an address prefix: a covering leaf, a child node to descend into, or an empty leaf to create. */
  async step(node, digit) {
    const listing = await this.listing(node);
    if (listing.nodes.has(digit)) return "node";
    const range = listing.leaves.find((leaf) => leaf.low <= digit && digit <= leaf.high);
    if (range) return this.loadLeaf(node, range.low, range.high, true);
    return this.loadLeaf(node, digit, digit, false);
  }
  async leafFor(key) {
    const address = addressOf(key);
    let node = "";
    for (let depth = 0; depth < maxDepth; depth += 1) {
      const digit = parseInt(address[depth], 16);
      const found = await this.step(node, digit);
      if (found !== "node") return found;
      node += address[depth];
    }
    throw new InvalidInputError(
      `${this.where}: no leaf holds ${key} (the index under ${this.base} is damaged; rebuild it)`
    );
  }
  /** Every leaf that can hold a child of the path whose own hash is prefix (8 digits). */
  async leavesUnder(prefix) {
    let node = "";
    for (let depth = 0; depth < prefix.length; depth += 1) {
      const found2 = await this.step(node, parseInt(prefix[depth], 16));
      if (found2 !== "node") return [found2];
      node += prefix[depth];
    }
    const found = [];
    const dir = this.nodeDir(node);
    for (const path of await this.files.listPaths(dir.slice(0, -1))) {
      const rest = path.slice(this.base.length);
      const slash = rest.lastIndexOf("/");
      const match = leafName.exec(rest.slice(slash + 1));
      if (!match) continue;
      const leafNode = rest.slice(0, slash).split("/").join("");
      found.push(await this.loadLeaf(leafNode, parseInt(match[1], 16), parseInt(match[2] ?? match[1], 16), true));
    }
    return found;
  }
  async removeBelow(root) {
    const removed = [];
    const queue = [root];
    while (queue.length) {
      const dir = queue.pop();
      for (const leaf of await this.leavesUnder(hex8(fnv1a32(dir)))) {
        for (const [key, line] of [...leaf.lines]) {
          if (parentOf(key) !== dir) continue;
          const record = JSON.parse(line);
          leaf.lines.delete(key);
          leaf.dirty = true;
          removed.push(record);
          if (this.isContainer(record)) queue.push(key);
        }
      }
    }
    return removed;
  }
  /**
   * Lays out items (all below `node`, next digit within low..high) as leaves of at most target bytes: neighbouring
   * digits share a leaf while they fit, and a digit too big for one leaf becomes a child node, packed the same way.
   */
  pack(node, low, high, items, target, out) {
    const depth = node.length;
    if (items.length > 1 && items.every((entry) => entry.key === items[0].key)) items = [items[items.length - 1]];
    if (depth >= maxDepth - 1 || items.length === 1 || sizeOf(items) <= target) {
      if (items.length) this.emit(node, low, high, items, out);
      return;
    }
    const buckets = Array.from({ length: 16 }, () => []);
    for (const entry of items) buckets[digitAt(entry, depth)].push(entry);
    let start = -1;
    let run = [];
    let runSize = 0;
    const close = (end) => {
      if (start !== -1 && run.length) this.emit(node, start, end, run, out);
      start = -1;
      run = [];
      runSize = 0;
    };
    for (let digit = low; digit <= high; digit += 1) {
      const bucket = buckets[digit];
      const size = sizeOf(bucket);
      if (size > target) {
        close(digit - 1);
        this.pack(node + digit.toString(16), 0, 15, bucket, target, out);
        continue;
      }
      if (start !== -1 && runSize + size > target) close(digit - 1);
      if (start === -1) start = digit;
      for (const entry of bucket) run.push(entry);
      runSize += size;
    }
    close(high);
  }
  /**
   * Writes one leaf. Item sizes are exact UTF-8 lengths, so a leaf laid out within the target is within the limit;
   * only one at the deepest node (records that share every digit) or a single record can be bigger.
   */
  emit(node, low, high, items, out) {
    this.place({ path: this.leafPath(node, low, high), bytes: leafBytes(items), items }, out);
  }
  /**
   * Writes (or deletes) a piece as soon as it is laid out, and records it in `out`. Written in layout order, a path
   * deleted and then written again (a leaf re-packed under its own name) ends up written. Writing each leaf at once
   * lets the store start on it (see Transaction.write) while the rest is laid out. A layout that throws half-way has
   * written part of the index into the transaction; the error fails the event, which then commits nothing.
   */
  place(piece, out) {
    if (piece.bytes === null) this.files.delete(piece.path);
    else {
      this.files.write(piece.path, piece.bytes);
      this.stats.leavesWritten += 1;
    }
    out.push(piece);
  }
};
function sizeOf(items) {
  let size = 0;
  for (const entry of items) size += entry.size;
  return size;
}
function digitAt(entry, depth) {
  return depth < 8 ? entry.parent >>> 28 - 4 * depth & 15 : entry.own >>> 28 - 4 * (depth - 8) & 15;
}
function leafBytes(items) {
  items.sort((a, b) => compare(a.key, b.key));
  let kept = 0;
  for (let index = 0; index < items.length; index += 1) {
    const entry = items[index];
    if (index + 1 < items.length && items[index + 1].key === entry.key) continue;
    items[kept++] = entry;
  }
  items.length = kept;
  let length = 0;
  for (const entry of items) length += entry.size;
  const out = Buffer.allocUnsafe(length);
  let at = 0;
  for (const entry of items) {
    if (entry.source) {
      out.set(entry.source.subarray(entry.start, entry.start + entry.size - 1), at);
      at += entry.size - 1;
    } else at += out.write(entry.line, at);
    out[at++] = 10;
  }
  return out;
}
function leafKey(line, field) {
  if (line.includes("\\")) return void 0;
  const at = line.indexOf(field);
  const start = at + field.length + 1;
  if (at < 1 || line.charCodeAt(start - 1) !== 34 || line.lastIndexOf("{", at) !== 0 || line.lastIndexOf("[", at) !== -1)
    return void 0;
  const end = line.indexOf('"', start);
  if (end === -1 || line.indexOf(field.slice(0, -1), end + 1) !== -1) return void 0;
  return line.slice(start, end);
}
function item(key, line, order = 0, pick = null, row = 0) {
  return {
    key,
    line,
    source: null,
    start: 0,
    size: Buffer.byteLength(line) + 1,
    parent: fnv1a32(parentOf(key)),
    own: fnv1a32(key),
    order,
    pick,
    row
  };
}
function keptItem(key, source, start, end, order, pick, row) {
  return {
    key,
    line: "",
    source,
    start,
    size: end - start + 1,
    parent: fnv1a32(parentOf(key)),
    own: fnv1a32(key),
    order,
    pick,
    row
  };
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function checkSpec(spec, where) {
  if (spec === null || typeof spec !== "object")
    throw new InvalidInputError(`${where}: options must be an object with a "key" field name`);
  if (typeof spec.key !== "string" || spec.key === "")
    throw new InvalidInputError(`${where}: options.key must be a field name`);
  if (spec.container !== void 0 && (spec.container === null || typeof spec.container.field !== "string")) {
    throw new InvalidInputError(`${where}: options.container must be { field, value }`);
  }
  if (spec.leafBytes !== void 0 && (!Number.isInteger(spec.leafBytes) || spec.leafBytes < 1024 || spec.leafBytes > 1024 * 1024)) {
    throw new InvalidInputError(`${where}: options.leafBytes must be an integer from 1024 to 1048576`);
  }
}
function applyTombstones(byKey, tombstones) {
  const keys = [...byKey.keys()].sort(compare);
  for (const tomb of tombstones) {
    const exact = byKey.get(tomb.key);
    if (exact && exact.order < tomb.order) byKey.delete(tomb.key);
    const prefix = `${tomb.key}/`;
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const middle = low + high >>> 1;
      if (keys[middle] < prefix) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < keys.length && keys[index].startsWith(prefix); index += 1) {
      const entry = byKey.get(keys[index]);
      if (entry && entry.order < tomb.order) byKey.delete(keys[index]);
    }
  }
}
function newAggregator(options) {
  const depth = options?.depth ?? 0;
  const countBy = options?.countBy;
  const sums = options?.sum ?? [];
  const empty = () => ({ records: 0, count: {}, sum: Object.fromEntries(sums.map((field) => [field, 0])) });
  const total = empty();
  const groups = /* @__PURE__ */ new Map();
  let last = { group: "\0", target: total };
  const addTo = (target, picked) => {
    const count = picked[0];
    const values = picked[1];
    target.records += 1;
    if (count !== void 0) target.count[count] = (target.count[count] ?? 0) + 1;
    for (let index = 0; index < sums.length; index += 1) target.sum[sums[index]] += values[index];
  };
  return {
    /** The fields `add` needs of a record. */
    fields: [...countBy === void 0 ? [] : [countBy], ...sums],
    /** Makes what `add` needs of a record; `field(name)` answers how to read that field of one. */
    picker(field) {
      const count = countBy === void 0 ? null : field(countBy);
      const summed = sums.map(field);
      return (from) => {
        const values = [];
        for (const read of summed) {
          const value = read(from);
          values.push(typeof value === "number" && Number.isFinite(value) ? value : 0);
        }
        return [count ? String(count(from)) : void 0, values];
      };
    },
    add(key, picked) {
      addTo(total, picked);
      if (depth <= 0) return;
      let end = 0;
      for (let segment = 0; segment < depth && end !== -1; segment += 1) end = key.indexOf("/", end + 1);
      if (end === -1) end = key.length;
      if (end !== last.group.length || !key.startsWith(last.group)) {
        const group = key.slice(0, end);
        let target = groups.get(group);
        if (!target) groups.set(group, target = empty());
        last = { group, target };
      }
      addTo(last.target, picked);
    },
    result() {
      if (depth <= 0) return { total };
      return { total, groups: Object.fromEntries([...groups].sort(([a], [b]) => compare(a, b))) };
    }
  };
}

// src/mirror/save-items.ts
function keptBytes(text, bytes, kept) {
  if (bytes.byteLength === text.length) return { bytes, ends: kept.ends, values: kept.values };
  const ends = new Uint32Array(kept.ends.length);
  let at = -1;
  for (let index = 0; index < ends.length; index += 1) ends[index] = at = bytes.indexOf(10, at + 1);
  return { bytes, ends, values: kept.values };
}
function parseSaveItems(value) {
  const where = "ctx.http.request: saveItems";
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new InvalidInputError(`${where} must be { path, from, fields? }`);
  const { path, from, fields, keep } = value;
  if (typeof path !== "string" || path === "") throw new InvalidInputError(`${where}.path must be a mirror path`);
  if (typeof from !== "string" || !from.startsWith("/"))
    throw new InvalidInputError(`${where}.from must be a JSON pointer such as "/entries"`);
  if (fields !== void 0) {
    const names = Array.isArray(fields) ? fields : fields !== null && typeof fields === "object" ? [...Object.keys(fields), ...Object.values(fields)] : null;
    if (!names || names.some((name) => typeof name !== "string")) {
      throw new InvalidInputError(`${where}.fields must be a list of field names or a { newName: "field" } map`);
    }
    if (names.includes("__proto__")) throw new InvalidInputError(`${where}.fields: "__proto__" is not a field name`);
  }
  if (keep !== void 0 && (!Array.isArray(keep) || keep.some((name) => typeof name !== "string" || name === "__proto__"))) {
    throw new InvalidInputError(`${where}.keep must be a list of saved field names`);
  }
  return { path, from, fields, ...keep ? { keep } : {} };
}
function extractItems(data, options) {
  const segments = options.from.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
  const rest = structuredCloneShallowPath(data, segments);
  let parent = rest;
  for (const segment of segments.slice(0, -1)) parent = parent[segment];
  const last = segments[segments.length - 1];
  const items = parent[last];
  if (!Array.isArray(items)) {
    throw new InvalidInputError(`ctx.http.request: saveItems.from ${options.from} is not an array in the response`);
  }
  delete parent[last];
  const project = projector(options.fields);
  const lines = [];
  const kept = options.keep ?? [];
  const columns = kept.map(() => []);
  for (const entry of items) {
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
      throw new InvalidInputError(`ctx.http.request: saveItems: the items at ${options.from} must be JSON objects`);
    }
    const record = project(entry);
    lines.push(JSON.stringify(record));
    for (let column = 0; column < kept.length; column += 1) columns[column].push(record[kept[column]]);
  }
  const count = lines.length;
  if (count) lines.push("");
  const text = lines.join("\n");
  if (!options.keep) return { text, items: items.length, rest };
  const ends = new Uint32Array(count);
  let end = -1;
  for (let index = 0; index < count; index += 1) ends[index] = end += lines[index].length + 1;
  return {
    text,
    items: items.length,
    rest,
    kept: { ends, values: new Map(kept.map((name, column) => [name, columns[column]])) }
  };
}
var projectors = /* @__PURE__ */ new Map();
function projector(fields) {
  if (fields === void 0) return (entry) => entry;
  const pairs = Array.isArray(fields) ? fields.map((name) => [name, name]) : Object.entries(fields);
  const key = JSON.stringify(pairs);
  let project = projectors.get(key);
  if (!project) {
    project = compileProjection(pairs) ?? projectByLoop(pairs);
    if (projectors.size >= 64) projectors.clear();
    projectors.set(key, project);
  }
  return project;
}
function compileProjection(pairs) {
  const literal = pairs.map(([name, source]) => `${JSON.stringify(name)}: entry[${JSON.stringify(source)}]`).join(", ");
  try {
    return new Function("entry", `return { ${literal} };`);
  } catch {
    return null;
  }
}
function projectByLoop(pairs) {
  return (entry) => {
    const out = {};
    for (const [name, source] of pairs) if (entry[source] !== void 0) out[name] = entry[source];
    return out;
  };
}
function structuredCloneShallowPath(data, segments) {
  const copy = (value, at2) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      throw new InvalidInputError(`ctx.http.request: saveItems.from: the response has no object at ${at2 || "/"}`);
    }
    return { ...value };
  };
  const root = copy(data, "");
  let current = root;
  let at = "";
  for (const segment of segments.slice(0, -1)) {
    at += `/${segment}`;
    current[segment] = copy(current[segment], at);
    current = current[segment];
  }
  return root;
}

// src/mirror/scoped-mirror.ts
var maxKeptLines = 2e6;
var maxMirrorFileBytes = 50 * 1024 * 1024;
var ScopedMirror = class {
  constructor(tx, prefix) {
    this.tx = tx;
    this.prefix = prefix;
  }
  tx;
  prefix;
  /**
   * What saveItems with `keep` saved, by store path, until the file is written or deleted again through this mirror
   * (its only writer during an event): its bytes, where its lines end, and a few values of each line, so that indexLoad
   * needs not read and parse the file back. Holding 200,000 parsed records cost more garbage collection than parsing
   * them again; the file's bytes (already held by the transaction) and three values per line cost next to none.
   */
  kept = /* @__PURE__ */ new Map();
  keptLines = 0;
  /** Validates a handler-supplied path and returns the store path. */
  resolve(path) {
    if (typeof path !== "string") throw new InvalidInputError("ctx.mirror: path must be a string");
    if (path.startsWith("/"))
      throw new InvalidInputError(`ctx.mirror: path ${JSON.stringify(path)} must be relative to the mirror`);
    const relative = validateStorePath(path, "mirror path");
    if (relative === ".sync" || relative.startsWith(".sync/")) {
      throw new InvalidInputError(`ctx.mirror: ${JSON.stringify(path)} is inside .sync/, which belongs to the engine`);
    }
    return `${this.prefix}${relative}`;
  }
  async read(path) {
    return this.tx.readText(this.resolve(path));
  }
  /** Writes a mirror file; answers its size in bytes. */
  write(path, text) {
    if (typeof text !== "string") throw new InvalidInputError("ctx.mirror.write: text must be a string");
    return this.writeBytes(path, Buffer.from(text));
  }
  /** `write` of text already encoded as UTF-8. */
  writeBytes(path, bytes) {
    const target = this.resolve(path);
    if (bytes.byteLength > maxMirrorFileBytes) {
      throw new InvalidInputError(
        `ctx.mirror.write: ${path} would be ${bytes.byteLength} bytes; the cap is 50 MiB per file (shard it)`
      );
    }
    this.tx.write(target, bytes);
    this.forget(target);
    return bytes.byteLength;
  }
  /** Writes what saveItems rendered; remembers `kept` (see `kept`). */
  writeSaved(path, text, kept) {
    const bytes = Buffer.from(text);
    this.writeBytes(path, bytes);
    if (kept && this.keptLines + kept.ends.length <= maxKeptLines) {
      this.kept.set(this.resolve(path), keptBytes(text, bytes, kept));
      this.keptLines += kept.ends.length;
    }
    return bytes.byteLength;
  }
  delete(path) {
    const target = this.resolve(path);
    this.tx.delete(target);
    this.forget(target);
  }
  forget(target) {
    const known = this.kept.get(target);
    if (!known) return;
    this.kept.delete(target);
    this.keptLines -= known.ends.length;
  }
  async list(dir) {
    const folder = dir === void 0 || dir === "" || dir === "." ? this.prefix.slice(0, -1) : this.resolve(dir);
    const entries = await this.tx.list(folder, { recursive: true });
    const result = [];
    for (const entry of entries) {
      const relative = entry.path.slice(this.prefix.length);
      if (relative.startsWith(".sync/")) continue;
      result.push({ path: relative, size: await this.tx.size(entry.path) ?? 0 });
    }
    return result;
  }
  /** Every file below dir, mirror-relative (no sizes: cheaper than list). */
  async listPaths(dir) {
    const entries = await this.tx.list(this.resolve(dir), { recursive: true });
    return entries.map((entry) => entry.path.slice(this.prefix.length));
  }
  /**
   * Runs one operation on the path index under dir (see path-index.ts) and writes the leaves it changed.
   * Answers the operation's value and the call's mirror-io figures.
   */
  async withIndex(dir, spec, method, operation) {
    const files = {
      read: (path) => this.read(path),
      write: (path, bytes) => this.writeBytes(path, bytes),
      delete: (path) => this.delete(path),
      listPaths: (folder) => this.listPaths(folder),
      kept: (path) => this.kept.get(this.resolve(path)) ?? null,
      listNames: async (folder) => (await this.tx.list(this.resolve(folder))).map(
        (entry) => `${entry.path.slice(entry.path.lastIndexOf("/") + 1)}${entry.type === "dir" ? "/" : ""}`
      )
    };
    const index = new PathIndex(
      files,
      this.resolve(dir).slice(this.prefix.length),
      spec,
      `ctx.mirror.${method}(${JSON.stringify(dir)})`
    );
    const value = await operation(index);
    index.flush();
    return { value, io: index.stats };
  }
  /** ctx.mirror.indexLoad: the whole index rebuilt from NDJSON source files. */
  async indexLoad(dir, sources, options) {
    if (!Array.isArray(sources))
      throw new InvalidInputError("ctx.mirror.indexLoad: sources must be a list of mirror paths");
    const { value, io } = await this.withIndex(dir, options, "indexLoad", (index) => index.load(sources, options));
    return { ...value, io };
  }
  async upsertLines(path, records, key) {
    if (!Array.isArray(records)) throw new InvalidInputError("ctx.mirror.upsertLines: records must be an array");
    if (typeof key !== "string" || key === "")
      throw new InvalidInputError("ctx.mirror.upsertLines: key must be a field name");
    const current = await this.read(path) ?? "";
    const result = upsertLines(current, records, key, `ctx.mirror.upsertLines(${path})`);
    if (result.added + result.updated > 0) this.write(path, result.text);
    return { added: result.added, updated: result.updated };
  }
  async deleteLines(path, keys, key) {
    if (!Array.isArray(keys)) throw new InvalidInputError("ctx.mirror.deleteLines: keys must be an array");
    const current = await this.read(path);
    if (current === null) return 0;
    const result = deleteLines(current, keys, key, `ctx.mirror.deleteLines(${path})`);
    if (result.deleted > 0) this.write(path, result.text);
    return result.deleted;
  }
};

// src/engine/host-table.ts
var maxStateBytes = 1024 * 1024;
var maxLogMessageChars = 4096;
var maxLogFieldsChars = 16 * 1024;
var maxLogCharsPerCall = 1024 * 1024;
var CheckpointRaceMarker = class {
  constructor(error) {
    this.error = error;
  }
  error;
};
function buildHostTable(input, scope) {
  const { tx, slug, mirror, event, gateway, state, status, logger, raced } = input;
  const stateSize = new StateSize(state);
  const log = new HandlerLog(logger, slug, event);
  return {
    "mirror.read": async (path) => {
      const text = await mirror.read(path);
      return text === null ? null : TextReply.of(text);
    },
    "mirror.write": (path, text) => {
      mirror.write(path, text);
    },
    "mirror.delete": (path) => mirror.delete(path),
    "mirror.list": (dir) => mirror.list(dir),
    "mirror.upsertLines": (path, records, key) => mirror.upsertLines(path, records, key),
    "mirror.deleteLines": (path, keys, key) => mirror.deleteLines(path, keys, key),
    "mirror.indexGet": async (dir, keys, spec) => (await mirror.withIndex(dir, spec, "indexGet", (index) => index.get(keys))).value,
    "mirror.indexChildren": async (dir, key, spec) => (await mirror.withIndex(dir, spec, "indexChildren", (index) => index.children(key))).value,
    "mirror.indexPut": async (dir, records, spec) => {
      const { value, io } = await mirror.withIndex(dir, spec, "indexPut", (index) => index.put(records));
      return { ...value, io };
    },
    "mirror.indexRemove": async (dir, keys, spec) => {
      const { value, io } = await mirror.withIndex(
        dir,
        spec,
        "indexRemove",
        (index) => index.remove(keys, spec.subtree === true)
      );
      return { removed: value, io };
    },
    "mirror.indexLoad": (dir, sources, options) => mirror.indexLoad(dir, sources, options),
    "state.get": (key) => state[stateKey(key)],
    "state.set": (key, value) => {
      const name = stateKey(key);
      if (value === void 0) {
        stateSize.remove(name);
        delete state[name];
        return;
      }
      stateSize.put(name, value);
      state[name] = value;
    },
    "state.delete": (key) => {
      const name = stateKey(key);
      stateSize.remove(name);
      delete state[name];
    },
    "http.request": async (request) => {
      const { saveItems, ...call } = request;
      const save = saveItems === void 0 ? null : parseSaveItems(saveItems);
      if (save) mirror.resolve(save.path);
      const response = await gateway.request(call, { signal: scope.signal });
      if (!save) return responseReply(response);
      const { text, items, rest, kept } = extractItems(response.data, save);
      const saved = { path: save.path, items, bytes: mirror.writeSaved(save.path, text, kept) };
      return { status: response.status, headers: response.headers, text: JSON.stringify(rest), data: rest, saved };
    },
    "log.info": (message, fields) => log.write("info", message, fields),
    "log.warn": (message, fields) => log.write("warn", message, fields),
    "log.error": (message, fields) => log.write("error", message, fields),
    now: () => input.clock().toISOString(),
    checkpoint: async (message) => {
      const note = typeof message === "string" ? message.replace(/\s+/g, " ").trim().slice(0, 200) : "";
      writeState(tx, slug, state);
      writeStatus(tx, slug, status);
      const saved = input.onCheckpoint ? jsonSafe(state) : state;
      const report = (commit) => {
        logger.info("checkpoint-commit", { slug, kind: event, commit, message: note });
        input.onCheckpoint?.({ slug, event, message: note, commit, state: saved });
      };
      try {
        const subject = `sync(${slug}): ${event} checkpoint${note === "" ? "" : ` - ${note}`}`;
        const commit = await tx.checkpoint(subject, (published) => report(published.oid));
        if (!commit) report(null);
        return { commit: commit?.oid ?? null };
      } catch (error) {
        raced.marker = new CheckpointRaceMarker(error);
        throw error;
      }
    }
  };
}
function stateKey(key) {
  if (key === "") throw new InvalidInputError("ctx.state: key must be a non-empty string");
  return key;
}
var StateSize = class {
  sizes = /* @__PURE__ */ new Map();
  total = 2;
  // "{}"
  constructor(state) {
    for (const [key, value] of Object.entries(state)) this.add(key, entrySize(key, value));
  }
  put(key, value) {
    const size = entrySize(key, value);
    const after = this.total - (this.sizes.get(key) ?? 0) + size;
    if (after > maxStateBytes && size > (this.sizes.get(key) ?? 0)) {
      throw new InvalidInputError(
        `ctx.state.set(${JSON.stringify(key.slice(0, 100))}): the state would be ${formatSize(after)} of JSON; the cap is ${formatSize(maxStateBytes)} (keep cursors and progress in state, data in mirror files)`,
        { data: { key, bytes: after, limit: maxStateBytes } }
      );
    }
    this.remove(key);
    this.add(key, size);
  }
  remove(key) {
    const size = this.sizes.get(key);
    if (size === void 0) return;
    this.sizes.delete(key);
    this.total -= size;
  }
  add(key, size) {
    this.sizes.set(key, size);
    this.total += size;
  }
};
function entrySize(key, value) {
  return Buffer.byteLength(JSON.stringify(key)) + Buffer.byteLength(JSON.stringify(value) ?? "null") + 2;
}
function formatSize(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
var HandlerLog = class {
  constructor(logger, slug, event) {
    this.logger = logger;
    this.slug = slug;
    this.event = event;
  }
  logger;
  slug;
  event;
  written = 0;
  dropped = 0;
  write(level, message, fields) {
    if (this.dropped > 0) {
      this.dropped += 1;
      return;
    }
    let text = message;
    if (text.length > maxLogMessageChars) {
      text = `${text.slice(0, maxLogMessageChars)}\u2026 (cut from ${text.length} characters)`;
    }
    let extra = fields ?? {};
    let extraChars = 0;
    if (fields) {
      const json = JSON.stringify(fields);
      extraChars = json.length;
      if (json.length > maxLogFieldsChars) {
        extra = { fieldsCut: `${json.length} characters of fields, over the ${maxLogFieldsChars} a line may carry` };
        extraChars = maxLogFieldsChars;
      }
    }
    this.written += text.length + extraChars;
    if (this.written > maxLogCharsPerCall) {
      this.dropped = 1;
      this.logger.warn("handler-log-cut", {
        slug: this.slug,
        kind: this.event,
        message: `this call logged over ${maxLogCharsPerCall} characters; its further log lines are dropped`
      });
      return;
    }
    this.logger[level]("handler-log", { ...extra, slug: this.slug, kind: this.event, message: text });
  }
};
function responseReply(response) {
  if (typeof response.text !== "string") return response;
  const parsed = dataIsParsedText(response);
  if (!parsed && response.data !== null) return response;
  const { text, data, ...rest } = response;
  return TextReply.withFields(rest, text, "text", {
    field: "data",
    parse: parsed && data !== null
  });
}

// src/engine/run-event.ts
var defaultLongMs = 10 * 6e4;
var defaultShortMs = 6e4;
var maxLastResultChars = 4096;
async function runEvent(deps, spec) {
  const { slug, event } = spec;
  const config = spec.install?.config ?? (await loadSync(deps.store, slug)).config;
  if (config.status !== "active" && !spec.install && event !== "exec" && event !== "delete") {
    throw new InvalidInputError(`sync "${slug}" is ${config.status}; only active syncs run ${event} events`, {
      data: { slug }
    });
  }
  let built;
  const gateway = {
    request: (request, options) => {
      built ??= buildGateway(deps, config);
      return built.request(request, options);
    }
  };
  const hostFailures = [];
  const started = Date.now();
  deps.logger.info("event-start", { slug, kind: event, export: spec.exportName });
  let handlerRan = false;
  let result;
  try {
    result = await deps.store.transact(
      async (tx) => {
        const current = spec.install ? install(tx, spec.install) : (await loadSync(tx, slug)).config;
        const status = await readStatus(tx, slug);
        const skip = await spec.before?.(tx, status, current);
        if (skip) return { skipped: skip.skip };
        const source = spec.source ?? await readHandlerSource(tx, current);
        const state = await readState(tx, slug);
        const raced = {};
        const hostInput = {
          tx,
          slug,
          mirror: new ScopedMirror(tx, current.mirrorPrefix),
          event,
          gateway,
          state,
          status,
          logger: deps.logger,
          clock: deps.clock,
          onCheckpoint: deps.onCheckpoint,
          raced
        };
        const limits = {
          timeoutMs: spec.long ? deps.limits?.longMs ?? defaultLongMs : deps.limits?.shortMs ?? defaultShortMs,
          ...deps.limits?.memoryBytes ? { memoryBytes: deps.limits.memoryBytes } : {}
        };
        handlerRan = true;
        const calls = spec.calls?.() ?? [spec.args ?? []];
        const values = [];
        for (const args of calls) {
          try {
            values.push(
              await runModule({
                source: source.text,
                filename: source.filename,
                exportName: spec.exportName,
                args,
                ctxData: {
                  sync: {
                    slug,
                    app: current.app,
                    accountId: current.accountId,
                    externalUserId: current.externalUserId
                  }
                },
                host: (scope) => recordingFailures(buildHostTable(hostInput, scope), hostFailures),
                limits
              })
            );
          } catch (error) {
            if (raced.marker) throw raced.marker.error;
            throw escapedHostFailure(error, hostFailures) ?? error;
          }
          if (raced.marker) throw raced.marker.error;
        }
        const value2 = spec.calls ? values : values[0];
        const now = deps.clock();
        await spec.finish?.(tx, current, value2);
        let changes;
        if (spec.onlyIfChanged) {
          writeState(tx, slug, state);
          changes = await tx.differences(current.mirrorPrefix);
          if (changes.written.length === 0 && changes.deleted.length === 0) return { value: value2, summary: "no changes" };
        }
        const summary = (spec.describe ?? (spec.calls ? describeSummaries : describeSummary))(value2, changes);
        if (event !== "delete") {
          spec.after?.(status, value2, now, current);
          status.lastRun = { event, at: now.toISOString(), result: "ok", summary };
          status.lastResult = jsonSafe(value2, maxLastResultChars);
          status.lastSuccessAt = now.toISOString();
          status.consecutiveFailures = 0;
          writeState(tx, slug, state);
          writeStatus(tx, slug, status);
        }
        tx.setMessage(`sync(${slug}): ${event} ${summary}`);
        return { value: value2, summary };
      },
      { message: `sync(${slug}): ${event}` }
    );
  } catch (caught) {
    const error = toSyncError(caught);
    deps.logger.error("event-fail", {
      slug,
      kind: event,
      code: error.code,
      message: error.message,
      ms: Date.now() - started
    });
    if (handlerRan) await recordFailure(deps, slug, event, error, spec.install !== void 0);
    throw error;
  }
  const value = result.value;
  if ("skipped" in value) {
    deps.logger.info("event-skip", { slug, kind: event, ms: Date.now() - started });
    return { ran: false, skipped: value.skipped };
  }
  deps.logger.info("event-end", {
    slug,
    kind: event,
    summary: value.summary,
    commits: result.commits.length,
    attempts: result.attempts,
    ms: Date.now() - started
  });
  return {
    ran: true,
    result: value.value,
    summary: value.summary,
    commits: result.commits.map((commit) => commit.oid),
    attempts: result.attempts
  };
}
function recordingFailures(table, failures) {
  const remember = (error) => {
    if (SyncError.isInstance(error)) failures.push(error);
    throw error;
  };
  const wrapped = {};
  for (const [name, implementation] of Object.entries(table)) {
    if (typeof implementation !== "function") {
      wrapped[name] = implementation;
      continue;
    }
    wrapped[name] = (...args) => {
      try {
        const value = implementation(...args);
        return value instanceof Promise ? value.catch(remember) : value;
      } catch (error) {
        return remember(error);
      }
    };
  }
  return wrapped;
}
var outsideCodes = /* @__PURE__ */ new Set(["api_error", "rate_limited", "unauthorized", "missing_config"]);
function escapedHostFailure(error, failures) {
  if (!SandboxError.isInstance(error) || error.data.reason !== "threw") return void 0;
  const thrown = error.data.error;
  if (typeof thrown?.code !== "string" || !outsideCodes.has(thrown.code)) return void 0;
  return failures.findLast((failure) => failure.code === thrown.code && failure.message === thrown.message);
}
function install(tx, files) {
  const { config } = files;
  const paths = syncPaths(config.slug);
  tx.write(paths.syncJson, formatSyncJson(config));
  if (config.handler) tx.write(`${paths.handlerDir}/${config.handler}`, files.handlerSource);
  return config;
}
function buildGateway(deps, config) {
  const connection = { app: config.app, accountId: config.accountId, externalUserId: config.externalUserId };
  if (deps.createGateway) return deps.createGateway(connection, config.hosts);
  return createGateway({
    env: deps.env,
    connection,
    allowedHosts: config.hosts,
    fetch: deps.fetch,
    sleep: deps.sleep,
    tokenCache: deps.tokenCache
  });
}
async function recordFailure(deps, slug, event, error, installing) {
  const at = deps.clock().toISOString();
  try {
    await deps.store.transact(
      async (tx) => {
        if (installing && await tx.readText(syncPaths(slug).syncJson) === null) return;
        const status = await readStatus(tx, slug);
        status.consecutiveFailures += 1;
        status.lastRun = { event, at, result: "error", summary: `${error.code}: ${error.message}`.slice(0, 300) };
        status.lastError = { at, event, code: error.code, message: error.message.slice(0, 1e3) };
        writeStatus(tx, slug, status);
        await appendError(tx, slug, { at, event, code: error.code, message: error.message.slice(0, 1e3) });
      },
      { message: `sync(${slug}): ${event} failed (${error.code})` }
    );
  } catch (recordError) {
    deps.logger.warn("error-record-fail", { slug, kind: event, message: toSyncError(recordError).message });
  }
}

export {
  jsonSafe,
  runModule,
  inspectModule,
  ScopedMirror,
  buildHostTable,
  describeChanges,
  runEvent
};
