import { DatabaseError } from '../errors.js';
import type { Database, Queryable } from './database.js';

/** One versioned schema change. Applied migrations are never edited: add a new one instead. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, oldest first. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'users-and-contexts',
    sql: `
      create table users (
        id text primary key,
        email text not null unique,
        name text not null default '',
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create table contexts (
        id text primary key,
        user_id text not null references users (id),
        name text not null,
        data jsonb not null default '{}'::jsonb,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (user_id, name)
      );`,
  },
  {
    version: 2,
    name: 'skills-and-content',
    sql: `
      create table skills (
        slug text primary key
          check (length(slug) <= 64 and slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text not null check (name = slug),
        description text not null check (length(description) <= 1024),
        attributes jsonb not null default '{}'::jsonb check (jsonb_typeof(attributes) = 'object'),
        frontmatter_source text,
        body text not null default '',
        updated_at timestamptz not null default now()
      );
      comment on column skills.attributes is 'SKILL.md frontmatter keys other than name and description';
      comment on column skills.frontmatter_source is
        'the frontmatter block as read from disk; exported verbatim while it still matches the columns';
      create table content (
        path text primary key
          check (path ~ '^([^/.][^/]*/)*[^/.][^/]*[.]md$' and strpos(path, chr(92)) = 0),
        frontmatter jsonb not null default '{}'::jsonb check (jsonb_typeof(frontmatter) = 'object'),
        frontmatter_source text,
        body text not null default '',
        updated_at timestamptz not null default now()
      );
      comment on column content.path is 'relative to content/, e.g. blog/hello.md';`,
  },
];

/** The schema version this build of syncagent expects. */
export const latestVersion = migrations[migrations.length - 1]?.version ?? 0;

/** What `db migrate` did to one database. */
export interface MigrateResult {
  database: string;
  fromVersion: number;
  toVersion: number;
  applied: { version: number; name: string }[];
}

// Serialises concurrent `db migrate` runs on the same database.
const migrationLockKey = 7_305_411_042;

/** Applies the pending migrations in one transaction; running it again applies nothing. A dry run lists them. */
export async function migrate(database: Database, options: { dryRun?: boolean } = {}): Promise<MigrateResult> {
  return database.transaction(
    async (session) => {
      await session.query('select pg_advisory_xact_lock($1)', [migrationLockKey]);
      await session.query(
        `create table if not exists syncagent_migrations (
         version integer primary key,
         name text not null,
         applied_at timestamptz not null default now()
       )`,
      );
      const applied = await readApplied(session, database.label);
      const fromVersion = applied.reduce((max, row) => Math.max(max, row.version), 0);
      const pending = migrations.filter((migration) => !applied.some((row) => row.version === migration.version));
      for (const migration of pending) {
        await session.query(migration.sql);
        await session.query('insert into syncagent_migrations (version, name) values ($1, $2)', [
          migration.version,
          migration.name,
        ]);
      }
      return {
        database: database.label,
        fromVersion,
        toVersion: latestVersion,
        applied: pending.map(({ version, name }) => ({ version, name })),
      };
    },
    { rollback: options.dryRun ?? false },
  );
}

/** The schema version of a database (0 when syncagent never migrated it). */
export async function schemaVersion(database: Queryable): Promise<number> {
  const exists = await database.query<{ present: boolean }>(
    `select to_regclass('syncagent_migrations') is not null as present`,
  );
  if (!exists.rows[0]?.present) return 0;
  const { rows } = await database.query<{ version: number }>(
    'select coalesce(max(version), 0) as version from syncagent_migrations',
  );
  return Number(rows[0]?.version ?? 0);
}

/** Fails with a hint unless the database is at exactly the schema version this build expects. */
export async function requireCurrentSchema(database: Queryable & { label: string }, hint: string): Promise<void> {
  const version = await schemaVersion(database);
  if (version === latestVersion) return;
  if (version > latestVersion) {
    throw new DatabaseError(
      `${database.label} is at schema version ${version}, newer than this syncagent knows (${latestVersion}): upgrade syncagent`,
      { data: { database: database.label, version, expected: latestVersion } },
    );
  }
  throw new DatabaseError(
    `${database.label} is at schema version ${version}, expected ${latestVersion}: run \`${hint}\``,
    { data: { database: database.label, version, expected: latestVersion } },
  );
}

async function readApplied(session: Queryable, label: string): Promise<{ version: number; name: string }[]> {
  const { rows } = await session.query<{ version: number; name: string }>(
    'select version, name from syncagent_migrations order by version',
  );
  for (const row of rows) {
    const known = migrations.find((migration) => migration.version === row.version);
    if (!known) {
      throw new DatabaseError(
        `${label} has schema version ${row.version} (${row.name}), which this syncagent does not know: upgrade syncagent`,
        { data: { database: label, version: row.version } },
      );
    }
    if (known.name !== row.name) {
      throw new DatabaseError(
        `${label}: migration ${row.version} was applied as "${row.name}" but this syncagent calls it "${known.name}"`,
        { data: { database: label, version: row.version } },
      );
    }
  }
  return rows;
}
