import { drawAction, drawButton, type PageNoticeAction } from './action';
import { mountIsolated } from './isolated';
import styles from './style.css?inline';
import { type NoticeTheme, pageTheme } from './theme';
import { onTrusted } from './trusted';

export type { PageNoticeAction, PageNoticeButton, PageNoticeLink } from './action';

/**
 * A compact notice at the top of a page, for whatever filled the page's form: one line ("Filled 4
 * fields for alex@icloud.com · What changed · Undo"), the details folded behind a disclosure, short
 * notes below it. Plain DOM in a closed shadow root; only a person's own clicks and keys act on it.
 */

export interface PageNoticeContent {
  /** Who is speaking, e.g. the extension's name: shown first, and the notice's accessible name. */
  label: string;
  /** The one line, e.g. "Filled 4 fields for alex@icloud.com". */
  summary: string;
  /** Behind "What changed": one line each. None, no disclosure. */
  details?: readonly string[];
  /** Always shown under the line, each with its own links, e.g. that a service is ending. */
  notes?: readonly { text: string; actions?: readonly PageNoticeAction[] }[];
  /** On the line, after Undo. */
  actions?: readonly PageNoticeAction[];
  words: { details: string; undo: string; dismiss: string };
}

export interface PageNoticeOptions {
  /** Puts the page back and returns the line that says how it went. Without it there is no Undo. */
  undo?: () => Promise<string>;
  /** Called once, when the notice goes (its button, Escape, or `dismiss()`). */
  onDismiss?: () => void;
  /** The page's own fields (e.g. the ones filled, a password field) from which Escape dismisses it too. */
  escapeFrom?: readonly Element[];
  /** Where the focus goes when the notice had it and goes; else back where it was before the notice. */
  focusAfter?: () => HTMLElement | undefined;
  /** Puts the notice's host element into the page; first in the body unless given. */
  place?: (host: HTMLElement) => void;
  /** The page's own theme unless given. */
  theme?: NoticeTheme;
}

export interface PageNotice {
  /** Replaces the line's words, read out by screen readers. */
  say: (line: string) => void;
  dismiss: () => void;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.className = className;
  created.textContent = text;
  return created;
}

let noticeCount = 0;

export function showPageNotice(content: PageNoticeContent, options: PageNoticeOptions = {}): PageNotice {
  const notice = element('section', `notice ${options.theme ?? pageTheme()}`);
  notice.setAttribute('aria-label', content.label);
  const line = element('div', 'line');
  const status = element('p', 'summary');
  status.setAttribute('role', 'status');
  const say = (words: string) => status.replaceChildren(element('strong', '', content.label), ` ${words}`);
  // Screen readers announce a change to a live region they already know, not one that arrives filled:
  // the region goes into the page empty, and gets its words after a frame has been drawn with it.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (!status.hasChildNodes()) say(content.summary);
    }),
  );
  line.append(status);

  let details: HTMLUListElement | undefined;
  let disclosure: HTMLButtonElement | undefined;
  if (content.details?.length) {
    const list = element('ul', 'details');
    list.id = `details-${++noticeCount}`;
    list.hidden = true;
    for (const detail of content.details) list.append(element('li', '', detail));
    const toggle = drawButton('link', content.words.details, () => {
      list.hidden = !list.hidden;
      toggle.setAttribute('aria-expanded', String(!list.hidden));
    });
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', list.id);
    details = list;
    disclosure = toggle;
    line.append(toggle);
  }

  let cameFrom = document.activeElement;
  let gone = false;
  const stopListening: (() => void)[] = [];
  const dismiss = () => {
    if (gone) return;
    gone = true;
    const hadFocus = mounted.shadow.activeElement !== null;
    for (const stop of stopListening) stop();
    mounted.remove();
    options.onDismiss?.();
    const focusAfter = options.focusAfter?.() ?? cameFrom;
    if (hadFocus && focusAfter instanceof HTMLElement && focusAfter.isConnected) focusAfter.focus();
  };

  const close = drawButton('close', '×', dismiss);
  close.setAttribute('aria-label', content.words.dismiss);
  close.title = content.words.dismiss;
  const { undo } = options;
  if (undo) {
    const undoButton = drawButton('link', content.words.undo, async () => {
      undoButton.remove();
      disclosure?.remove();
      details?.remove();
      close.focus();
      say(await undo());
    });
    line.append(undoButton);
  }
  for (const action of content.actions ?? []) line.append(drawAction(action));
  line.append(close);
  notice.append(line);
  if (details) notice.append(details);
  for (const note of content.notes ?? []) {
    const paragraph = element('p', 'note', note.text);
    for (const action of note.actions ?? []) paragraph.append(' ', drawAction(action));
    notice.append(paragraph);
  }

  notice.addEventListener('focusin', ({ relatedTarget }) => {
    if (relatedTarget instanceof HTMLElement && !notice.contains(relatedTarget)) cameFrom = relatedTarget;
  });
  const onEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') dismiss();
  };
  stopListening.push(onTrusted(notice, 'keydown', onEscape));
  for (const field of options.escapeFrom ?? [])
    if (field instanceof HTMLElement) stopListening.push(onTrusted(field, 'keydown', onEscape));

  const mounted = mountIsolated(
    'icloud-mail-notice',
    styles,
    notice,
    options.place ?? ((host) => document.body.prepend(host)),
  );
  return { say, dismiss };
}
