import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  DatabaseError
} from "./chunk-IMJX6225.js";

// src/appdata/migrations.ts
var migrations = [
  {
    version: 1,
    name: "users-and-contexts",
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
      );`
  },
  {
    version: 2,
    name: "skills-and-content",
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
      comment on column content.path is 'relative to content/, e.g. blog/hello.md';`
  }
];
var latestVersion = migrations[migrations.length - 1]?.version ?? 0;
var migrationLockKey = 7305411042;
async function migrate(database, options = {}) {
  return database.transaction(
    async (session) => {
      await session.query("select pg_advisory_xact_lock($1)", [migrationLockKey]);
      await session.query(
        `create table if not exists syncagent_migrations (
         version integer primary key,
         name text not null,
         applied_at timestamptz not null default now()
       )`
      );
      const applied = await readApplied(session, database.label);
      const fromVersion = applied.reduce((max, row) => Math.max(max, row.version), 0);
      const pending = migrations.filter((migration) => !applied.some((row) => row.version === migration.version));
      for (const migration of pending) {
        await session.query(migration.sql);
        await session.query("insert into syncagent_migrations (version, name) values ($1, $2)", [
          migration.version,
          migration.name
        ]);
      }
      return {
        database: database.label,
        fromVersion,
        toVersion: latestVersion,
        applied: pending.map(({ version, name }) => ({ version, name }))
      };
    },
    { rollback: options.dryRun ?? false }
  );
}
async function schemaVersion(database) {
  const exists = await database.query(
    `select to_regclass('syncagent_migrations') is not null as present`
  );
  if (!exists.rows[0]?.present) return 0;
  const { rows } = await database.query(
    "select coalesce(max(version), 0) as version from syncagent_migrations"
  );
  return Number(rows[0]?.version ?? 0);
}
async function requireCurrentSchema(database, hint) {
  const version = await schemaVersion(database);
  if (version === latestVersion) return;
  if (version > latestVersion) {
    throw new DatabaseError(
      `${database.label} is at schema version ${version}, newer than this syncagent knows (${latestVersion}): upgrade syncagent`,
      { data: { database: database.label, version, expected: latestVersion } }
    );
  }
  throw new DatabaseError(
    `${database.label} is at schema version ${version}, expected ${latestVersion}: run \`${hint}\``,
    { data: { database: database.label, version, expected: latestVersion } }
  );
}
async function readApplied(session, label) {
  const { rows } = await session.query(
    "select version, name from syncagent_migrations order by version"
  );
  for (const row of rows) {
    const known = migrations.find((migration) => migration.version === row.version);
    if (!known) {
      throw new DatabaseError(
        `${label} has schema version ${row.version} (${row.name}), which this syncagent does not know: upgrade syncagent`,
        { data: { database: label, version: row.version } }
      );
    }
    if (known.name !== row.name) {
      throw new DatabaseError(
        `${label}: migration ${row.version} was applied as "${row.name}" but this syncagent calls it "${known.name}"`,
        { data: { database: label, version: row.version } }
      );
    }
  }
  return rows;
}

export {
  migrations,
  latestVersion,
  migrate,
  schemaVersion,
  requireCurrentSchema
};
