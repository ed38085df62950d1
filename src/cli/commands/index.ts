import type { RegisterCommand } from '../program.js';
import { registerInit } from './init.js';

/** Every CLI command, in the order `--help` lists them. */
export const commands: RegisterCommand[] = [registerInit];
