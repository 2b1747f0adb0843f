import type { ComponentChildren } from 'preact';

/** One part of the guide that the table of contents and a URL hash (#gmail) can jump to. */
export function GuideSection({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
