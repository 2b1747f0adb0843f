import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFields } from '@/lib/autofill/collect/collect';
import { mayHaveFields } from '@/lib/autofill/may-have-fields';
import { loadFixture } from './fixture-page';

/**
 * The look before the pipeline may say "no" only where collecting finds nothing: checked against
 * collect itself on every fixture page and on the kinds of field it records, shadow roots included.
 */

const fixtures = path.resolve(__dirname, '../../../fixtures/forms');
const pages = readdirSync(fixtures).filter((file) => file.endsWith('.html'));

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

/** A custom element with an open shadow root holding `inner`, nested `depth` times. */
function inShadow(inner: string, depth = 1): Document {
  document.body.innerHTML = '<p>Settings</p>';
  let parent: Element | ShadowRoot = document.body;
  for (let level = 0; level < depth; level++) {
    const host = document.createElement(`settings-panel-${level}`);
    parent.append(host);
    parent = host.attachShadow({ mode: 'open' });
  }
  (parent as ShadowRoot).innerHTML = inner;
  return document;
}

const fieldKinds = [
  '<label>Server <input name="host"></label>',
  '<input type="email" name="mail">',
  '<input type="password" name="secret">',
  '<input type="number" name="port">',
  '<label><input type="checkbox" name="tls"> Use SSL</label>',
  '<label><input type="radio" name="security" value="ssl"> SSL</label>',
  '<select name="security"><option>SSL</option><option>None</option></select>',
  '<label>Outgoing server <textarea name="smtp_host"></textarea></label>',
  '<div role="radio" aria-checked="false">SSL/TLS</div>',
  '<md-radio-button aria-checked="true">STARTTLS</md-radio-button>',
];

describe('says no', () => {
  it('on a page of text, links and images', () => {
    expect(mayHaveFields(page('<article><h1>News</h1><p>Text <a href="/x">link</a> <img alt="">.</p></article>'))).toBe(
      false,
    );
  });

  it('on a page whose shadow roots hold no field either', () => {
    expect(mayHaveFields(inShadow('<p>Only text here</p>', 2))).toBe(false);
  });
});

describe('says yes', () => {
  it.each(fieldKinds)('for %s, which collect records', (html) => {
    expect(collectFields(page(`<form>${html}</form>`)).length).toBeGreaterThan(0);
    expect(mayHaveFields(page(html))).toBe(true);
  });

  it.each(fieldKinds)('for %s two shadow roots deep', (html) => {
    expect(collectFields(inShadow(html, 2)).length).toBeGreaterThan(0);
    expect(mayHaveFields(inShadow(html, 2))).toBe(true);
  });
});

describe('never says no where collect finds fields', () => {
  it('finds the fixture pages', () => expect(pages.length).toBeGreaterThan(20));

  it.each(pages)('%s', (file) => {
    loadFixture(readFileSync(path.join(fixtures, file), 'utf8'));
    if (collectFields(document).length > 0) expect(mayHaveFields(document)).toBe(true);
  });
});
