/**
 * syncagent as a library: the store, the read faces a main agent uses (read_file, grep_file, AI SDK tools, MCP), the
 * engine's entry points (the same calls the CLI, the Action and `serve` make) and the error type. Loopback fakes for
 * tests live in `syncagent/testkit`; the handler contract's types in `syncagent/handler`.
 */

// The engine: install a sync for a connection, then its events.
export {
  type AgentInstallRequest,
  type ConnectOutcome,
  type ConnectRequest,
  connectFromRequest,
  createJsonLogger,
  deleteSync,
  type EngineDeps,
  type EngineLimits,
  exec,
  handleWebhook,
  type Logger,
  type ParsedConnectRequest,
  parseConnectRequest,
  poll,
  renew,
  type StatusRow,
  type SyncAgent,
  type SyncConfig,
  silentLogger,
  syncStatus,
  type TickAction,
  tick,
  type UncheckedConnectRequest,
  type WebhookInput,
  type WebhookOutcome,
} from './engine/index.js';
// Errors: one type, stable codes, recognised across bundles with `isInstance`.
export {
  ApiError,
  CommandFailedError,
  ConflictError,
  DatabaseError,
  type ErrorCode,
  ExitCode,
  exitCodeOf,
  InternalError,
  InvalidInputError,
  IoError,
  MissingConfigError,
  RateLimitedError,
  SandboxError,
  SyncError,
  type SyncErrorOptions,
  toSyncError,
  UnauthorizedError,
  UsageError,
} from './errors.js';

// The read faces of a store, for a main agent.
export {
  createMcpServer,
  createMirrorTools,
  type GrepFileOptions,
  type GrepFileResult,
  type GrepMatch,
  grepFile,
  listSkills,
  type MirrorToolsOptions,
  type ReadFileOptions,
  type ReadFileResult,
  readFile,
  type SkillSummary,
  serveMcpOverStdio,
  withGutter,
} from './mirror/index.js';

// The store: a git repository with one-commit transactions.
export {
  type Author,
  type GitStore,
  type InitResult,
  initStore,
  type OpenStoreOptions,
  openStore,
  type Store,
  type StoreReader,
  syncPaths,
  type Transaction,
  validateSlug,
} from './store/index.js';
