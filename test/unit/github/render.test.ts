import { describe, expect, it } from 'vitest';
import { renderJobSummary, secretValues } from '../../../src/action/index.js';
import {
  agentReport,
  type DispatchReport,
  type InstallDetails,
  renderReviewBody,
  type TraceStep,
} from '../../../src/github/index.js';

const trace: TraceStep[] = [
  { step: 1, tool: 'get_connection', inputDigest: 'sha256:aa11', resultDigest: 'sha256:bb22', tokens: 812, ms: 40 },
  {
    step: 2,
    tool: 'http_request',
    inputDigest: 'sha256:cc33',
    resultDigest: 'sha256:dd44',
    tokens: 1400,
    ms: 620,
    summary: 'GET https://api.notion.com/v1/search → 200 (3.1 KiB) <x>',
  },
  { step: 3, tool: 'finish', inputDigest: 'sha256:ee55', resultDigest: 'sha256:ff66', ms: 5 },
];
const links = {
  commit: (sha: string) => `https://github.com/acme/store/commit/${sha}`,
  run: 'https://github.com/acme/store/actions/runs/7',
};
const report: DispatchReport = {
  event: { name: 'repository_dispatch', type: 'syncagent.connect' },
  request: 'connect',
  slug: 'notion',
  outcome: 'ok',
  lines: ['notion: connected (agent:anthropic:claude): 40 changes', 'token is tok-SECRET-123 <b>'],
  branch: 'main',
  commits: [
    {
      oid: 'a'.repeat(40),
      subject: 'sync(notion): connect <script>alert(1)</script>',
      files: [
        { status: 'A', path: 'skills/notion/SKILL.md' },
        { status: 'A', path: 'mirrors/notion/pages.ndjson' },
      ],
      moreFiles: 3,
    },
  ],
  issues: [{ slug: 'notion', action: 'opened', number: 4, url: 'https://github.com/acme/store/issues/4' }],
  reason: 'a wiki: pages and databases change and are read often',
  trace,
  warnings: [],
  error: { code: 'api_error', message: 'GitHub said <no>', exitCode: 1 },
};

describe('the job summary', () => {
  it('has the event, slug, commits with links, files changed, issues, the trace in <details> and the error', () => {
    const text = renderJobSummary(report, links, []);
    expect(text).toContain('<h2>syncagent: repository_dispatch syncagent.connect: ✅ done</h2>');
    expect(text).toContain('<th>slug</th><td><code>notion</code></td>');
    expect(text).toContain(`<a href="https://github.com/acme/store/commit/${'a'.repeat(40)}">aaaaaaa</a>`);
    expect(text).toContain('(5 files)');
    expect(text).toContain('<h3>Files changed (2+3)</h3>');
    expect(text).toContain('<td>added</td><td><code>mirrors/notion/pages.ndjson</code></td>');
    expect(text).toContain('<details><summary>Agent trace: 3 steps, 2212 tokens, 0.7 s</summary>');
    expect(text).toContain(
      '<td>2</td><td><code>http_request</code></td><td>GET https://api.notion.com/v1/search → 200 (3.1 KiB) &lt;x&gt;</td><td><code>sha256:cc33</code></td>',
    );
    expect(text).toContain('<strong>Triage</strong>: a wiki: pages and databases change and are read often');
    expect(text).toContain('notion</code>: opened <a href="https://github.com/acme/store/issues/4">#4</a>');
    expect(text).toContain('<strong>api_error</strong>: GitHub said &lt;no&gt; (exit 1)');
  });

  it('escapes what came from outside and replaces every secret value', () => {
    const text = renderJobSummary(report, links, secretValues({ PIPEDREAM_CLIENT_SECRET: 'tok-SECRET-123' }));
    expect(text).not.toContain('<script>');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).not.toContain('tok-SECRET-123');
    expect(text).toContain('token is *** &lt;b&gt;');
  });

  it('says so when no commit was pushed, and stays under the 1 MiB GitHub keeps', () => {
    const empty = renderJobSummary({ ...report, commits: [], trace: undefined, error: undefined }, links, []);
    expect(empty).toContain('<p>No commit was pushed.</p>');
    expect(empty).not.toContain('<details>');
    const huge: DispatchReport = {
      ...report,
      lines: Array.from({ length: 20_000 }, (_, index) => `line ${index} ${'x'.repeat(60)}`),
    };
    const text = renderJobSummary(huge, links, []);
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    expect(text).toContain('(summary truncated at');
  });
});

describe('secret values', () => {
  it('are the settings whose names say so, and the names given; short values are not', () => {
    expect(
      secretValues(
        {
          GITHUB_TOKEN: 'ghs_abc',
          PIPEDREAM_CLIENT_SECRET: 'shh-1234',
          DATABASE_URL: 'postgres://u:p@h/db',
          ANTHROPIC_API_KEY: 'sk-ant-1',
          MY_HOOK_SIG: 'hook-key',
          PIPEDREAM_PROJECT_ID: 'proj_1',
          SYNCAGENT_HOOK_TOKEN: '1',
        },
        ['MY_HOOK_SIG'],
      ).sort(),
    ).toEqual(['ghs_abc', 'hook-key', 'postgres://u:p@h/db', 'shh-1234', 'sk-ant-1']);
  });
});

