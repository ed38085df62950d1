/**
 * The `Database` port: the little of Postgres that app data sync needs (statements, COPY streams,
 * transactions). Core code in src/appdata depends on this interface only; the `pg` adapter lives in
 * pg-database.ts and is built by the entry point.
 */

/** Rows and affected-row count of one statement. */
export interface QueryResult<Row> {
  rows: Row[];
  rowCount: number;
}

/** Anything that runs SQL: a database or one session inside a transaction. */
export interface Queryable {
  /** Runs one statement with `$1`-style parameters. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<Row>>;
}

/** One connection inside a transaction; COPY streams need a fixed connection. */
export interface DatabaseSession extends Queryable {
  /** Streams the output of a `COPY ... TO STDOUT` statement, chunk by chunk. */
  copyOut(sql: string): AsyncIterable<Uint8Array>;
  /** Feeds `data` to a `COPY ... FROM STDIN` statement; resolves with the number of rows copied. */
  copyIn(sql: string, data: AsyncIterable<Uint8Array>): Promise<number>;
}

/** How a transaction runs. */
export interface TransactionOptions {
  isolation?: 'read committed' | 'repeatable read' | 'serializable';
  readOnly?: boolean;
  /** Roll back even when the body succeeds (dry runs). */
  rollback?: boolean;
}

/** A Postgres database reached through the port. */
export interface Database extends Queryable {
  /** Where it is, safe to print: `local database 127.0.0.1:5432/app`, never a password. */
  readonly label: string;
  /** Runs `body` in one transaction on one connection: commit on success, roll back on error. */
  transaction<T>(body: (session: DatabaseSession) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Closes every connection. */
  close(): Promise<void>;
}
