import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  shellWord
} from "../chunks/chunk-F2GYQH3D.js";
import {
  requireSetting
} from "../chunks/chunk-UAPUYYY3.js";
import {
  CommandFailedError,
  InvalidInputError,
  MissingConfigError
} from "../chunks/chunk-IMJX6225.js";
import "../chunks/chunk-5O5R4X6N.js";

// src/deploy/plan.ts
import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
var secretVariables = /* @__PURE__ */ new Set(["FLY_API_TOKEN"]);
async function deployPlan(options) {
  const token = requireSetting(options.env, "FLY_API_TOKEN");
  const app = requireSetting(options.env, "FLY_APP");
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(app)) {
    throw new InvalidInputError(`FLY_APP: expected a Fly app name (a-z, 0-9 and -), got ${JSON.stringify(app)}`);
  }
  const dir = resolve(options.dir);
  const config = options.config ?? "fly.toml";
  for (const file of ["Dockerfile", config]) {
    if (!(await stat(join(dir, file)).catch(() => null))?.isFile()) {
      throw new InvalidInputError(
        `${join(dir, file)} does not exist: run deploy in a syncagent checkout (or pass --dir / --config)`
      );
    }
  }
  const env = { FLY_API_TOKEN: token, FLY_APP: app };
  const flyctl = {
    command: "flyctl",
    args: [
      "deploy",
      options.localOnly ? "--local-only" : "--remote-only",
      "--app",
      app,
      "--config",
      config,
      "--dockerfile",
      "Dockerfile",
      "--yes"
    ],
    env,
    cwd: dir
  };
  if (!options.localOnly) return [flyctl];
  const docker = {
    command: "docker",
    args: ["version", "--format", "{{.Server.Version}}"],
    env: {},
    cwd: dir
  };
  return [docker, flyctl];
}
function formatCommand(planned) {
  const env = Object.entries(planned.env).map(
    ([name, value]) => `${name}=${secretVariables.has(name) ? "***" : shellWord(value)}`
  );
  return [...env, planned.command, ...planned.args.map(shellWord)].join(" ");
}

// src/deploy/run-command.ts
import { spawn } from "node:child_process";
var tailBytes = 4e3;
function runPlannedCommand(planned, baseEnv, onOutput) {
  return new Promise((resolve2, reject) => {
    let tail = "";
    const keep = (chunk) => {
      const text = chunk.toString("utf8");
      onOutput(text);
      tail = (tail + text).slice(-tailBytes);
    };
    const masked = formatCommand({ ...planned, env: {} });
    const child = spawn(planned.command, planned.args, {
      cwd: planned.cwd,
      env: { ...baseEnv, ...planned.env },
      stdio: ["ignore", "pipe", "pipe"]
    });
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error) => {
      if (error.code === "ENOENT") {
        reject(
          new MissingConfigError(
            planned.command,
            `missing configuration: ${planned.command} is not on PATH (install it${planned.command === "flyctl" ? ": https://fly.io/docs/flyctl/install/" : ""})`
          )
        );
        return;
      }
      reject(new CommandFailedError(masked, null, error.message));
    });
    child.on("close", (code, signal) => {
      if (code === 0) return resolve2();
      let cleaned = tail;
      for (const value of Object.values(planned.env)) if (value.length >= 8) cleaned = cleaned.split(value).join("***");
      reject(new CommandFailedError(masked, code ?? null, cleaned || `killed by ${signal}`));
    });
  });
}
export {
  deployPlan,
  formatCommand,
  runPlannedCommand
};
