/** vitest globalSetup of the `postgres` project: one server for the whole run, stopped afterwards. */
import type { TestProject } from 'vitest/node';
import { type PostgresInfo, startPostgres } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: PostgresInfo;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgres();
  const { stop, ...info } = server;
  project.provide('postgres', info);
  return stop;
}
