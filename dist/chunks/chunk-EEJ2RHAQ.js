import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  describeChanges,
  inspectModule,
  runEvent
} from "./chunk-3AWOR4T2.js";
import {
  readStatus
} from "./chunk-NSBACWOB.js";
import {
  listSyncSlugs,
  loadSync,
  readHandlerSource
} from "./chunk-2FJUDYZR.js";
import {
  syncPaths
} from "./chunk-TQXVWXKX.js";
import {
  toSyncError
} from "./chunk-IMJX6225.js";

// src/engine/events.ts
async function handlerExports(reader, config) {
  if (config.flavor !== "sync-engine" || !config.handler) return [];
  const { text, filename } = await readHandlerSource(reader, config);
  return (await inspectModule(text, filename)).exports;
}
function addMinutes(date, minutes) {
  return new Date(date.getTime() + minutes * 6e4).toISOString();
}
function schedulePoll(status, _result, now, config) {
  const every = config.signals.poll?.everyMinutes;
  status.nextPollAt = every ? addMinutes(now, every) : null;
}
function webhookExpiry(result) {
  const expiresAt = result !== null && typeof result === "object" ? result.expiresAt : void 0;
  return typeof expiresAt === "string" && !Number.isNaN(Date.parse(expiresAt)) ? expiresAt : void 0;
}
function recordRenewal(status, result, now) {
  status.lastRenewAt = now.toISOString();
  const expiresAt = webhookExpiry(result);
  if (expiresAt) status.webhookExpiresAt = new Date(expiresAt).toISOString();
}
var webhookEvents = {
  register: { exportName: "registerWebhook", until: "webhook registered until", otherwise: "webhook registered" },
  renew: { exportName: "renewWebhook", until: "webhook until", otherwise: "done" }
};
function webhookEvent(slug, event) {
  const { exportName, until, otherwise } = webhookEvents[event];
  return {
    slug,
    event,
    exportName,
    after: recordRenewal,
    describe: (result) => {
      const expiresAt = webhookExpiry(result);
      return expiresAt ? `${until} ${expiresAt}` : otherwise;
    }
  };
}
function pollEvent(slug) {
  return { slug, event: "poll", exportName: "pollOnce", after: schedulePoll };
}
async function poll(deps, slug) {
  return runEvent(deps, pollEvent(slug));
}
async function renew(deps, slug) {
  return runEvent(deps, {
    ...webhookEvent(slug, "renew"),
    before: async (tx, _status, config) => (await handlerExports(tx, config)).includes("renewWebhook") ? void 0 : { skip: "no-renewWebhook" }
  });
}
async function exec(deps, slug, source) {
  return runEvent(deps, {
    slug,
    event: "exec",
    exportName: "default",
    source,
    long: true,
    onlyIfChanged: true,
    describe: (_result, changes) => describeChanges(changes ?? { written: [], deleted: [] }, syncPaths(slug).runtimeDir)
  });
}
async function deleteSync(deps, slug) {
  const { config } = await loadSync(deps.store, slug);
  const exports = await handlerExports(deps.store, config).catch(() => []);
  let removed = 0;
  const removeAll = async (tx) => {
    removed = 0;
    for (const dir of [`skills/${slug}`, `handlers/${slug}`, `mirrors/${slug}`]) removed += await tx.deleteTree(dir);
  };
  if (exports.includes("unregisterWebhook")) {
    const outcome = await runEvent(deps, {
      slug,
      event: "delete",
      exportName: "unregisterWebhook",
      finish: (tx) => removeAll(tx),
      describe: () => "removed skill, handler and mirror"
    });
    return { slug, removed, commit: outcome.ran ? outcome.commits.at(-1) ?? null : null };
  }
  const result = await deps.store.transact(
    async (tx) => {
      await loadSync(tx, slug);
      await removeAll(tx);
    },
    { message: `sync(${slug}): delete removed skill, handler and mirror` }
  );
  deps.logger.info("sync-delete", { slug, removed });
  return { slug, removed, commit: result.head };
}
function isDue(action, config, status, now) {
  if (action === "renew") return renewDue(config, status, now);
  return config.signals.poll !== void 0 && (status.nextPollAt === null || now.getTime() >= Date.parse(status.nextPollAt));
}
async function tick(deps, options = {}) {
  const now = deps.clock();
  const actions = [];
  const skipped = [];
  for (const slug of await listSyncSlugs(deps.store)) {
    if (options.exclude?.has(slug)) {
      skipped.push(slug);
      continue;
    }
    let due;
    try {
      const { config } = await loadSync(deps.store, slug);
      if (config.status !== "active" || config.flavor !== "sync-engine") {
        skipped.push(slug);
        continue;
      }
      const status = await readStatus(deps.store, slug);
      due = ["renew", "poll"].filter((action) => isDue(action, config, status, now));
      if (due.length > 0) {
        const exports = await handlerExports(deps.store, config);
        due = due.filter((action) => exports.includes(action === "renew" ? "renewWebhook" : "pollOnce"));
      }
    } catch (error) {
      const syncError = toSyncError(error);
      actions.push({
        slug,
        action: "poll",
        result: "error",
        error: { code: syncError.code, message: syncError.message }
      });
      continue;
    }
    let done = 0;
    for (const action of due) {
      const event = action === "renew" ? webhookEvent(slug, "renew") : pollEvent(slug);
      try {
        const outcome = await runEvent(deps, {
          ...event,
          before: async (_tx, status, config) => isDue(action, config, status, now) ? void 0 : { skip: "done" }
        });
        if (!outcome.ran) {
          deps.logger.info("tick-skip", { slug, action, reason: "done by another run" });
          continue;
        }
        done += 1;
        actions.push({ slug, action, result: "ok", summary: outcome.summary });
      } catch (error) {
        done += 1;
        const syncError = toSyncError(error);
        actions.push({ slug, action, result: "error", error: { code: syncError.code, message: syncError.message } });
      }
    }
    if (done === 0) skipped.push(slug);
  }
  return { now: now.toISOString(), actions, skipped, maintenance: await maintainStore(deps) };
}
async function maintainStore(deps) {
  const started = Date.now();
  try {
    const result = await deps.store.maintain();
    deps.logger.info("store-maintain", { result, ms: Date.now() - started });
    return result;
  } catch (error) {
    const syncError = toSyncError(error);
    deps.logger.warn("store-maintain-fail", {
      code: syncError.code,
      message: syncError.message,
      ms: Date.now() - started
    });
    return "failed";
  }
}
function renewDue(config, status, now) {
  const time = now.getTime();
  const start = Date.parse(status.lastRenewAt ?? status.lastSuccessAt ?? now.toISOString());
  if (status.webhookExpiresAt) {
    const expires = Date.parse(status.webhookExpiresAt);
    if (time >= start + (expires - start) / 2) return true;
  }
  const everyHours = config.signals.renew?.everyHours;
  if (everyHours !== void 0) {
    if (status.lastRenewAt === null) return true;
    if (time >= Date.parse(status.lastRenewAt) + everyHours * 36e5) return true;
  }
  return false;
}

export {
  handlerExports,
  schedulePoll,
  webhookExpiry,
  recordRenewal,
  webhookEvent,
  poll,
  renew,
  exec,
  deleteSync,
  tick,
  renewDue
};
