import type { CDPSession, Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

/**
 * The Gmail notice and the password hint live in closed shadow roots, so Gmail's page cannot read
 * the saved address or press Undo. The tests read them from outside the page, the way DevTools does:
 * Chromium through the DevTools protocol, Firefox through WebDriver BiDi. Nothing here is in the
 * extension: the build the tests load is the one users get.
 */

/** Our two hosts in Gmail's page, each with its closed shadow root. */
export interface NoticeRoots {
  notice: ShadowRoot | null;
  hint: ShadowRoot | null;
}

/**
 * Runs `read` in the page with the closed roots handed in. `read` is sent as source text, so it may
 * use only its arguments and the page's globals; it takes and returns plain JSON values.
 */
export type ReadRoots = <Result, Argument = null>(
  read: (roots: NoticeRoots, argument: Argument) => Result,
  argument?: Argument,
) => Promise<Awaited<Result>>;

const hostNames = ['icloud-mail-notice', 'icloud-mail-password-hint'] as const;

/**
 * The source of a page function that receives the two roots and the argument as JSON text. Not async
 * unless `read` is: a page stopped in the debugger runs no promise callbacks until it goes on.
 */
const calling = (read: (...args: never[]) => unknown) => `function (notice, hint, argument) {
  const json = (value) => JSON.stringify(value ?? null);
  const result = (${read})({ notice, hint }, JSON.parse(argument));
  return result instanceof Promise ? result.then(json) : json(result);
}`;

// ——— Chromium: the DevTools protocol's DOM domain sees closed shadow roots (`pierce`) ———

interface CdpNode {
  backendNodeId: number;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findHost(node: CdpNode, name: string): CdpNode | undefined {
  if (node.localName === name) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findHost(child, name);
    if (found) return found;
  }
  return undefined;
}

/**
 * `stoppedIn`: a DevTools session that has the page stopped in its debugger. Reads go through it and
 * do not wait on promises, which a stopped page never settles.
 */
export function chromiumRoots(tab: PlaywrightPage, stoppedIn?: CDPSession): ReadRoots {
  return async (read, argument) => {
    const cdp = stoppedIn ?? (await tab.context().newCDPSession(tab));
    try {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
      const objectOf = async (backendNodeId: number) =>
        ((await cdp.send('DOM.resolveNode', { backendNodeId })) as { object: { objectId: string } }).object.objectId;
      const roots = await Promise.all(
        hostNames.map(async (name) => {
          const shadow = findHost(root, name)?.shadowRoots?.[0];
          return shadow ? { objectId: await objectOf(shadow.backendNodeId) } : { value: null };
        }),
      );
      const { result, exceptionDetails } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: await objectOf(root.backendNodeId),
        functionDeclaration: calling(read),
        arguments: [...roots, { value: JSON.stringify(argument ?? null) }],
        returnByValue: true,
        awaitPromise: !stoppedIn,
      })) as { result: { value: string }; exceptionDetails?: { text: string; exception?: { description?: string } } };
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return JSON.parse(result.value);
    } finally {
      if (!stoppedIn) await cdp.detach();
    }
  };
}

// ——— Firefox: WebDriver BiDi serialises closed shadow roots when asked (`includeShadowTree: 'all'`) ———

type BidiValue = { type: string; value?: unknown; sharedId?: string };
type BidiResult = { type: 'success'; result: BidiValue } | { type: 'exception'; exceptionDetails: { text: string } };
interface BidiContext {
  id: string;
  userContext: { browser: { session: { send(method: string, params: object): Promise<{ result: BidiResult }> } } };
}

export function firefoxRoots(tab: PuppeteerPage): ReadRoots {
  return async (read, argument) => {
    // Puppeteer's Firefox frame keeps its WebDriver BiDi browsing context public; the session sends raw commands.
    const context = (tab.mainFrame() as unknown as { browsingContext: BidiContext }).browsingContext;
    const { session } = context.userContext.browser;
    const call = async (params: object): Promise<BidiValue> => {
      const { result } = await session.send('script.callFunction', {
        target: { context: context.id },
        awaitPromise: true,
        resultOwnership: 'none',
        ...params,
      });
      if (result.type === 'exception') throw new Error(result.exceptionDetails.text);
      return result.result;
    };
    const hosts = await call({
      functionDeclaration: `() => ${JSON.stringify(hostNames)}.map((name) => document.querySelector(name))`,
      serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
    });
    const roots = (hosts.value as BidiValue[]).map((host) => {
      const shadow = (host.value as { shadowRoot?: BidiValue | null } | undefined)?.shadowRoot;
      return shadow?.sharedId ? { sharedId: shadow.sharedId } : { type: 'null' };
    });
    const answer = await call({
      functionDeclaration: calling(read),
      arguments: [...roots, { type: 'string', value: JSON.stringify(argument ?? null) }],
    });
    return JSON.parse(String(answer.value));
  };
}

