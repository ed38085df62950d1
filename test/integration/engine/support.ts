import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defineRecipe, type HandlerExportName, type Recipe } from '../../../src/catalog/index.js';
import { connect, type EngineDeps, type Logger, type SyncConfig, silentLogger } from '../../../src/engine/index.js';
import { initStore, type Store, type Transaction } from '../../../src/store/index.js';
import {
  type DropboxApiFake,
  dropboxWebhookBody,
  type FakeDropboxConnection,
  signDropboxWebhook,
  startFakeDropboxConnection,
} from '../../../src/testkit/index.js';
import { type CollectedRun, cliNodeArgs, repoRoot, spawnCollected } from '../../support/cli.js';

export const secret = 'test-app-secret';
export const accountId = 'apn_test1';

/** The CLI as an asynchronous subprocess (the fakes live in this process, so it must not block). */
export function runCliAsync(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<CollectedRun> {
  return spawnCollected(process.execPath, [...cliNodeArgs, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, DEBUG: '', ...options.env },
  });
}

/** Fake Dropbox behind a fake Pipedream Connect, and the env that points the CLI at them. */
export function startFakes(): Promise<FakeDropboxConnection> {
  return startFakeDropboxConnection({ accountId, appSecret: secret, dropbox: { longpollMaxWaitMs: 100 } });
}

/** A signed Dropbox notification as CLI arguments. */
export function webhookArgs(
  store: string,
  deliveryId: string,
  body = dropboxWebhookBody(['dbid:fake-account']),
): string[] {
  return [
    'webhook',
    'dropbox',
    '--store',
    store,
    '--body',
    body,
    '--header',
    `X-Dropbox-Signature: ${signDropboxWebhook(body, secret)}`,
    '--header',
    'Content-Type: application/json',
    '--delivery-id',
    deliveryId,
  ];
}

/** Every record of the mirror's shards, sorted by path_lower. */
export async function mirrorRecords(store: string, slug = 'dropbox'): Promise<Array<Record<string, unknown>>> {
  const root = join(store, 'mirrors', slug, 'files');
  const records: Array<Record<string, unknown>> = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else
        for (const line of (await readFile(path, 'utf8')).split('\n'))
          if (line) records.push(JSON.parse(line) as Record<string, unknown>);
    }
  };
  await walk(root);
  return records.sort((a, b) => (String(a.lower) < String(b.lower) ? -1 : 1));
}

/** The fake's tree in the mirror's record shape, sorted by path_lower. */
export function expectedRecords(dropbox: DropboxApiFake): Array<Record<string, unknown>> {
  return dropbox.snapshot().map((entry) => {
    const record: Record<string, unknown> = {
      path: entry.path_display,
      name: entry.name,
      tag: entry['.tag'],
      id: entry.id,
    };
    if (entry['.tag'] === 'file') {
      record.size = entry.size;
      record.rev = entry.rev;
      record.modified = entry.server_modified;
    }
    record.lower = entry.path_lower;
    return record;
  });
}

/** Fills the fake with `count` entries: folders of 50 files spread over top-level folders. */
export function populate(dropbox: DropboxApiFake, count: number): void {
  let made = 0;
  for (let top = 0; made < count; top += 1) {
    dropbox.addFolder(`/Top${top}`);
    made += 1;
    for (let folder = 0; folder < 20 && made < count; folder += 1) {
      dropbox.addFolder(`/Top${top}/Folder ${folder}`);
      made += 1;
      for (let file = 0; file < 49 && made < count; file += 1) {
        dropbox.addFile(`/Top${top}/Folder ${folder}/file-${file}.txt`, { size: 100 + file });
        made += 1;
      }
    }
  }
}

/** A store whose transactions record every existing file read whose path matches `pattern` (the handler's reads). */
export function countingStore(store: Store, pattern: RegExp): { store: Store; reads: Set<string> } {
  const reads = new Set<string>();
  const wrap = (tx: Transaction): Transaction =>
    new Proxy(tx, {
      get(target, property) {
        if (property === 'read' || property === 'readText') {
          return async (path: string) => {
            const value = await (property === 'read' ? target.read(path) : target.readText(path));
            if (value !== null && pattern.test(path)) reads.add(path);
            return value;
          };
        }
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  const counting: Store = {
    root: store.root,
    head: () => store.head(),
    at: (commit) => store.at(commit),
    read: (path) => store.read(path),
    readText: (path) => store.readText(path),
    size: (path) => store.size(path),
    list: (dir, options) => store.list(dir, options),
    transact: (body, options) => store.transact((tx) => body(wrap(tx)), options),
    maintain: () => store.maintain(),
  };
  return { store: counting, reads };
}

/** The settings a `plain` sync (testRecipe) needs: the direct gateway with a token. */
export const plainEnv = { SYNCAGENT_GATEWAY: 'direct', SYNCAGENT_TOKEN_PLAIN: 't' };

/**
 * A recipe for the app `plain` with the given handler and signals (and a trivial skill), for engine tests. Its
 * declared exports are the handler's `export async function` names unless given.
 */
export function testRecipe(
  handlerSource: string,
  signals: SyncConfig['signals'] = {},
  exports: HandlerExportName[] = [...handlerSource.matchAll(/export\s+async\s+function\s+(\w+)/g)].map(
    (match) => match[1] as HandlerExportName,
  ),
): Recipe {
  return defineRecipe({
    app: 'plain',
    version: 1,
    hosts: ['api.plain.example'],
    signals,
    exports,
    handler: handlerSource,
    skill: ({ slug }) => `---\nname: ${slug}\ndescription: test\n---\n# ${slug}\n`,
  });
}

/** Installs `recipe` (connect, in process) in the store at `root`, creating the store; answers the engine deps used. */
export async function installPlain(
  root: string,
  recipe: Recipe,
  options: { clock?: () => Date; logger?: Logger } = {},
): Promise<EngineDeps> {
  const { store } = await initStore({ root });
  const deps: EngineDeps = {
    store,
    env: plainEnv,
    clock: options.clock ?? (() => new Date('2025-03-01T10:00:00Z')),
    logger: options.logger ?? silentLogger,
  };
  await connect(deps, { app: 'plain', accountId: 'apn_1', externalUserId: 'u', recipe });
  return deps;
}
