import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type RecordedRequest, sendJson, startLoopbackServer } from './http-server.js';

/*
 * A GitHub REST API look-alike on loopback for one repository, speaking GitHub's wire format
 * (https://docs.github.com/rest): pull requests (list with `head`/`base`/`state` filters and Link pagination, create,
 * get, update, merge), issues (list with `labels`, which includes pull requests as GitHub does; create, get, update,
 * comments), labels, git refs, `repository_dispatch` (POST /dispatches, with GitHub's limits) and the repository
 * itself. Authentication is `Authorization: token …` or `Bearer …`. Given the repository's bare git remote, refs are
 * real (read and moved with git), a pull request's head is the branch's real tip, and a merge is a real merge commit
 * pushed to the base branch. Errors have GitHub's shape: `{ message, errors?, documentation_url, status }`.
 */

const run = promisify(execFile);

/** Options of the fake. */
export interface GitHubApiOptions {
  owner: string;
  repo: string;
  /** The token requests must carry. */
  token: string;
  /** The repository's bare git remote: refs, pull request heads and merges use it. */
  gitDir?: string;
  defaultBranch?: string;
  /** Web base URL used in `html_url`s (default https://github.com). */
  serverUrl?: string;
}

/** A comment as the fake keeps it. */
export interface FakeComment {
  id: number;
  body: string;
  createdAt: string;
}

/** An issue or pull request as the fake keeps it (GitHub numbers both from one sequence). */
export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  comments: FakeComment[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Set for pull requests. */
  pull?: { head: string; base: string; merged: boolean; mergedAt: string | null; mergeSha: string | null };
}

/** A `repository_dispatch` the fake accepted. */
export interface FakeDispatch {
  eventType: string;
  clientPayload: Record<string, unknown>;
  /** The request body's size in bytes. */
  bytes: number;
}

/** A running GitHub fake. */
export interface GitHubApiFake {
  url: string;
  close(): Promise<void>;
  /** Every request received, oldest first. */
  requests: RecordedRequest[];
  /** Issues and pull requests, by number order. */
  issues: FakeIssue[];
  /** Pull requests only. */
  readonly pulls: FakeIssue[];
  labels: Map<string, { name: string; color: string; description: string }>;
  dispatches: FakeDispatch[];
  /** While false, every request is answered 503 (GitHub unreachable for a while). */
  setAvailable(available: boolean): void;
  /** Merges a pull request as `PUT /pulls/{n}/merge` does; returns the merge commit. */
  merge(number: number): Promise<string>;
}

const docs = 'https://docs.github.com/rest';

