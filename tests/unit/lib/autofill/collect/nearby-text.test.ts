import { describe, expect, it } from 'vitest';
import { collectFields } from '@/lib/autofill/collect/collect';
import type { CollectedField } from '@/lib/autofill/collect/field';
import { NearbyText } from '@/lib/autofill/collect/nearby-text';

describe('NearbyText', () => {
  it('keeps the last 80 characters of text since the last field, and forgets them at a field', () => {
    const nearby = new NearbyText();
    nearby.text('x'.repeat(100));
    nearby.text('SMTP server');
    expect(nearby.before).toHaveLength(80);
    expect(nearby.before.endsWith(' SMTP server')).toBe(true);
    nearby.field({ textAfter: '' } as CollectedField);
    expect(nearby.before).toBe('');
  });

  it('reads no tooltip the page keeps hidden in its markup: the text after a caption is not the caption', () => {
    const nearby = new NearbyText();
    const tip = document.createElement('span');
    tip.setAttribute('style', 'display: none;');
    const hidden = document.createElement('small');
    hidden.hidden = true;
    nearby.text('SMTP Username', document.createElement('div'));
    nearby.text('Leave blank if you do not require authentication.', tip);
    nearby.text('More help', hidden);
    expect(nearby.before.trim()).toBe('SMTP Username');
  });

  it('still reads the captions of a hidden block: they name the fields a switch will show', () => {
    const nearby = new NearbyText();
    const block = document.createElement('div');
    block.setAttribute('style', 'display:none');
    nearby.text('SMTP host', block);
    expect(nearby.before.trim()).toBe('SMTP host');
  });

  it('gives the text after a field to that field until the next block', () => {
    const nearby = new NearbyText();
    const field = { textAfter: '' } as CollectedField;
    nearby.field(field);
    nearby.enter(document.createElement('span'));
    nearby.text('Use SSL');
    nearby.enter(document.createElement('div'));
    nearby.text('Login');
    expect(field.textAfter).toBe('use ssl');
  });

  it('remembers the last heading: h1–h6, role=heading, a multi-column th, a title-styled div', () => {
    const nearby = new NearbyText();
    const heading = (html: string) => {
      const holder = document.createElement('div');
      holder.innerHTML = html;
      const element = holder.firstElementChild as Element;
      nearby.container(element, element.getAttribute('role'));
      return nearby.heading;
    };
    expect(heading('<h2>Outgoing mail</h2>')).toBe('outgoing mail');
    expect(heading('<div role="heading">IMAP</div>')).toBe('imap');
    expect(heading('<table><tr><th colspan="2">SMTP</th></tr></table>')).toBe('imap');
    expect(heading('<div class="section-title">Relay</div>')).toBe('relay');
    expect(heading('<div class="content">Not a title</div>')).toBe('relay');
  });
});

describe('NearbyText and a box’s own label', () => {
  it('gives the text after a checkbox to the box alone: the next line’s field does not take it', () => {
    const nearby = new NearbyText();
    nearby.field({ kind: 'checkbox', textAfter: '' } as CollectedField);
    nearby.text('SSL');
    nearby.enter(document.createElement('div'));
    nearby.text('Servidor saliente');
    expect(nearby.before.trim()).toBe('Servidor saliente');
  });

  it('keeps the text after a text field, which may be the next field’s caption', () => {
    const nearby = new NearbyText();
    nearby.field({ kind: 'text', textAfter: '' } as CollectedField);
    nearby.text('Port');
    nearby.enter(document.createElement('div'));
    expect(nearby.before.trim()).toBe('Port');
  });
});

describe('the caption of a field under a heading', () => {
  it('is cut after the heading element, not at the heading’s words: “Enable email notifications” under “Email”', () => {
    const nearby = new NearbyText();
    const heading = document.createElement('h2');
    heading.textContent = 'Email';
    nearby.container(heading, null);
    nearby.text('Email', heading);
    nearby.text('Enable email notifications', document.createElement('label'));
    expect(nearby.caption.trim()).toBe('Enable email notifications');
  });

  it('is what the collected field keeps as its text before', () => {
    document.body.innerHTML =
      '<form><h2>Email</h2><div>Enable email notifications</div><input type="checkbox" name="notify"></form>';
    const [field] = collectFields(document);
    expect(field?.textBefore).toBe('enable email notifications');
  });
});
