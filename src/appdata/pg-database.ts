import { Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { DatabaseError, InvalidInputError, SyncError } from '../errors.js';
import type { Database, DatabaseSession, QueryResult, TransactionOptions } from './database.js';

/** Options of the `pg` adapter. */
export interface PgDatabaseOptions {
  /** `postgres://user:password@host:port/database?...` */
  url: string;
  /** What to call it in messages: `local database`, `cloud database`. */
  name: string;
  /** The setting the URL came from, named in errors (`DATABASE_URL`). */
  variable: string;
  /** Gives up connecting after this long (default 10 s). */
  connectTimeoutMs?: number;
}

/** Postgres error fields worth keeping (SQLSTATE, table, constraint, detail). */
interface PgErrorFields {
  code?: string;
  table?: string;
  constraint?: string;
  detail?: string;
  message?: string;
}

/** The `pg` implementation of the Database port. */
export function createPgDatabase(options: PgDatabaseOptions): Database {
  return new PgDatabase(options);
}

class PgDatabase implements Database {
  readonly label: string;
  private readonly pool: pg.Pool;
  private readonly secrets: string[];

  constructor(private readonly options: PgDatabaseOptions) {
    const location = describeUrl(options.url, options.variable);
    this.label = `${options.name} ${location.where}`;
    this.secrets = [
      options.url,
      ...(location.password.length >= 3 ? [location.password, encodeURIComponent(location.password)] : []),
    ];
    this.pool = new pg.Pool({
      connectionString: options.url,
      max: 4,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
      idleTimeoutMillis: 5_000,
      application_name: 'syncagent',
    });
    // An idle connection dropped by the server must not crash the process; the next use reports it.
    this.pool.on('error', () => undefined);
  }

  async query<Row>(sql: string, params?: readonly unknown[]): Promise<QueryResult<Row>> {
    const client = await this.connect();
    try {
      return await this.run<Row>(client, sql, params);
    } finally {
      client.release();
    }
  }

  async transaction<T>(body: (session: DatabaseSession) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const client = await this.connect();
    let broken: Error | undefined;
    try {
      const mode = [
        options.isolation ? `isolation level ${options.isolation}` : '',
        options.readOnly ? 'read only' : '',
      ].filter(Boolean);
      await this.run(client, `begin${mode.length ? ` ${mode.join(' ')}` : ''}`);
      try {
        const result = await body(this.session(client));
        await this.run(client, options.rollback ? 'rollback' : 'commit');
        return result;
      } catch (error) {
        await this.run(client, 'rollback').catch((rollbackError: unknown) => {
          // A connection that cannot roll back is discarded rather than reused.
          broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        });
        throw error;
      }
    } catch (error) {
      broken ??= error instanceof Error && !(error instanceof SyncError) ? error : undefined;
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private session(client: pg.PoolClient): DatabaseSession {
    return {
      query: <Row>(sql: string, params?: readonly unknown[]) => this.run<Row>(client, sql, params),
      copyOut: (sql) => this.copyOut(client, sql),
      copyIn: (sql, data) => this.copyIn(client, sql, data),
    };
  }

  private async *copyOut(client: pg.PoolClient, sql: string): AsyncIterable<Uint8Array> {
    const stream = client.query(copyTo(sql));
    let settled = false;
    try {
      for await (const chunk of stream.iterator({ destroyOnReturn: false })) yield chunk as Uint8Array;
      settled = true;
    } catch (error) {
      settled = true;
      throw this.toError(error, sql);
    } finally {
      // The consumer stopped early (the other side failed). A COPY OUT cannot be interrupted from
      // here, and a half-read one stalls the connection (its rollback would wait forever): read the
      // rest and drop it, so the connection finishes the statement and can roll back.
      if (!settled) {
        stream.resume();
        await finished(stream).catch(() => undefined);
      }
    }
  }

  private async copyIn(client: pg.PoolClient, sql: string, data: AsyncIterable<Uint8Array>): Promise<number> {
    const stream = client.query(copyFrom(sql));
    try {
      await pipeline(Readable.from(data, { objectMode: false }), stream);
    } catch (error) {
      // The source side already speaks SyncError (e.g. the other database failed).
      if (SyncError.isInstance(error)) throw error;
      throw this.toError(error, sql);
    }
    return stream.rowCount;
  }

  private async run<Row>(client: pg.PoolClient, sql: string, params?: readonly unknown[]): Promise<QueryResult<Row>> {
    try {
      const result = await client.query(sql, params as unknown[] | undefined);
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
    } catch (error) {
      throw this.toError(error, sql);
    }
  }

  private async connect(): Promise<pg.PoolClient> {
    try {
      return await this.pool.connect();
    } catch (error) {
      const reason =
        error instanceof Error ? error.message || (error as { code?: string }).code || error.name : String(error);
      throw new DatabaseError(
        this.redact(`cannot connect to the ${this.label} (${this.options.variable}): ${reason}`),
        {
          data: { database: this.label, variable: this.options.variable, ...pick(error) },
        },
      );
    }
  }

  private toError(error: unknown, sql: string): SyncError {
    if (SyncError.isInstance(error)) return error;
    const fields = pick(error);
    const reason = error instanceof Error ? error.message : String(error);
    const statement = sql.trim().split(/\s+/).slice(0, 3).join(' ');
    const detail = fields.detail ? ` (${fields.detail})` : '';
    return new DatabaseError(this.redact(`${this.label}: ${reason}${detail}`), {
      data: { database: this.label, statement, ...fields },
    });
  }

  private redact(text: string): string {
    let result = text;
    for (const secret of this.secrets) result = result.split(secret).join('***');
    return result;
  }
}

/** Where a URL points (`host:port/database`) and its password, or a clear error that never echoes it. */
function describeUrl(url: string, variable: string): { where: string; password: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidInputError(`${variable}: not a valid URL (expected postgres://user:password@host:port/database)`, {
      data: { variable },
    });
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new InvalidInputError(`${variable}: expected a postgres:// URL, got ${parsed.protocol}//`, {
      data: { variable },
    });
  }
  const host = parsed.hostname || parsed.searchParams.get('host') || 'localhost';
  const port = parsed.port || parsed.searchParams.get('port') || '5432';
  const database =
    decodeURIComponent(parsed.pathname.replace(/^\//, '')) || decodeURIComponent(parsed.username) || 'postgres';
  return { where: `${host}:${port}/${database}`, password: decodeURIComponent(parsed.password) };
}

function pick(error: unknown): Omit<PgErrorFields, 'code' | 'message'> & { errorCode?: string } {
  if (typeof error !== 'object' || error === null) return {};
  const source = error as PgErrorFields;
  const fields: Omit<PgErrorFields, 'code' | 'message'> & { errorCode?: string } = {};
  // SQLSTATE for server errors, ECONNREFUSED and the like for connection errors.
  if (typeof source.code === 'string') fields.errorCode = source.code;
  if (typeof source.table === 'string') fields.table = source.table;
  if (typeof source.constraint === 'string') fields.constraint = source.constraint;
  if (typeof source.detail === 'string') fields.detail = source.detail;
  return fields;
}
