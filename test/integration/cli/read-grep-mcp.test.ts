import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMirrorTools } from '../../../src/mirror/index.js';
import { initStore } from '../../../src/store/index.js';
import { gitSecret, hostileLinks, outsideSecret, plantHostileFiles } from '../../fixtures/hostile-store.js';
import { cliNodeArgs, runCli } from '../../support/cli.js';
import { gitCli, tempDir } from '../../support/git.js';

let dir: { path: string; cleanup: () => Promise<void> };
let store: string;

const cli = (...args: string[]) => runCli(args, { cwd: dir.path });

beforeAll(async () => {
  dir = await tempDir('cli-');
  store = join(dir.path, 'store');
  const { store: opened } = await initStore({ root: store });
  await opened.transact(
    async (tx) => {
      tx.write(
        'skills/demo/SKILL.md',
        '---\nname: demo\ndescription: "Demo files: where is X, what changed"\nmetadata:\n  app: demo\n  flavor: sync-engine\n---\n# Demo\nRead mirrors/demo/files.ndjson\n',
      );
      tx.write(
        'mirrors/demo/files.ndjson',
        `${[
          '{"path":"/a/Report.pdf","size":1}',
          '{"path":"/b/notes.txt","size":2}',
          '{"path":"/c/report-2.pdf","size":3}',
        ].join('\n')}\n`,
      );
    },
    { message: 'seed' },
  );
});
afterAll(() => dir.cleanup());

describe('CLI', () => {
  it('init creates a store and is idempotent, with --json', () => {
    const target = join(dir.path, 'fresh');
    const first = cli('init', '--store', target);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/created store at .*fresh: skills\/ handlers\/ mirrors\//);
    const again = cli('init', '--store', target, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ createdRepository: false, addedFolders: [], commit: null });
    expect(gitCli(target, 'status', '--porcelain')).toBe('');
  });

  it('read prints a gutter, and --json the DESIGN shape', () => {
    const human = cli('read', 'mirrors/demo/files.ndjson', '--store', store, '--offset', '2', '--limit', '1');
    expect(human.stdout).toBe('     2\t{"path":"/b/notes.txt","size":2}\n');
    const json = JSON.parse(cli('read', 'mirrors/demo/files.ndjson', '--store', store, '--json').stdout);
    expect(json).toEqual({
      path: 'mirrors/demo/files.ndjson',
      offset: 1,
      lines: [
        '{"path":"/a/Report.pdf","size":1}',
        '{"path":"/b/notes.txt","size":2}',
        '{"path":"/c/report-2.pdf","size":3}',
      ],
      totalLines: 3,
      truncated: false,
    });
  });

  it('grep prints like rg -n and --json records', () => {
    const human = cli('grep', '-i', 'report', '--prefix', 'mirrors', '--store', store);
    expect(human.stdout).toBe(
      'mirrors/demo/files.ndjson:1:{"path":"/a/Report.pdf","size":1}\nmirrors/demo/files.ndjson:3:{"path":"/c/report-2.pdf","size":3}\n',
    );
    const json = JSON.parse(
      cli('grep', 'notes', '--path', 'mirrors/demo/files.ndjson', '--store', store, '--json', '-C', '1').stdout,
    );
    expect(json).toEqual({
      matches: [
        {
          file: 'mirrors/demo/files.ndjson',
          line: 2,
          match: '{"path":"/b/notes.txt","size":2}',
          before: ['{"path":"/a/Report.pdf","size":1}'],
          after: ['{"path":"/c/report-2.pdf","size":3}'],
        },
      ],
      truncated: false,
    });
  });

  it('bad input is one clear line and exit 2; a missing store is exit 2 too', () => {
    const bad = cli('read', '../secret', '--store', store);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^syncagent: invalid_input: invalid path/);
    expect(cli('grep', '(', '--prefix', '.', '--store', store).status).toBe(2);
    expect(cli('grep', 'x', '--store', store).stderr).toMatch(/give --path FILE or --prefix DIR/);
    const json = cli('read', 'nope.txt', '--store', store, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'invalid_input' } });
    expect(cli('frobnicate').status).toBe(2);
  });

  it('a reader that closes the pipe early is not an error', () => {
    const big = join(dir.path, 'big');
    mkdirSync(big, { recursive: true });
    writeFileSync(join(big, 'lines.txt'), `${'x'.repeat(100)}\n`.repeat(10_000));
    const command = [
      process.execPath,
      ...cliNodeArgs,
      'grep',
      'x',
      '--path',
      'lines.txt',
      '--store',
      big,
      '--max',
      '10000',
    ]
      .map((part) => `'${part}'`)
      .join(' ');
    const result = spawnSync('sh', ['-c', `${command} | head -c 1 > /dev/null`], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/EPIPE|Unhandled/);
  });

  it('--help teaches every command', () => {
    const help = cli('--help');
    expect(help.status).toBe(0);
    for (const command of ['init', 'read', 'grep', 'mcp']) expect(help.stdout).toContain(command);
    expect(cli('grep', '--help').stdout).toMatch(/Examples:/);
  });
});

