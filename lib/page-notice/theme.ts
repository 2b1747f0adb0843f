export type NoticeTheme = 'light' | 'dark';

function channels(colour: string): [number, number, number] | undefined {
  const [red, green, blue, alpha] = colour.match(/[\d.]+/g)?.map(Number) ?? [];
  if (red === undefined || green === undefined || blue === undefined) return undefined;
  // A transparent background shows whatever is behind it: it says nothing about the theme.
  return alpha === 0 ? undefined : [red, green, blue];
}

/**
 * The page's own theme, not the system's: a light page in a dark-mode system gets a light notice.
 * Read from the background the page paints (body, else the root), then from its color-scheme.
 */
export function pageTheme(doc: Document = document): NoticeTheme {
  const view = doc.defaultView;
  if (!view) return 'light';
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const rgb = channels(view.getComputedStyle(element).backgroundColor);
    // Relative luminance, roughly: below the middle grey is a dark page.
    if (rgb) return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2] < 128 ? 'dark' : 'light';
  }
  const scheme = view.getComputedStyle(doc.documentElement).colorScheme;
  return scheme.includes('dark') && !scheme.includes('light') ? 'dark' : 'light';
}
