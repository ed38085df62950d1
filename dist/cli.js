#!/usr/bin/env node
import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  version
} from "./chunks/chunk-LKFTHDQR.js";
import "./chunks/chunk-5O5R4X6N.js";

// src/cli/main.ts
import { realpathSync } from "node:fs";
import module from "node:module";
import { fileURLToPath } from "node:url";
module.enableCompileCache?.();
async function runCli(argv, io) {
  const program = await import("./chunks/program-BG555YXO.js");
  return program.runCli(argv, io);
}
function startedAsScript() {
  const script = process.argv[1];
  if (script === void 0) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
if (startedAsScript()) {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  const argv = process.argv.slice(2);
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    process.stdout.write(`${version}
`);
  } else {
    process.exitCode = await runCli(argv, {
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env,
      cwd: process.cwd()
    });
  }
}
export {
  runCli
};
