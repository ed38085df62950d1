import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseMarkdown } from '../appdata/frontmatter.js';
import { isGitFolderName } from './files.js';
import { openNoFollow } from './line-windows.js';

/** A skill as list_skills shows it. */
export interface SkillSummary {
  name: string;
  description: string;
  /** Store-relative path of the SKILL.md. */
  path: string;
  metadata: Record<string, unknown>;
  /** Why the frontmatter could not be read, when it could not. */
  problem?: string;
}

/**
 * Lists `skills/<slug>/SKILL.md` with their frontmatter (Agent Skills format). Like every read face it follows no
 * symbolic link: a `skills` folder, skill folder or SKILL.md that is a link is skipped.
 */
export async function listSkills(root: string): Promise<SkillSummary[]> {
  const folder = await lstat(join(root, 'skills')).catch(() => null);
  if (!folder?.isDirectory()) return [];
  const entries = await readdir(join(root, 'skills'), { withFileTypes: true }).catch(() => []);
  const skills: SkillSummary[] = [];
  for (const entry of entries
    .filter((candidate) => candidate.isDirectory() && !isGitFolderName(candidate.name))
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const path = `skills/${entry.name}/SKILL.md`;
    const text = await readRegularFile(join(root, path));
    if (text === null) continue;
    skills.push(summarize(entry.name, path, text));
  }
  return skills;
}

/** The text of a regular file, or null when it is missing, a link, or anything but a regular file. */
async function readRegularFile(path: string): Promise<string | null> {
  const handle = await openNoFollow(path).catch(() => null);
  if (!handle) return null;
  try {
    return (await handle.stat()).isFile() ? await handle.readFile('utf8') : null;
  } finally {
    await handle.close();
  }
}

function summarize(slug: string, path: string, text: string): SkillSummary {
  let document: ReturnType<typeof parseMarkdown>;
  try {
    document = parseMarkdown(text, path);
  } catch (error) {
    return {
      name: slug,
      description: '',
      path,
      metadata: {},
      problem: `invalid frontmatter: ${(error as Error).message}`,
    };
  }
  if (document.frontmatterSource === null)
    return { name: slug, description: '', path, metadata: {}, problem: 'no frontmatter' };
  const data = document.frontmatter;
  return {
    name: typeof data.name === 'string' ? data.name : slug,
    description: typeof data.description === 'string' ? data.description : '',
    path,
    metadata:
      data.metadata && typeof data.metadata === 'object' && !Array.isArray(data.metadata)
        ? (data.metadata as Record<string, unknown>)
        : {},
  };
}