describe('agent faces', () => {
  it('the MCP server answers tools/list and tools/call over stdio', async () => {
    const client = new Client({ name: 'test', version: '1.0.0' });
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [...cliNodeArgs, 'mcp', '--store', store],
      stderr: 'pipe',
    });
    await client.connect(transport);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name).sort()).toEqual(['grep_file', 'list_files', 'list_skills', 'read_file']);
      const read = await client.callTool({
        name: 'read_file',
        arguments: { path: 'mirrors/demo/files.ndjson', offset: 3 },
      });
      expect((read.content as Array<{ text: string }>)[0]?.text).toContain(
        '     3\t{"path":"/c/report-2.pdf","size":3}',
      );
      const grep = await client.callTool({ name: 'grep_file', arguments: { pattern: 'notes', prefix: 'mirrors' } });
      expect(JSON.parse((grep.content as Array<{ text: string }>)[0]?.text as string).matches[0]).toMatchObject({
        line: 2,
      });
      const skills = await client.callTool({ name: 'list_skills', arguments: {} });
      expect(JSON.parse((skills.content as Array<{ text: string }>)[0]?.text as string).skills[0]).toMatchObject({
        name: 'demo',
        metadata: { app: 'demo' },
      });
      const bad = await client.callTool({ name: 'read_file', arguments: { path: '../x' } });
      expect(bad.isError).toBe(true);
    } finally {
      await client.close();
    }
  });

  it('createMirrorTools gives AI SDK tools over the same implementation', async () => {
    const tools = createMirrorTools({ store: { root: store } });
    const options = { toolCallId: '1', messages: [] };
    const listed = await tools.list_files.execute?.({ prefix: 'mirrors' }, options);
    expect(listed).toEqual({
      files: [
        { path: 'mirrors/.gitkeep', type: 'file', size: 0 },
        { path: 'mirrors/demo/files.ndjson', type: 'file', size: 103 },
      ],
      truncated: false,
    });
    // One level: files with sizes, folders that hold files (an empty folder is not listed), never .git.
    mkdirSync(join(store, 'mirrors/empty/nested'), { recursive: true });
    const level = await tools.list_files.execute?.({ prefix: 'mirrors', recursive: false }, options);
    expect(level).toEqual({
      files: [
        { path: 'mirrors/.gitkeep', type: 'file', size: 0 },
        { path: 'mirrors/demo', type: 'dir' },
      ],
      truncated: false,
    });
    const top = (await tools.list_files.execute?.({ prefix: '', recursive: false }, options)) as {
      files: Array<{ path: string }>;
    };
    expect(top.files.map((entry) => entry.path)).not.toContain('.git');
    expect(top.files.map((entry) => entry.path)).toContain('mirrors');
    const grep = await tools.grep_file.execute?.({ pattern: 'Report', path: 'mirrors/demo/files.ndjson' }, options);
    expect(grep).toMatchObject({ matches: [{ line: 1 }], truncated: false });
    const error = await tools.read_file.execute?.({ path: '/etc/passwd' }, options);
    expect(error).toMatchObject({ error: { code: 'invalid_input' } });
  });
});

