import { launchChromium, startDemoKuule } from '../tests/support/browser.ts';

/** `npm run screenshot`: the README's picture of the demo, taken in Debian's Chromium. */
const demo = await startDemoKuule();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 760 } });
  await page.goto(`${demo.baseUrl}/helsinki?lang=en`);
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('Wrote docs/screenshot.png');
} finally {
  await browser.close();
  await demo.stop();
}
