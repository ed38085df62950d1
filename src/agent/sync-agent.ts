import type { AgentInstallRequest, ConnectOutcome, EngineDeps, SyncAgent } from '../engine/index.js';
import { gatewayMode, getAccount } from '../gateway/index.js';
import { connectWithAgent } from './connect-agent.js';
import { openTraceFile, type TraceFile } from './trace.js';

/**
 * The LLM sync agent behind the engine's seam (`deps.syncAgent`): `connect --agent llm`, and `--agent auto` when the
 * catalog has no recipe. It asks Pipedream what it knows of the account's app (name, allowed API domains, base URL)
 * for the run's `get_connection`, writes `--trace FILE` as the run goes, and runs `connectWithAgent`.
 */
export const llmSyncAgent: SyncAgent = {
  async install(deps: EngineDeps, request: AgentInstallRequest): Promise<ConnectOutcome> {
    const app: { appName?: string; allowedDomains?: string[]; baseUrl?: string } = {};
    if (gatewayMode(deps.env) === 'pipedream' && !request.dryRun) {
      const account = await getAccount(deps.env, request.accountId, {
        fetch: deps.fetch,
        tokenCache: deps.tokenCache,
        sleep: deps.sleep,
      });
      app.appName = account.app.name;
      if (account.allowed_domains) app.allowedDomains = account.allowed_domains;
      if (account.base_proxy_target_url) app.baseUrl = account.base_proxy_target_url;
    }
    let trace: TraceFile | undefined;
    if (request.traceFile && !request.dryRun) trace = await openTraceFile(request.traceFile);
    try {
      return await connectWithAgent(deps, {
        app: request.app,
        accountId: request.accountId,
        externalUserId: request.externalUserId,
        slug: request.slug,
        force: request.force,
        dryRun: request.dryRun,
        ...app,
        maxSteps: request.maxSteps,
        maxMinutes: request.maxMinutes,
        ...(trace ? { onStep: (step) => (trace as TraceFile).write(step) } : {}),
      });
    } finally {
      await trace?.close();
    }
  },
};
