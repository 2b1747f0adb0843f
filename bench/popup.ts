// Popup time to first render: from navigation start to the first paint with content, in real Chromium.
import { launchChromium } from '../tests/e2e/harness';
import { median } from './median';

export async function popupFirstRender(runs = 21): Promise<number> {
  const chromium = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      const page = await chromium.context.newPage();
      await page.goto(chromium.extensionUrl('popup.html'));
      await page.locator('#app > *').first().waitFor();
      const ms = await page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? performance.now(),
      );
      if (i > 0) times.push(ms);
      await page.close();
    }
  } finally {
    await chromium.close();
  }
  return median(times);
}