describe('the review pull request body', () => {
  const details: InstallDetails = {
    slug: 'notion',
    app: 'notion',
    accountId: 'apn_9',
    externalUserId: 'user-1',
    flavor: 'sync-engine',
    createdBy: 'agent:anthropic:claude-x',
    hosts: ['api.notion.com'],
    signals: ['poll every 30 min'],
    exports: ['backfill', 'pollOnce'],
    skillDescription: 'Pages and databases of the Notion workspace',
    mirror: {
      files: [{ path: 'mirrors/notion/pages.ndjson', size: 2048 }],
      totalFiles: 3,
      totalBytes: 4096,
      sized: 3,
    },
  };

  it('says what is installed, why, with which reach, the mirror, commits and trace, and what to check', () => {
    const body = renderReviewBody(details, {
      reason: 'a wiki: structure changes and is read often',
      trace,
      commits: report.commits,
      commitLink: links.commit,
      runUrl: links.run,
    });
    expect(body.startsWith('<!-- syncagent:review:notion -->')).toBe(true);
    expect(body).toContain('| handler exports | `backfill`, `pollOnce` |');
    expect(body).toContain('Triage: a wiki: structure changes and is read often');
    expect(body).toContain('through the gateway: `api.notion.com`.');
    expect(body).toContain('3 files, 4.0 KiB in all.');
    expect(body).toContain('| `mirrors/notion/pages.ndjson` | 2.0 KiB |');
    expect(body).toContain('| … 2 more | |');
    expect(body).toContain('sync(notion): connect &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body).toContain('<details><summary>Agent trace: 3 steps, 2212 tokens, 0.7 s</summary>');
    expect(body).toContain('| 1 | `get_connection` |  | `sha256:aa11` | `sha256:bb22` | 812 | 40 |');
    expect(body).toContain('| 2 | `http_request` | GET https://api.notion.com/v1/search → 200 (3.1 KiB) &lt;x&gt; |');
    expect(body).toContain('### Before merging');
    expect(body).toContain('Made by [this run](https://github.com/acme/store/actions/runs/7).');
  });

  it('names the catalog recipe when no model was involved', () => {
    const body = renderReviewBody(
      { ...details, createdBy: 'catalog:dropbox@1', exports: [] },
      { commits: [], commitLink: () => null, runUrl: null },
    );
    expect(body).toContain('Installed from the reviewed catalog recipe `dropbox@1`: no model was involved.');
    expect(body).toContain('| handler exports | none (api-only) |');
    expect(body).not.toContain('Agent trace');
  });
});

describe('the agent run of a connect outcome', () => {
  it('gives the triage reason and one trace row per tool call (tokens on the first call of a step)', () => {
    const outcome = {
      slug: 'notion',
      status: 'installed' as const,
      createdBy: 'agent:anthropic:claude-x',
      files: [],
      commits: ['c'],
      agent: {
        reason: 'a wiki',
        trace: [
          {
            step: 1,
            at: '2026-01-01T00:00:00Z',
            ms: 900,
            inputTokens: 1000,
            outputTokens: 200,
            finishReason: 'tool-calls',
            calls: [
              {
                tool: 'get_connection',
                ok: true,
                summary: '{} → notion',
                inputDigest: 'sha256:1',
                inputBytes: 2,
                resultDigest: 'sha256:2',
                resultBytes: 80,
                ms: 3,
              },
              {
                tool: 'http_request',
                ok: false,
                summary: 'GET /v1/x → 404',
                inputDigest: 'sha256:3',
                inputBytes: 40,
                resultDigest: 'sha256:4',
                resultBytes: 90,
                ms: 120,
              },
            ],
          },
          {
            step: 2,
            at: '2026-01-01T00:00:01Z',
            ms: 400,
            inputTokens: 1300,
            outputTokens: 20,
            finishReason: 'stop',
            calls: [],
          },
        ],
      },
    };
    expect(agentReport(outcome)).toEqual({
      reason: 'a wiki',
      trace: [
        {
          step: 1,
          tool: 'get_connection',
          inputDigest: 'sha256:1',
          resultDigest: 'sha256:2',
          tokens: 1200,
          ms: 3,
          summary: '{} → notion',
        },
        {
          step: 1,
          tool: 'http_request',
          inputDigest: 'sha256:3',
          resultDigest: 'sha256:4',
          ms: 120,
          summary: 'GET /v1/x → 404',
          ok: false,
        },
        { step: 2, tool: '(stop)', inputDigest: '-', resultDigest: '-', tokens: 1320, ms: 400 },
      ],
    });
    expect(
      agentReport({ slug: 'dropbox', status: 'installed', createdBy: 'catalog:dropbox@1', files: [], commits: [] }),
    ).toEqual({
      reason: undefined,
      trace: undefined,
    });
  });
});