describe('a store with committed symbolic links', () => {
  let hostile: string;
  const secrets = new RegExp(`${outsideSecret}|${gitSecret}`);
  const textOf = (result: Awaited<ReturnType<Client['callTool']>>) =>
    (result.content as Array<{ text: string }>)[0]?.text as string;

  beforeAll(async () => {
    hostile = join(dir.path, 'hostile');
    await initStore({ root: hostile });
    await plantHostileFiles(hostile, join(dir.path, 'hostile-outside'));
    // Committed as a handler or a pushed commit would: git stores the links themselves.
    gitCli(hostile, 'add', 'mirrors/demo', 'mirrors/evil', 'skills');
    gitCli(hostile, 'commit', '-q', '-m', 'links');
    expect(gitCli(hostile, 'ls-files', '-s', 'mirrors/evil/git')).toMatch(/^120000 /);
  });

  it('the CLI refuses a path or prefix through a link and skips links in a walk', () => {
    for (const args of [
      ['grep', 'SECRET', '--prefix', hostileLinks.gitFolder],
      ['grep', 'SECRET', '--prefix', hostileLinks.folderOutside],
      ['read', `${hostileLinks.gitFolder}/config`],
      ['read', hostileLinks.fileOutside],
    ]) {
      const refused = cli(...args, '--store', hostile);
      expect(refused.status, args.join(' ')).toBe(2);
      expect(refused.stderr).toMatch(/^syncagent: invalid_input: .*symbolic link .*do not follow links\n$/);
      expect(refused.stdout).not.toMatch(secrets);
    }
    const whole = cli('grep', '-i', 'secret|report', '--prefix', '.', '--store', hostile, '--json');
    expect(whole.status).toBe(0);
    expect(JSON.parse(whole.stdout).matches.map((match: { file: string }) => match.file)).toEqual([
      'mirrors/demo/files.ndjson',
    ]);
  });

  it('the AI SDK tools answer refusals as data and list no link', async () => {
    const tools = createMirrorTools({ store: { root: hostile } });
    const options = { toolCallId: '1', messages: [] };
    expect(
      await tools.grep_file.execute?.({ pattern: 'SECRET', prefix: hostileLinks.gitFolder }, options),
    ).toMatchObject({ error: { code: 'invalid_input', message: expect.stringContaining('symbolic link') } });
    expect(await tools.read_file.execute?.({ path: hostileLinks.fileOutside }, options)).toMatchObject({
      error: { code: 'invalid_input' },
    });
    const listed = await tools.list_files.execute?.({}, options);
    expect(JSON.stringify(listed)).not.toContain('evil');
    const skills = await tools.list_skills.execute?.({}, options);
    expect(JSON.stringify(skills)).not.toMatch(secrets);
    expect(skills).toMatchObject({ skills: [{ name: 'demo' }] });
  });

  it('the MCP server refuses links and lists none', async () => {
    const client = new Client({ name: 'test', version: '1.0.0' });
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [...cliNodeArgs, 'mcp', '--store', hostile],
        stderr: 'pipe',
      }),
    );
    try {
      for (const [name, args] of [
        ['grep_file', { pattern: 'SECRET', prefix: hostileLinks.gitFolder }],
        ['grep_file', { pattern: 'SECRET', path: `${hostileLinks.folderOutside}/secret.txt` }],
        ['read_file', { path: `${hostileLinks.gitFolder}/config` }],
        ['list_files', { prefix: hostileLinks.folderOutside }],
      ] as const) {
        const refused = await client.callTool({ name, arguments: args });
        expect(refused.isError, name).toBe(true);
        expect(textOf(refused)).toMatch(/^invalid_input: .*symbolic link/);
      }
      const grep = await client.callTool({ name: 'grep_file', arguments: { pattern: 'SECRET', prefix: '' } });
      expect(JSON.parse(textOf(grep)).matches).toEqual([]);
      const listed = await client.callTool({ name: 'list_files', arguments: {} });
      expect(textOf(listed)).not.toContain('evil');
      const skills = await client.callTool({ name: 'list_skills', arguments: {} });
      expect(textOf(skills)).not.toMatch(secrets);
      expect(JSON.parse(textOf(skills)).skills.map((skill: { name: string }) => skill.name)).toEqual(['demo']);
    } finally {
      await client.close();
    }
  });
});

describe('a pattern that backtracks catastrophically', () => {
  let slow: string;

  beforeAll(() => {
    slow = join(dir.path, 'slow');
    mkdirSync(join(slow, 'mirrors'), { recursive: true });
    // `^(a+)+$` needs 2^40 steps to reject this line: hours without a budget.
    writeFileSync(join(slow, 'mirrors/line.txt'), `start\n${'a'.repeat(40)}!\nend\n`);
  });

  it('the CLI stops it with one clear line and exit 2', () => {
    const result = cli('grep', '^(a+)+$', '--prefix', 'mirrors', '--store', slow);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^syncagent: invalid_input: pattern "\^\(a\+\)\+\$" ran for over 1 s in mirrors\/line\.txt/,
    );
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('the AI SDK tool answers it as an error the model can act on', async () => {
    const tools = createMirrorTools({ store: { root: slow } });
    const result = await tools.grep_file.execute?.(
      { pattern: '^(a+)+$', prefix: 'mirrors' },
      { toolCallId: '1', messages: [] },
    );
    expect(result).toEqual({
      error: { code: 'invalid_input', message: expect.stringContaining('backtracks catastrophically') },
    });
  });

  it('the MCP server answers it with an error and answers the next tools/call within 2 s', async () => {
    const client = new Client({ name: 'test', version: '1.0.0' });
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [...cliNodeArgs, 'mcp', '--store', slow],
        stderr: 'pipe',
      }),
    );
    try {
      const runaway = client.callTool({ name: 'grep_file', arguments: { pattern: '^(a+)+$', prefix: 'mirrors' } });
      // Sent right behind it, so it waits for whatever the server does with the first.
      const sentAt = performance.now();
      const next = await client.callTool({ name: 'read_file', arguments: { path: 'mirrors/line.txt', limit: 1 } });
      const waitedMs = performance.now() - sentAt;
      expect((next.content as Array<{ text: string }>)[0]?.text).toContain('     1\tstart');
      expect(waitedMs).toBeLessThan(2000);
      const stopped = await runaway;
      expect(stopped.isError).toBe(true);
      expect((stopped.content as Array<{ text: string }>)[0]?.text).toMatch(
        /^invalid_input: pattern "\^\(a\+\)\+\$" ran for over 1 s in mirrors\/line\.txt and was stopped/,
      );
      // And the server goes on serving searches.
      const after = await client.callTool({ name: 'grep_file', arguments: { pattern: '^en(d)$', prefix: 'mirrors' } });
      expect(JSON.parse((after.content as Array<{ text: string }>)[0]?.text as string).matches).toMatchObject([
        { file: 'mirrors/line.txt', line: 3 },
      ]);
    } finally {
      await client.close();
    }
  });
});
