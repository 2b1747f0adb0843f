import type { NoticeContent, NoticeLink } from '@/lib/gmail-notice';
import type { NoticeActions as BridgeActions, GuideSection } from '@/lib/gmail-notice-bridge';

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

export function drawNotice(content: NoticeContent, actions: NoticeActions): HTMLElement {
  const notice = element('section', 'notice');
  notice.setAttribute('role', 'status');
  notice.setAttribute('aria-label', content.label);
  const lines = list('lines', content.lines);
  notice.append(element('p', 'heading', content.label), lines);
  if (content.causes.length > 0) notice.append(list('causes', content.causes));
  if (content.links.length > 0) notice.append(drawLinks(content.links, actions.openGuide));

  const buttons = element('p', 'actions');
  const dismiss = element('button', 'secondary', content.buttons.dismiss);
  dismiss.type = 'button';
  dismiss.addEventListener('click', actions.dismiss);
  if (content.undoable) {
    const undo = element('button', 'primary', content.buttons.undo);
    undo.type = 'button';
    undo.addEventListener('click', () => {
      lines.replaceWith(list('lines', [actions.undo()]));
      undo.remove();
      dismiss.focus();
    });
    buttons.append(undo);
  }
  buttons.append(dismiss);
  notice.append(buttons);
  notice.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') actions.dismiss();
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
