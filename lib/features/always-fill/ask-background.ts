import { browser } from 'wxt/browser';

/**
 * How the script on an opted-in site asks the background; no answer (the background restarting,
 * the extension updated) is undefined. No zod here (kept small): the requests are held to their
 * declarations by their types at each call.
 */
export const askBackground = <Request extends { type: string }>(request: Request): Promise<unknown> =>
  browser.runtime.sendMessage(request).catch(() => undefined);