// ——— What the tests read and do, the same in both browsers ———

/** The notice's line (its live region): what a screen reader announces. */
export const noticeLine = (read: ReadRoots) =>
  read(({ notice }) => notice?.querySelector('[role=status]')?.textContent ?? '');

/** Everything the notice says, folded details included. */
export const noticeText = (read: ReadRoots) => read(({ notice }) => notice?.textContent ?? '');

/** The lines behind "What changed". */
export const noticeDetails = (read: ReadRoots) =>
  read(({ notice }) => [...(notice?.querySelectorAll('.details li') ?? [])].map((item) => item.textContent ?? ''));

/** What the hint beside the password field says. */
export const hintText = (read: ReadRoots) => read(({ hint }) => hint?.textContent ?? '');

/** The hint's live line that says whether what was typed is shaped like an app-specific password. */
export const hintShapeLine = (read: ReadRoots) =>
  read(({ hint }) => hint?.querySelector('[role=status]')?.textContent ?? '');

/** The notice's buttons and links as a person finds them: by their words or accessible name. */
export const noticeControls = (read: ReadRoots) =>
  read(({ notice }) =>
    [...(notice?.querySelectorAll('button, a') ?? [])].map((control) => ({
      tag: control.localName,
      name: control.getAttribute('aria-label') ?? control.textContent ?? '',
      href: control.getAttribute('href'),
      expanded: control.getAttribute('aria-expanded'),
    })),
  );

/** Where on screen the notice's control with that name is, scrolled into view; undefined when there is none. */
const centreOf = (read: ReadRoots, name: string) =>
  read(({ notice, hint }, wanted) => {
    const controls = [notice, hint].flatMap((root) => [...(root?.querySelectorAll('button, a') ?? [])]);
    const control = controls.find((each) => (each.getAttribute('aria-label') ?? each.textContent) === wanted);
    if (!control) return undefined;
    control.scrollIntoView({ block: 'nearest' });
    const box = control.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }, name);

interface Mouse {
  click(x: number, y: number): Promise<void>;
}

/** Clicks the control as a person does, with the browser's own (trusted) mouse events. */
export async function pressInNotice(read: ReadRoots, mouse: Mouse, name: string): Promise<void> {
  const centre = await centreOf(read, name);
  if (!centre) throw new Error(`The notice has no control named “${name}”.`);
  await mouse.click(centre.x, centre.y);
}

/** Moves the keyboard focus to the control, the way Tab would; the keys that follow are the browser's. */
export async function focusInNotice(read: ReadRoots, name: string): Promise<void> {
  const focused = await read(({ notice }, wanted) => {
    const controls = [...(notice?.querySelectorAll<HTMLElement>('button, a') ?? [])];
    const control = controls.find((each) => (each.getAttribute('aria-label') ?? each.textContent) === wanted);
    control?.focus();
    return control !== undefined && notice?.activeElement === control;
  }, name);
  if (!focused) throw new Error(`Could not focus the notice's “${name}”.`);
}

/** The notice's box in the page, for the tests that check it leaves Gmail's window usable. */
export const noticeBox = (read: ReadRoots) =>
  read(({ notice }) => {
    const box = (notice?.host as HTMLElement | undefined)?.getBoundingClientRect();
    return box && { top: box.top, bottom: box.bottom, height: box.height, width: box.width };
  });

/**
 * In the page (run it with the tab's evaluate): records the old value at each change of the password
 * field's `pattern` attribute into `window.patternChanges`, so a test sees the browser was asked
 * (our pattern put on, then taken off) without anything of ours telling it.
 */
export function recordPatternChanges(): void {
  const seen: (string | null)[] = [];
  (window as unknown as { patternChanges: (string | null)[] }).patternChanges = seen;
  const field = document.querySelector('input[type=password]');
  if (field)
    new MutationObserver((records) => {
      for (const record of records) seen.push(record.oldValue);
    }).observe(field, { attributes: true, attributeFilter: ['pattern'], attributeOldValue: true });
}

/** What recordPatternChanges saw, once the page has delivered its records. */
export const patternChangesSeen = () => (window as unknown as { patternChanges?: (string | null)[] }).patternChanges;
