/** The Dropbox recipe's identity, recorded as sync.json `createdBy` and SKILL.md `created_by`. */
export const dropboxCreatedBy = 'catalog:dropbox@1';
