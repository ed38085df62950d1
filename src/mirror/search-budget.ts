import { createContext, Script } from 'node:vm';
import { InvalidInputError } from '../errors.js';

/*
 * A JavaScript regex can backtrack for hours on a short line (`^(a+)+$` against "aaaa…a!"), and one exec cannot be
 * paused. grep_file keeps JavaScript regex semantics (DESIGN section 6) and bounds the work instead: each synchronous
 * stretch of regex work (one window of a large file, or a run of small files) runs through node:vm with a timeout,
 * whose watchdog thread stops V8 in the middle of a backtracking exec. So a runaway pattern ends with a clear error
 * within a second, the process (an MCP server, an agent host) answers its next call, and nothing keeps spinning after
 * the caller has gone. (A linear-time engine was the other way: RE2 for Node is a native addon fetched at install,
 * and the pure-JS ports drop lookaround and backreferences, which JavaScript patterns may use.)
 */

/** The longest one stretch of regex work may run: past it a pattern is taken to backtrack catastrophically. */
export const stretchLimitMs = 1000;

/** Default budget of a whole grep_file call. */
export const defaultTimeLimitMs = 30_000;

/** Runs host code under a vm timeout: the context only calls back into `body` (host code, in the host realm). */
class GuardedRunner {
  body: (() => unknown) | null = null;
  private readonly script = new Script('run()');
  private readonly context = createContext({ run: () => (this.body as () => unknown)() });

  run<T>(body: () => T, timeout: number): T {
    this.body = body;
    try {
      return this.script.runInContext(this.context, { timeout }) as T;
    } finally {
      this.body = null;
    }
  }
}

let runner: GuardedRunner | null = null;

/** The time budget of one search: a limit per stretch of regex work and one for the whole call. */
export class SearchBudget {
  private readonly deadline: number;

  /** `limitMs` bounds the whole call; a stretch gets at most `stretchLimitMs` of it. */
  constructor(
    private readonly pattern: string,
    private readonly limitMs = defaultTimeLimitMs,
  ) {
    if (!Number.isInteger(limitMs) || limitMs < 1) {
      throw new InvalidInputError(`the time limit must be a whole number of milliseconds ≥ 1, got ${limitMs}`);
    }
    this.deadline = performance.now() + limitMs;
  }

  /** Throws when the whole call has used its budget; `where` names how far the search got. */
  check(where: string): void {
    if (performance.now() >= this.deadline) throw this.overrun(where);
  }

  /**
   * Runs one synchronous stretch of regex work, stopped with a clear error when it runs past the stretch limit or the
   * call's remaining budget; `currentFile` names the file the work had reached.
   */
  run<T>(currentFile: () => string, body: () => T): T {
    const remaining = Math.ceil(this.deadline - performance.now());
    if (remaining <= 0) throw this.overrun(`before ${currentFile()}`);
    const timeout = Math.min(stretchLimitMs, remaining);
    runner ??= new GuardedRunner();
    try {
      return runner.run(body, timeout);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw error;
      const file = currentFile();
      if (timeout < stretchLimitMs) throw this.overrun(`in ${file}`);
      throw new InvalidInputError(
        `pattern ${JSON.stringify(this.pattern)} ran for over ${stretchLimitMs / 1000} s in ${file} and was ` +
          'stopped: it backtracks catastrophically (nested quantifiers such as (a+)+ or (.*)* are the usual cause); ' +
          'simplify it, or search for a literal part of what you want',
        { data: { pattern: this.pattern, file, limitMs: stretchLimitMs } },
      );
    }
  }

  private overrun(where: string): InvalidInputError {
    return new InvalidInputError(
      `grep_file ran out of its ${formatSeconds(this.limitMs)} time budget (${where}): narrow the prefix or glob, or ` +
        'use a more specific pattern',
      { data: { pattern: this.pattern, limitMs: this.limitMs } },
    );
  }
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${ms} ms`;
}
