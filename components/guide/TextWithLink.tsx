// A character no translation contains: marks where the link goes in a message with one $1.
const linkMark = '\u2063';

/** A translated sentence with a link in place of its $1, e.g. "Sign in at <a>account.apple.com</a>." */
export function TextWithLink({ message, href }: { message: (mark: string) => string; href: string }) {
  const [before, after] = message(linkMark).split(linkMark);
  return (
    <>
      {before}
      <a href={href} target="_blank" rel="noreferrer">
        {new URL(href).host + new URL(href).pathname.replace(/\/$/, '')}
      </a>
      {after}
    </>
  );
}
