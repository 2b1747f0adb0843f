import type { NoticeActions as BridgeActions } from '@/lib/features/gmail/notice-bridge';
import type { GuideSection, NoticeContent, NoticeLink } from '@/lib/features/gmail/notice-text';

/** Draws the notice and the password hint with plain DOM inside their shadow roots: no UI library in Gmail. */

export interface NoticeActions extends BridgeActions {
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

function list(className: string, items: string[]): HTMLUListElement {
  const drawn = element('ul', className);
  for (const item of items) drawn.append(element('li', '', item));
  return drawn;
}

function drawLinks(links: NoticeLink[], openGuide: (section: GuideSection) => void): HTMLParagraphElement {
  const paragraph = element('p', 'links');
  for (const link of links) {
    if ('href' in link) {
      const anchor = element('a', '', link.text);
      anchor.href = link.href;
      anchor.target = '_blank';
      anchor.rel = 'noopener noreferrer';
      paragraph.append(anchor);
    } else {
      // The guide is an extension page a web page may not open itself; the background opens it.
      const button = element('button', 'link', link.text);
      button.type = 'button';
      button.addEventListener('click', () => openGuide(link.guide));
      paragraph.append(button);
    }
  }
  return paragraph;
}

/**
 * The notice: its words in a live region, then links and buttons. Dismissing it (button or Escape)
 * puts the focus in Gmail's password field, else back where it was before the notice.
 */
export function drawNotice(content: NoticeContent, actions: NoticeActions, password?: HTMLInputElement): HTMLElement {
  const notice = element('section', 'notice');
  notice.setAttribute('aria-label', content.label);
  const status = element('div', '');
  status.setAttribute('role', 'status');
  const say = (lines: string[]) =>
    status.replaceChildren(
      element('p', 'heading', content.label),
      list('lines', lines),
      ...(content.causes.length > 0 ? [list('causes', content.causes)] : []),
    );
  // Screen readers announce a change to a live region they already know, not one that arrives filled:
  // the region goes into the page empty, and gets its words after a frame has been drawn with it.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (!status.hasChildNodes()) say(content.lines);
    }),
  );
  notice.append(status);
  if (content.links.length > 0) notice.append(drawLinks(content.links, actions.openGuide));

  let cameFrom = document.activeElement;
  notice.addEventListener('focusin', ({ relatedTarget }) => {
    if (relatedTarget instanceof HTMLElement && !notice.contains(relatedTarget)) cameFrom = relatedTarget;
  });
  const dismiss = () => {
    actions.dismiss();
    const focusAfter = password?.isConnected ? password : cameFrom;
    if (focusAfter instanceof HTMLElement) focusAfter.focus();
  };

  const buttons = element('p', 'actions');
  const dismissButton = element('button', 'secondary', content.buttons.dismiss);
  dismissButton.type = 'button';
  dismissButton.addEventListener('click', dismiss);
  if (content.undoable) {
    const undo = element('button', 'primary', content.buttons.undo);
    undo.type = 'button';
    undo.addEventListener('click', async () => {
      undo.remove();
      dismissButton.focus();
      say([await actions.undo()]);
    });
    buttons.append(undo);
  }
  buttons.append(dismissButton);
  notice.append(buttons);
  notice.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dismiss();
  });
  return notice;
}

export function drawPasswordHint(
  hint: NonNullable<NoticeContent['passwordHint']>,
  openGuide: (section: GuideSection) => void,
): HTMLElement {
  const box = element('div', 'hint');
  box.append(element('p', '', hint.text), drawLinks(hint.links, openGuide));
  return box;
}
