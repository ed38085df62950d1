/** A file or folder entry seen when listing the store. */
export interface StoreEntry {
  /** Store-relative path, `/`-separated. */
  path: string;
  type: 'file' | 'dir';
  /** Git object id of the blob or tree (at HEAD; null for files written in the open transaction). */
  oid: string | null;
}

/** Read access to one snapshot of the store. */
export interface StoreReader {
  /** The file's bytes, or null when there is no file at `path`. */
  read(path: string): Promise<Uint8Array | null>;
  /** The file decoded as UTF-8, or null. */
  readText(path: string): Promise<string | null>;
  /** The file's size in bytes, or null. */
  size(path: string): Promise<number | null>;
  /** Entries directly inside `dir` ("" is the root), or every file below it with `recursive`. */
  list(dir: string, options?: { recursive?: boolean }): Promise<StoreEntry[]>;
}

/** What a transaction changed below a folder (Transaction.differences): written (added or modified) and deleted paths. */
export interface PathDifferences {
  written: string[];
  deleted: string[];
}

/** The view a transaction body gets: reads see the body's own writes. */
export interface Transaction extends StoreReader {
  /** Writes a file (creating folders). The store keeps `content` as given: it must not change until the transaction ends. */
  write(path: string, content: Uint8Array | string): void;
  /** Deletes a file; deleting what does not exist is a no-op. */
  delete(path: string): void;
  /** Deletes every file below `dir`. */
  deleteTree(dir: string): Promise<number>;
  /** Paths changed so far (written or deleted), sorted. */
  changedPaths(): string[];
  /**
   * The paths below `prefix` whose content now differs from where the transaction started (or from its last
   * checkpoint): written (added or modified) and deleted, each sorted. A file written with the bytes it had is neither.
   */
  differences(prefix?: string): Promise<PathDifferences>;
  /**
   * Commits what has been written so far as its own commit and publishes it, so a killed run
   * resumes from here. Later writes go into the next commit. It answers as soon as the commit is
   * made: its objects are written and the branch moved while the body goes on (a backfill lists
   * its next page meanwhile), and `onPublished` is called then. The next checkpoint, and the end
   * of the transaction, wait for that first, and throw what stopped it (a lost compare-and-swap,
   * an I/O error). A killed run resumes from the last checkpoint that was published.
   */
  checkpoint(message?: string, onPublished?: (commit: CommitInfo) => void): Promise<CommitInfo | null>;
  /** Replaces the final commit's message (e.g. with a summary known only at the end). */
  setMessage(message: string): void;
  /** Which attempt of the transaction this is (1-based); >1 after a lost compare-and-swap. */
  readonly attempt: number;
}

/** A commit the store made. */
export interface CommitInfo {
  oid: string;
  /** The message it was made with; the commit's own message adds a body listing the files changed by folder. */
  message: string;
  changed: string[];
}

/** Options for one transaction. */
export interface TransactOptions {
  /** Commit message (first line: `sync(<slug>): <what>`). */
  message: string;
  /** Maximum attempts when the compare-and-swap loses (default 12). */
  maxAttempts?: number;
}

/** What a finished transaction returns. */
export interface TransactResult<T> {
  value: T;
  /** The commits made (checkpoints first); empty when nothing changed. */
  commits: CommitInfo[];
  /** Every path changed by the final attempt, sorted. */
  changed: string[];
  attempts: number;
  head: string | null;
}

/** The git store port: everything else reaches the repository through it. */
export interface Store extends StoreReader {
  /** Absolute path of the work tree. */
  readonly root: string;
  /** The commit at HEAD, or null in an empty repository. */
  head(): Promise<string | null>;
  /** Runs `body` against HEAD and commits its writes as one commit (see DESIGN section 2). */
  transact<T>(body: (tx: Transaction) => Promise<T>, options: TransactOptions): Promise<TransactResult<T>>;
  /** A reader pinned to a commit. */
  at(commit: string | null): StoreReader;
  /**
   * git's housekeeping: packs loose objects and merges packs once there are enough (`git gc --auto`, in the
   * foreground). Safe beside transactions of other processes. 'no-git' when the git CLI is not installed.
   */
  maintain(): Promise<'ok' | 'no-git'>;
}

/** The git author of bot commits. */
export interface Author {
  name: string;
  email: string;
}

/** Where the store reports what it repaired on its own (noun-verb events with fields; the engine's Logger fits). */
export interface StoreLogger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
}
