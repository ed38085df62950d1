import { stringify } from 'yaml';
import type { SkillInput } from '../types.js';

/** SKILL.md for a Dropbox sync: Agent Skills frontmatter plus how to answer questions from the mirror. */
export function dropboxSkill(input: SkillInput): string {
  const prefix = `mirrors/${input.slug}/`;
  const description =
    `Structure of the user's Dropbox (account ${input.accountId}): every file and folder with path, size, ` +
    `revision and modification time, kept in step by webhooks and hourly polls. Use it to find where a file ` +
    `is, list a folder, see what changed lately, or size a folder, without calling Dropbox; file contents ` +
    `are not mirrored and are fetched on demand.`;
  const frontmatter = stringify({
    name: input.slug,
    description,
    metadata: {
      app: 'dropbox',
      account_id: input.accountId,
      flavor: 'sync-engine',
      mirror_prefix: prefix,
      created_by: input.createdBy,
      updated_at: input.updatedAt,
    },
  });
  return `---
${frontmatter}---

# Dropbox (${input.slug})

The mirror under \`${prefix}\` is a structural index of the whole Dropbox, not its content.

## Layout
- \`${prefix}index.json\` — small: \`files\`, \`folders\`, \`totalBytes\`, \`topFolderCount\`, \`topFolders\` (files and bytes of
  the 100 largest top-level folders, keyed by lower-case path; \`/\` is the root's own files), \`lastChangeAt\`, and the layout.
- \`${prefix}folders/*.ndjson\` — files and bytes of EVERY top-level folder, one per line:
  \`{"folder":"/docs","path":"/Docs","files":120,"bytes":5400000}\`.
- \`${prefix}files/**/*.ndjson\` — one JSON record per line for every file and folder, sorted by \`lower\`:
  \`{"path":"/Docs/Report.pdf","name":"Report.pdf","tag":"file","id":"id:…","size":1234,"rev":"…","modified":"2024-…Z","lower":"/docs/report.pdf"}\`
  (folders have \`"tag":"folder"\` and no size). The direct children of one folder sit together in one file (or a few for
  a very large folder), placed by a hash of the folder's path, so search with grep over the prefix rather than guessing
  a file. Every file stays under 64 KiB.
- \`${prefix}recent.ndjson\` — the last 300 changes, newest last: \`{"at","op":"added|modified|renamed|deleted","tag","path","size"}\`.
- \`${prefix}staging/\` exists only while a backfill or full resync runs (the listed pages); ignore it (the files above stay complete meanwhile).

## How to answer
- **Where is X?** \`grep_file\` with \`prefix: "${prefix}files/"\`, pattern \`"name":"[^"]*X\` and flag \`i\`
  (or match \`"lower":"…x…"\`). The \`path\` field is the Dropbox path.
- **What is in folder Y?** grep \`"lower":"/y/[^/"]*"\` over \`${prefix}files/\` (lower-case the folder path);
  drop the \`[^/"]*"\` limit to include every level below.
- **What changed lately?** \`read_file ${prefix}recent.ndjson\` (newest at the bottom; use offset near the end).
- **How big is folder Y?** For a top-level folder read \`topFolders\` in \`${prefix}index.json\`, or if it is not among
  the largest, grep \`"folder":"/y"\` over \`${prefix}folders/\`. For a deeper one, grep \`"lower":"/y/\` over
  \`${prefix}files/\` and add up \`size\` of the \`"tag":"file"\` matches (raise max_matches).
- **Totals** (how many files, how much space): \`${prefix}index.json\`.

## Content on demand
Bodies are never mirrored. To read a file, download it with \`call_api\` (the main agent's tool from
\`createMirrorTools({ store, api: true })\` or \`syncagent mcp --api\`): one request through the gateway with this
account, to the hosts in sync.json:
\`\`\`json
{ "slug": "${input.slug}", "method": "POST", "url": "https://content.dropboxapi.com/2/files/download",
  "headers": { "Dropbox-API-Arg": "{\\"path\\":\\"/Docs/Report.txt\\"}" } }
\`\`\`
The answer's \`text\` is the file (capped at 64 KiB; binary files are not useful this way). From a script, the same
request runs as \`syncagent exec ${input.slug} --file fetch.js\` with \`ctx.http.request({ method, url, headers })\`.
Other calls (search, metadata, sharing links) go the same way to \`https://api.dropboxapi.com/2/...\` with a JSON body.
The mirror is current as of \`lastChangeAt\` in index.json; changes arrive by webhook within seconds and by poll hourly.
`;
}
