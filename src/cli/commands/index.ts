import type { RegisterCommand } from '../program.js';
import { registerDb } from './db.js';
import { registerGrep } from './grep.js';
import { registerInit } from './init.js';
import { registerMcp } from './mcp.js';
import { registerRead } from './read.js';
import { registerLocal } from './local.js';
import { registerSync } from './sync.js';

/** Every CLI command, in the order `--help` lists them. */
export const commands: RegisterCommand[] = [registerInit, registerRead, registerGrep, registerMcp, registerDb, registerLocal, registerSync];
