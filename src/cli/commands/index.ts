import type { RegisterCommand } from '../command-types.js';
import { registerConnect } from './connect.js';
import { registerDb } from './db.js';
import { registerDelete } from './delete.js';
import { registerDemo } from './demo.js';
import { registerDispatch } from './dispatch.js';
import { registerExec } from './exec.js';
import { registerFiles } from './files.js';
import { registerGrep } from './grep.js';
import { registerInit } from './init.js';
import { registerLocal } from './local.js';
import { registerMcp } from './mcp.js';
import { registerPoll } from './poll.js';
import { registerRead } from './read.js';
import { registerRenew } from './renew.js';
import { registerServe } from './serve.js';
import { registerStatus } from './status.js';
import { registerSync } from './sync.js';
import { registerTick } from './tick.js';
import { registerWebhook } from './webhook.js';

/** Every CLI command, in the order `--help` lists them. */
export const commands: RegisterCommand[] = [
  registerInit,
  registerRead,
  registerGrep,
  registerMcp,
  registerConnect,
  registerWebhook,
  registerPoll,
  registerRenew,
  registerTick,
  registerExec,
  registerStatus,
  registerDelete,
  registerDispatch,
  registerDemo,
  registerDb,
  registerLocal,
  registerSync,
  registerFiles,
  registerServe,
];
