import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';

/**
 * How every message between the extension's contexts is declared: its type, who may send it, and
 * the schemas of its request and answer. Each feature declares its own messages with
 * `defineMessage` (lib/features/<feature>/messages.ts); both sides use that one declaration: the
 * sender through `send`/`ask`, the receiver through `receive`, which parses at the boundary and
 * answers only the declared sender.
 */

/**
 * 'extension-page': the popup or the guide (our own page, never a content script or a web page);
 * 'content-script': our own content script, on a page the declaration's `from` accepts.
 */
export type SenderKind = 'extension-page' | 'content-script';

export interface MessageDeclaration<Type extends string, Request extends object, Answer> {
  type: Type;
  sender: SenderKind;
  /** For content scripts: the pages they may send it from. */
  from?: (pageUrl: URL) => boolean;
  request: z.ZodMiniType<{ type: Type } & Request>;
  answer: z.ZodMiniType<Answer>;
}

export function defineMessage<Type extends string, Request extends object, Answer>(
  declaration: MessageDeclaration<Type, Request, Answer>,
): MessageDeclaration<Type, Request, Answer> {
  return declaration;
}

/** What a declared message's sender writes: scripts too small for zod use this type to build it. */
export type RequestOf<M> = M extends MessageDeclaration<infer _T, infer _R, infer _A> ? z.infer<M['request']> : never;
export type AnswerOf<M> = M extends MessageDeclaration<infer _T, infer _R, infer A> ? A : never;

type Sender = { id?: string; url?: string; tab?: unknown };

/** Whether a sender is the one the declaration names: checked before anything is parsed or done. */
export function isDeclaredSender(
  declaration: Pick<MessageDeclaration<string, object, unknown>, 'sender' | 'from'>,
  sender: Sender,
): boolean {
  if (sender.id !== browser.runtime.id || !sender.url) return false;
  const ownPage = sender.url.startsWith(browser.runtime.getURL('/'));
  if (declaration.sender === 'extension-page') return ownPage;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  return !ownPage && sender.tab !== undefined && (declaration.from?.(url) ?? false);
}

/** Sends to the background and believes only an answer of the declared shape; undefined otherwise. */
export async function send<Type extends string, Request extends object, Answer>(
  declaration: MessageDeclaration<Type, Request, Answer>,
  request: Omit<Request, 'type'>,
): Promise<Answer | undefined> {
  const answer: unknown = await browser.runtime
    .sendMessage({ ...request, type: declaration.type })
    .catch(() => undefined);
  const parsed = declaration.answer.safeParse(answer);
  return parsed.success ? parsed.data : undefined;
}

/** Asks a tab's content script; its answer comes from a web page's process and is parsed. */
export async function ask<Type extends string, Request extends object, Answer>(
  declaration: MessageDeclaration<Type, Request, Answer>,
  tabId: number,
  request: Omit<Request, 'type'>,
): Promise<Answer | undefined> {
  const answer: unknown = await browser.tabs
    .sendMessage(tabId, { ...request, type: declaration.type })
    .catch(() => undefined);
  const parsed = declaration.answer.safeParse(answer);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The background's side: answers the declared sender only, with a request of the declared shape;
 * every other message gets no answer from this listener.
 */
export function receive<Type extends string, Request extends object, Answer>(
  declaration: MessageDeclaration<Type, Request, Answer>,
  answer: (
    request: { type: Type } & Request,
    sender: Sender & { tab?: { id?: number }; frameId?: number },
  ) => Promise<Answer>,
): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isDeclaredSender(declaration, sender)) return undefined;
    const request = declaration.request.safeParse(message);
    return request.success ? answer(request.data, sender) : undefined;
  });
}
