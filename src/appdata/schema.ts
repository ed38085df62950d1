import { InvalidInputError } from '../errors.js';

/** The app data tables, in dependency order (a table only references tables before it). */
export const tableNames = ['users', 'skills', 'contexts', 'content'] as const;

/** One of the app data tables. */
export type TableName = (typeof tableNames)[number];

/** What database sync needs to know about a table. */
export interface TableSpec {
  name: TableName;
  /** The primary key column: upserts and prunes are keyed by it. */
  primaryKey: string;
  /** Every column, in the order COPY streams them. */
  columns: readonly string[];
}

/** The tables created by the migrations (keep in step with migrations.ts). */
export const tableSpecs: Record<TableName, TableSpec> = {
  users: { name: 'users', primaryKey: 'id', columns: ['id', 'email', 'name', 'created_at', 'updated_at'] },
  skills: {
    name: 'skills',
    primaryKey: 'slug',
    columns: ['slug', 'name', 'description', 'attributes', 'frontmatter_source', 'body', 'updated_at'],
  },
  contexts: {
    name: 'contexts',
    primaryKey: 'id',
    columns: ['id', 'user_id', 'name', 'data', 'created_at', 'updated_at'],
  },
  content: {
    name: 'content',
    primaryKey: 'path',
    columns: ['path', 'frontmatter', 'frontmatter_source', 'body', 'updated_at'],
  },
};

/** Parses `--tables users,contexts` into tables in dependency order (all tables when undefined). */
export function parseTables(value: string | readonly string[] | undefined, flag = '--tables'): TableName[] {
  if (value === undefined) return [...tableNames];
  const wanted = (typeof value === 'string' ? value.split(',') : [...value]).map((name) => name.trim()).filter(Boolean);
  if (wanted.length === 0) throw new InvalidInputError(`${flag}: name at least one of ${tableNames.join(', ')}`);
  const unknown = wanted.filter((name) => !(tableNames as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new InvalidInputError(`${flag}: unknown table ${unknown.join(', ')} (known: ${tableNames.join(', ')})`, {
      data: { unknown },
    });
  }
  return tableNames.filter((name) => wanted.includes(name));
}
