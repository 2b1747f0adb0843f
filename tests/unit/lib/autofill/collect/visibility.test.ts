import { describe, expect, it } from 'vitest';
import { TabTitles } from '@/lib/autofill/collect/context';
import { LabelIndex } from '@/lib/autofill/collect/labels';
import { VisibilityReader } from '@/lib/autofill/collect/visibility';

/** What happy-dom can show without layout; the layout checks are pinned in real Chromium (tests/e2e). */

function visibilityOf(html: string, selector = 'input') {
  document.body.innerHTML = html;
  const reader = new VisibilityReader(document, new LabelIndex(), new TabTitles());
  return reader.of(document.querySelector(selector) as Element);
}

describe('VisibilityReader', () => {
  it('a plain field is visible', () => {
    expect(visibilityOf('<input>')).toBe('visible');
  });

  it('display:none and visibility:hidden hide a field', () => {
    expect(visibilityOf('<div style="display:none"><input></div>')).toBe('hidden');
    expect(visibilityOf('<input style="visibility:hidden">')).toBe('hidden');
  });

  it('a field in a tab panel that is not shown yet is a hidden panel, unless its own style hides it', () => {
    expect(visibilityOf('<div role="tabpanel" style="display:none"><input></div>')).toBe('hidden-panel');
    expect(visibilityOf('<div role="tabpanel" style="display:none"><input style="display:none"></div>')).toBe('hidden');
  });

  it('a styled radio hidden behind a visible label counts through its label', () => {
    document.body.innerHTML = '<input type="radio" id="r" style="display:none"><label for="r">SSL</label>';
    const reader = new VisibilityReader(document, new LabelIndex(), new TabTitles());
    expect(reader.hasVisibleLabel(document.getElementById('r') as HTMLElement)).toBe(true);
  });
});
