#!/usr/bin/env node
'use strict';
const __syncagentModuleUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/cli/main.ts
var main_exports = {};
__export(main_exports, {
  main: () => main,
  runCli: () => runCli
});
module.exports = __toCommonJS(main_exports);
var import_node_fs = require("node:fs");
var import_node_module = __toESM(require("node:module"), 1);
var import_node_url = require("node:url");

// src/version.ts
var version = "0.1.0";

// src/cli/program-loader.ts
var loadProgram = async () => require("./program.cjs");

// src/cli/main.ts
import_node_module.default.enableCompileCache?.();
async function runCli(argv, io) {
  const program = await loadProgram();
  return program.runCli(argv, io);
}
function startedAsScript() {
  const script = process.argv[1];
  if (script === void 0) return false;
  try {
    return (0, import_node_fs.realpathSync)(script) === (0, import_node_fs.realpathSync)((0, import_node_url.fileURLToPath)(__syncagentModuleUrl));
  } catch {
    return false;
  }
}
function main() {
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
    void runCli(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }).then(
      (code) => {
        process.exitCode = code;
      }
    );
  }
}
if (startedAsScript()) main();
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main,
  runCli
});