/** Starts the GitHub fake on 127.0.0.1 with an ephemeral port. */
export async function startGitHubApi(options: GitHubApiOptions): Promise<GitHubApiFake> {
  const { owner, repo } = options;
  const defaultBranch = options.defaultBranch ?? 'main';
  const serverUrl = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  const requests: RecordedRequest[] = [];
  const issues: FakeIssue[] = [];
  const labels = new Map<string, { name: string; color: string; description: string }>();
  const dispatches: FakeDispatch[] = [];
  const refs = new Map<string, string>(); // without a git remote
  let available = true;
  let nextNumber = 1;
  let nextCommentId = 9000;
  let baseUrl = '';
  const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const repoPath = `/repos/${owner}/${repo}`;
  const repoApi = () => `${baseUrl}${repoPath}`;
  const webBase = `${serverUrl}/${owner}/${repo}`;
  const botUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot', site_admin: false };
  const repoJson = () => ({
    id: 123456,
    node_id: 'R_fake',
    name: repo,
    full_name: `${owner}/${repo}`,
    private: true,
    owner: { login: owner, id: 1, type: 'Organization' },
    html_url: webBase,
    url: repoApi(),
    default_branch: defaultBranch,
  });

  const git = async (...args: string[]): Promise<string> =>
    (await run('git', ['--git-dir', options.gitDir!, ...args], { env: { ...process.env, LC_ALL: 'C' } })).stdout.trim();
  const readRef = async (ref: string): Promise<string | null> => {
    if (!options.gitDir) return refs.get(ref) ?? null;
    return git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`).catch(() => null);
  };
  const writeRef = async (ref: string, sha: string | null): Promise<void> => {
    if (!options.gitDir) {
      if (sha === null) refs.delete(ref);
      else refs.set(ref, sha);
      return;
    }
    if (sha === null) await git('update-ref', '-d', ref);
    else await git('update-ref', ref, sha);
  };
  const isAncestor = async (ancestor: string, descendant: string): Promise<boolean> => {
    if (!options.gitDir) return true;
    return git('merge-base', '--is-ancestor', ancestor, descendant).then(
      () => true,
      () => false,
    );
  };

  const fail = (
    response: ServerResponse,
    status: number,
    message: string,
    extra: Record<string, unknown> = {},
  ): void => {
    sendJson(response, status, { message, ...extra, documentation_url: docs, status: String(status) });
  };
  const validation = (response: ServerResponse, errors: unknown[]): void =>
    fail(response, 422, 'Validation Failed', { errors });

  const labelJson = (name: string) => {
    const label = labels.get(name) ?? { name, color: 'ededed', description: '' };
    return {
      id: 5000 + [...labels.keys()].indexOf(name),
      node_id: `LA_${name}`,
      url: `${repoApi()}/labels/${encodeURIComponent(name)}`,
      name,
      color: label.color,
      default: false,
      description: label.description || null,
    };
  };
  const commentJson = (issue: FakeIssue, comment: FakeComment) => ({
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${repoApi()}/issues/comments/${comment.id}`,
    html_url: `${webBase}/${issue.pull ? 'pull' : 'issues'}/${issue.number}#issuecomment-${comment.id}`,
    issue_url: `${repoApi()}/issues/${issue.number}`,
    body: comment.body,
    user: botUser,
    created_at: comment.createdAt,
    updated_at: comment.createdAt,
    author_association: 'NONE',
  });
  const issueJson = (issue: FakeIssue) => ({
    url: `${repoApi()}/issues/${issue.number}`,
    repository_url: repoApi(),
    labels_url: `${repoApi()}/issues/${issue.number}/labels{/name}`,
    comments_url: `${repoApi()}/issues/${issue.number}/comments`,
    html_url: `${webBase}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`,
    id: 100_000 + issue.number,
    node_id: `I_${issue.number}`,
    number: issue.number,
    title: issue.title,
    user: botUser,
    labels: issue.labels.map(labelJson),
    state: issue.state,
    state_reason: issue.stateReason,
    locked: false,
    assignee: null,
    assignees: [],
    comments: issue.comments.length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: 'NONE',
    body: issue.body,
    ...(issue.pull
      ? {
          pull_request: {
            url: `${repoApi()}/pulls/${issue.number}`,
            html_url: `${webBase}/pull/${issue.number}`,
            diff_url: `${webBase}/pull/${issue.number}.diff`,
            patch_url: `${webBase}/pull/${issue.number}.patch`,
            merged_at: issue.pull.mergedAt,
          },
        }
      : {}),
  });
  const branchJson = async (ref: string) => ({
    label: `${owner}:${ref}`,
    ref,
    sha: (await readRef(`refs/heads/${ref}`)) ?? '0000000000000000000000000000000000000000',
    user: { login: owner, id: 1, type: 'Organization' },
    repo: repoJson(),
  });
  const pullJson = async (issue: FakeIssue) => {
    const pull = issue.pull!;
    return {
      url: `${repoApi()}/pulls/${issue.number}`,
      id: 200_000 + issue.number,
      node_id: `PR_${issue.number}`,
      html_url: `${webBase}/pull/${issue.number}`,
      diff_url: `${webBase}/pull/${issue.number}.diff`,
      patch_url: `${webBase}/pull/${issue.number}.patch`,
      issue_url: `${repoApi()}/issues/${issue.number}`,
      number: issue.number,
      state: issue.state,
      locked: false,
      title: issue.title,
      user: botUser,
      body: issue.body,
      labels: issue.labels.map(labelJson),
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      merged_at: pull.mergedAt,
      merge_commit_sha: pull.mergeSha,
      draft: false,
      head: await branchJson(pull.head),
      base: await branchJson(pull.base),
      author_association: 'NONE',
      merged: pull.merged,
      mergeable: issue.state === 'open' ? true : null,
      comments: issue.comments.length,
      maintainer_can_modify: true,
    };
  };

  /** One page of a list, with GitHub's Link header. */
  const sendPage = (response: ServerResponse, request: RecordedRequest, items: unknown[]): void => {
    const perPage = Math.min(100, Math.max(1, Number(request.query.per_page ?? 30) || 30));
    const page = Math.max(1, Number(request.query.page ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const links: string[] = [];
    const pageUrl = (number: number) => {
      const query = new URLSearchParams({ ...request.query, page: String(number) });
      return `<${baseUrl}${request.path}?${query}>`;
    };
    if (page < last) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`);
    if (page > 1) links.push(`${pageUrl(1)}; rel="first"`, `${pageUrl(page - 1)}; rel="prev"`);
    sendJson(
      response,
      200,
      items.slice((page - 1) * perPage, page * perPage),
      links.length ? { link: links.join(', ') } : {},
    );
  };

  const parseBody = (request: RecordedRequest): Record<string, unknown> | null => {
    if (request.body.trim() === '') return {};
    try {
      const value = JSON.parse(request.body) as unknown;
      return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : null;
    } catch {
      return null;
    }
  };

  const findIssue = (number: number) => issues.find((issue) => issue.number === number);

  const mergePull = async (issue: FakeIssue): Promise<string> => {
    const pull = issue.pull!;
    const head = await readRef(`refs/heads/${pull.head}`);
    const base = await readRef(`refs/heads/${pull.base}`);
    if (!head || !base) throw new Error('branch missing');
    let sha: string;
    if (options.gitDir) {
      const work = await mkdtemp(join(tmpdir(), 'github-fake-merge-'));
      try {
        const inWork = (...args: string[]) =>
          run('git', ['-C', work, ...args], {
            env: {
              ...process.env,
              GIT_AUTHOR_NAME: 'GitHub',
              GIT_AUTHOR_EMAIL: 'noreply@github.com',
              GIT_COMMITTER_NAME: 'GitHub',
              GIT_COMMITTER_EMAIL: 'noreply@github.com',
            },
          });
        await inWork('clone', '--quiet', '--branch', pull.base, options.gitDir, '.');
        await inWork('fetch', '--quiet', 'origin', `refs/heads/${pull.head}:refs/remotes/origin/review-head`);
        await inWork(
          'merge',
          '--no-ff',
          '--quiet',
          '-m',
          `Merge pull request #${issue.number} from ${owner}/${pull.head}`,
          'refs/remotes/origin/review-head',
        );
        await inWork('push', '--quiet', 'origin', `HEAD:refs/heads/${pull.base}`);
        sha = (await inWork('rev-parse', 'HEAD')).stdout.trim();
      } finally {
        await rm(work, { recursive: true, force: true });
      }
    } else {
      sha = head;
      refs.set(`refs/heads/${pull.base}`, head);
    }
    pull.merged = true;
    pull.mergedAt = now();
    pull.mergeSha = sha;
    issue.state = 'closed';
    issue.closedAt = pull.mergedAt;
    issue.updatedAt = pull.mergedAt;
    return sha;
  };

  async function handle(request: RecordedRequest, response: ServerResponse): Promise<void> {
    requests.push(request);
    if (!available) return fail(response, 503, 'Service Unavailable');
    const auth = request.headers.authorization ?? '';
    const token = /^(?:token|Bearer) (.+)$/i.exec(auth)?.[1];
    if (!auth) return fail(response, 401, 'Requires authentication');
    if (token !== options.token) return fail(response, 401, 'Bad credentials');
    if (request.path !== repoPath && !request.path.startsWith(`${repoPath}/`)) return fail(response, 404, 'Not Found');
    const rest = request.path.slice(repoPath.length);
    const method = request.method;
    const body = parseBody(request);
    if (body === null) return fail(response, 400, 'Problems parsing JSON');
    let match: RegExpExecArray | null;

    if (rest === '' && method === 'GET') return sendJson(response, 200, repoJson());

    if (rest === '/dispatches' && method === 'POST') {
      const eventType = body.event_type;
      const clientPayload = body.client_payload ?? {};
      if (typeof eventType !== 'string' || eventType.length < 1 || eventType.length > 100) {
        return fail(response, 422, 'Invalid request.\n\nFor \'properties/event_type\', "event_type" is not valid.');
      }
      if (clientPayload === null || typeof clientPayload !== 'object' || Array.isArray(clientPayload)) {
        return fail(response, 422, "Invalid request.\n\nFor 'properties/client_payload', it is not an object.");
      }
      const keys = Object.keys(clientPayload).length;
      if (keys > 10) {
        return fail(
          response,
          422,
          `Invalid request.\n\nNo more than 10 properties are allowed; ${keys} were supplied.`,
        );
      }
      const bytes = Buffer.byteLength(request.body);
      if (bytes >= 65_536) return fail(response, 422, 'Invalid request.\n\nThe payload is too large.');
      dispatches.push({ eventType, clientPayload: clientPayload as Record<string, unknown>, bytes });
      response.writeHead(204).end();
      return;
    }

    if (rest === '/pulls' && method === 'GET') {
      const state = request.query.state ?? 'open';
      const head = request.query.head;
      const base = request.query.base;
      const selected = issues.filter(
        (issue) =>
          issue.pull &&
          (state === 'all' || issue.state === state) &&
          (head === undefined || `${owner}:${issue.pull.head}` === head || issue.pull.head === head) &&
          (base === undefined || issue.pull.base === base),
      );
      return sendPage(response, request, await Promise.all(selected.map(pullJson)));
    }
    if (rest === '/pulls' && method === 'POST') {
      const { title, head, base } = body;
      if (typeof title !== 'string' || title === '')
        return validation(response, [{ resource: 'PullRequest', field: 'title', code: 'missing_field' }]);
      if (typeof head !== 'string' || typeof base !== 'string')
        return validation(response, [{ resource: 'PullRequest', field: 'head', code: 'missing_field' }]);
      const headRef = head.includes(':') ? head.slice(head.indexOf(':') + 1) : head;
      const headTip = await readRef(`refs/heads/${headRef}`);
      const baseTip = await readRef(`refs/heads/${base}`);
      if (!headTip) return validation(response, [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
      if (!baseTip) return validation(response, [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
      if (issues.some((issue) => issue.pull && issue.state === 'open' && issue.pull.head === headRef)) {
        return validation(response, [
          {
            resource: 'PullRequest',
            code: 'custom',
            message: `A pull request already exists for ${owner}:${headRef}.`,
          },
        ]);
      }
      if (headTip === baseTip || (await isAncestor(headTip, baseTip))) {
        return validation(response, [
          { resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${headRef}` },
        ]);
      }
      const at = now();
      const issue: FakeIssue = {
        number: nextNumber++,
        title,
        body: typeof body.body === 'string' ? body.body : '',
        state: 'open',
        stateReason: null,
        labels: [],
        comments: [],
        createdAt: at,
        updatedAt: at,
        closedAt: null,
        pull: { head: headRef, base, merged: false, mergedAt: null, mergeSha: null },
      };
      issues.push(issue);
      return sendJson(response, 201, await pullJson(issue));
    }
    if ((match = /^\/pulls\/(\d+)$/.exec(rest))) {
      const issue = findIssue(Number(match[1]));
      if (!issue?.pull) return fail(response, 404, 'Not Found');
      if (method === 'GET') return sendJson(response, 200, await pullJson(issue));
      if (method === 'PATCH') {
        if (typeof body.title === 'string') issue.title = body.title;
        if (typeof body.body === 'string') issue.body = body.body;
        if (body.state === 'closed' || body.state === 'open') {
          issue.state = body.state;
          issue.closedAt = body.state === 'closed' ? now() : null;
        }
        issue.updatedAt = now();
        return sendJson(response, 200, await pullJson(issue));
      }
    }
    if ((match = /^\/pulls\/(\d+)\/merge$/.exec(rest)) && method === 'PUT') {
      const issue = findIssue(Number(match[1]));
      if (!issue?.pull) return fail(response, 404, 'Not Found');
      if (issue.state !== 'open') return fail(response, 405, 'Pull Request is not mergeable');
      try {
        const sha = await mergePull(issue);
        return sendJson(response, 200, { sha, merged: true, message: 'Pull Request successfully merged' });
      } catch {
        return fail(response, 405, 'Merge conflict');
      }
    }

    if (rest === '/issues' && method === 'GET') {
      const state = request.query.state ?? 'open';
      const wanted = (request.query.labels ?? '').split(',').filter((name) => name !== '');
      const selected = issues.filter(
        (issue) => (state === 'all' || issue.state === state) && wanted.every((label) => issue.labels.includes(label)),
      );
      return sendPage(response, request, selected.map(issueJson).reverse());
    }
    if (rest === '/issues' && method === 'POST') {
      if (typeof body.title !== 'string' || body.title === '')
        return validation(response, [{ resource: 'Issue', field: 'title', code: 'missing_field' }]);
      const names = Array.isArray(body.labels) ? body.labels.filter((name) => typeof name === 'string') : [];
      for (const name of names) if (!labels.has(name)) labels.set(name, { name, color: 'ededed', description: '' });
      const at = now();
      const issue: FakeIssue = {
        number: nextNumber++,
        title: body.title,
        body: typeof body.body === 'string' ? body.body : '',
        state: 'open',
        stateReason: null,
        labels: names,
        comments: [],
        createdAt: at,
        updatedAt: at,
        closedAt: null,
      };
      issues.push(issue);
      return sendJson(response, 201, issueJson(issue));
    }
    if ((match = /^\/issues\/(\d+)$/.exec(rest))) {
      const issue = findIssue(Number(match[1]));
      if (!issue) return fail(response, 404, 'Not Found');
      if (method === 'GET') return sendJson(response, 200, issueJson(issue));
      if (method === 'PATCH') {
        if (typeof body.title === 'string') issue.title = body.title;
        if (typeof body.body === 'string') issue.body = body.body;
        if (Array.isArray(body.labels)) issue.labels = body.labels.filter((name) => typeof name === 'string');
        if (body.state === 'closed' || body.state === 'open') {
          issue.state = body.state;
          issue.closedAt = body.state === 'closed' ? now() : null;
          issue.stateReason =
            body.state === 'closed' ? (typeof body.state_reason === 'string' ? body.state_reason : 'completed') : null;
        }
        issue.updatedAt = now();
        return sendJson(response, 200, issueJson(issue));
      }
    }
    if ((match = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = findIssue(Number(match[1]));
      if (!issue) return fail(response, 404, 'Not Found');
      if (method === 'GET')
        return sendPage(
          response,
          request,
          issue.comments.map((comment) => commentJson(issue, comment)),
        );
      if (method === 'POST') {
        if (typeof body.body !== 'string' || body.body === '')
          return validation(response, [{ resource: 'IssueComment', field: 'body', code: 'missing_field' }]);
        const comment: FakeComment = { id: nextCommentId++, body: body.body, createdAt: now() };
        issue.comments.push(comment);
        issue.updatedAt = comment.createdAt;
        return sendJson(response, 201, commentJson(issue, comment));
      }
    }

    if (rest === '/labels' && method === 'GET') return sendPage(response, request, [...labels.keys()].map(labelJson));
    if (rest === '/labels' && method === 'POST') {
      if (typeof body.name !== 'string' || body.name === '')
        return validation(response, [{ resource: 'Label', field: 'name', code: 'missing_field' }]);
      if (labels.has(body.name))
        return validation(response, [{ resource: 'Label', code: 'already_exists', field: 'name' }]);
      labels.set(body.name, {
        name: body.name,
        color: typeof body.color === 'string' ? body.color : 'ededed',
        description: typeof body.description === 'string' ? body.description : '',
      });
      return sendJson(response, 201, labelJson(body.name));
    }
    if ((match = /^\/labels\/(.+)$/.exec(rest)) && method === 'GET') {
      const name = decodeURIComponent(match[1]!);
      return labels.has(name) ? sendJson(response, 200, labelJson(name)) : fail(response, 404, 'Not Found');
    }

    const refJson = (ref: string, sha: string) => ({
      ref,
      node_id: `REF_${ref}`,
      url: `${repoApi()}/git/${ref}`,
      object: { sha, type: 'commit', url: `${repoApi()}/git/commits/${sha}` },
    });
    if ((match = /^\/git\/ref\/(.+)$/.exec(rest)) && method === 'GET') {
      const ref = `refs/${decodeURIComponent(match[1]!)}`;
      const sha = await readRef(ref);
      return sha ? sendJson(response, 200, refJson(ref, sha)) : fail(response, 404, 'Not Found');
    }
    if (rest === '/git/refs' && method === 'POST') {
      const { ref, sha } = body;
      if (typeof ref !== 'string' || !ref.startsWith('refs/') || typeof sha !== 'string')
        return fail(response, 422, "Reference name must start with 'refs/' and have at least two slashes.");
      if (await readRef(ref)) return fail(response, 422, 'Reference already exists');
      await writeRef(ref, sha);
      return sendJson(response, 201, refJson(ref, sha));
    }
    if ((match = /^\/git\/refs\/(.+)$/.exec(rest))) {
      const ref = `refs/${decodeURIComponent(match[1]!)}`;
      const current = await readRef(ref);
      if (method === 'PATCH') {
        if (!current) return fail(response, 422, 'Reference does not exist');
        if (typeof body.sha !== 'string') return fail(response, 422, 'Invalid request.');
        if (body.force !== true && !(await isAncestor(current, body.sha)))
          return fail(response, 422, 'Update is not a fast forward');
        await writeRef(ref, body.sha);
        return sendJson(response, 200, refJson(ref, body.sha));
      }
      if (method === 'DELETE') {
        if (!current) return fail(response, 422, 'Reference does not exist');
        await writeRef(ref, null);
        response.writeHead(204).end();
        return;
      }
    }
    return fail(response, 404, 'Not Found');
  }

  const server = await startLoopbackServer(handle);
  baseUrl = server.url;
  return {
    url: server.url,
    close: server.close,
    requests,
    issues,
    get pulls() {
      return issues.filter((issue) => issue.pull !== undefined);
    },
    labels,
    dispatches,
    setAvailable: (value) => {
      available = value;
    },
    merge: async (number) => {
      const issue = findIssue(number);
      if (!issue?.pull || issue.state !== 'open') throw new Error(`pull request #${number} is not open`);
      return mergePull(issue);
    },
  };
}
