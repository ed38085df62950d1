import type { RegisterCommand } from '../command-types.js';
import { registerDb } from './db.js';
import { registerGrep } from './grep.js';
import { registerInit } from './init.js';
import { registerMcp } from './mcp.js';
import { registerRead } from './read.js';
import { registerLocal } from './local.js';
import { registerSync } from './sync.js';
import { registerConnect } from './connect.js';
import { registerDelete } from './delete.js';
import { registerExec } from './exec.js';
import { registerPoll } from './poll.js';
import { registerRenew } from './renew.js';
import { registerStatus } from './status.js';
import { registerTick } from './tick.js';
import { registerWebhook } from './webhook.js';
import { registerDemo } from './demo.js';

/** Every CLI command, in the order `--help` lists them. */
export const commands: RegisterCommand[] = [registerInit, registerRead, registerGrep, registerMcp, registerConnect, registerWebhook, registerPoll, registerRenew, registerTick, registerExec, registerStatus, registerDelete, registerDemo, registerDb, registerLocal, registerSync];
