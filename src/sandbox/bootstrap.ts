/**
 * The isolate-side half of the bridge, evaluated in every fresh context before the handler module.
 *
 * It is a function expression called once with one native function `hostCall(name, argsJson)`, the JSON of
 * `ctx.sync`, the ctx methods (`[path, sync, returnsValue]` for each method of the handler contract,
 * src/contract/handler-context.d.ts) and the paths the host provides, and returns the helpers the host drives the
 * call with. `ctx` is built from that list: nothing here names a method except `now`, which `Date` reads.
 * Everything the handler can reach is built here from isolate values: `ctx` (frozen), errors (plain isolate
 * `Error`s rebuilt from JSON), results (JSON strings). The host never hands an object of its own to the isolate, and treats whatever
 * comes back as an untrusted string, so tampering with isolate built-ins only hurts the handler.
 *
 * Arguments go as a JSON array string, or as `T` + JSON array + newline + a long last string argument, raw.
 * `hostCall` answers with a JSON envelope string, `{"ok":true,"value":...}` or
 * `{"ok":false,"error":{"message","code","status","body"}}`, or with a promise of one.
 * `Date` is replaced so that `new Date()` and `Date.now()` read the injectable clock (host 'now')
 * instead of the wall clock: time enters the isolate only through the host.
 */
export const bootstrapSource = String.raw`(function (hostCall, syncJson, methodsJson, availableJson) {
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
