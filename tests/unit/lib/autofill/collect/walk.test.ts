import { describe, expect, it } from 'vitest';
import { closestAcrossShadow, type PageVisitor, parentAcrossShadow, walkPage } from '@/lib/autofill/collect/walk';

/** The walk: document order, shadow roots in place, skipped subtrees, and a stop. */

function visitAll(root: Element, closed?: (element: Element) => ShadowRoot | null, limit = Infinity) {
  const seen: string[] = [];
  const visitor: PageVisitor = {
    text: (data) => {
      if (data.trim()) seen.push(`"${data.trim()}"`);
    },
    element: (element, name) => {
      expect(name).toBe(element.localName);
      seen.push(name);
      return element.localName === 'input';
    },
    done: () => seen.length >= limit,
  };
  walkPage(root, visitor, closed);
  return seen;
}

describe('walkPage', () => {
  it('visits elements and text in document order, and skips script, style, svg and template content', () => {
    document.body.innerHTML =
      '<p>A <b>B</b></p><script>x</script><style>.y{}</style><svg><text>s</text></svg><template><i>t</i></template><span>C</span>';
    expect(visitAll(document.body)).toEqual(['body', 'p', '"A"', 'b', '"B"', 'span', '"C"']);
  });

  it('steps into an open shadow root where its host stands', () => {
    document.body.innerHTML = '<div id="host"></div><p>after</p>';
    const host = document.getElementById('host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<em>inside</em>';
    expect(visitAll(document.body)).toEqual(['body', 'div', 'em', '"inside"', 'p', '"after"']);
  });

  it('reaches a closed shadow root only through the hook it is given', () => {
    document.body.innerHTML = '<x-closed></x-closed>';
    const host = document.querySelector('x-closed') as HTMLElement;
    const closed = host.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<em>secret</em>';
    expect(visitAll(document.body)).toEqual(['body', 'x-closed']);
    expect(visitAll(document.body, (element) => (element === host ? closed : null))).toContain('em');
  });

  it('does not walk the children of an element the visitor handled', () => {
    document.body.innerHTML = '<input><p>next</p>';
    expect(visitAll(document.body)).toEqual(['body', 'input', 'p', '"next"']);
  });

  it('stops when the visitor says it is done', () => {
    document.body.innerHTML = '<p>1</p><p>2</p><p>3</p>';
    expect(visitAll(document.body, undefined, 3)).toEqual(['body', 'p', '"1"']);
  });
});

describe('shadow-aware parents', () => {
  it('go from a shadow root to its host', () => {
    document.body.innerHTML = '<form><x-field></x-field></form>';
    const host = document.querySelector('x-field') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<input>';
    const input = host.shadowRoot?.querySelector('input') as HTMLInputElement;
    expect(parentAcrossShadow(input)).toBe(host);
    expect(closestAcrossShadow(input, 'form')).toBe(document.querySelector('form'));
  });
});
