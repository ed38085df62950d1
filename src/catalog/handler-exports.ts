import type { HandlerModule } from '../contract/index.js';

/** The exports a handler may have (DESIGN section 3), in the order the contract lists them. */
export const handlerExportNames = [
  'backfill',
  'onWebhook',
  'pollOnce',
  'renewWebhook',
  'registerWebhook',
  'unregisterWebhook',
] as const satisfies ReadonlyArray<keyof HandlerModule>;

/** One export a handler may have. */
export type HandlerExportName = (typeof handlerExportNames)[number];

// The list above names every export of the contract's HandlerModule: a new export there fails this line.
const everyExportListed: Record<Exclude<keyof HandlerModule, HandlerExportName>, never> = {};
void everyExportListed;
