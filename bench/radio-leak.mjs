// Reproduces, without Lit or our code, the Chromium behaviour behind the scorecard's DOM leak:
// named radios removed from a shadow root stay alive (retained by its radio-group map) unless
// they sit in a <form>. Prints CDP Nodes after GC for each case.  node bench/radio-leak.mjs
import { launchChromium } from './lib/chromium.mjs';
import { startServer } from './server.mjs';
const { server, origin } = await startServer();
const browser = await launchChromium();
for (const [where, form] of [
  ['light', false],
  ['shadow', false],
  ['shadow', true],
  ['shadow', 'persistent'],
]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/bench/pages/radio-leak.html`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const nodes = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'Nodes').value;
  };
  const before = await nodes();
  await page.evaluate(([w, f]) => window.fill(w, f), [where, form]);
  console.log(
    where,
    form === 'persistent' ? 'inside one <form> that stays' : form ? 'each group in a <form>' : 'no form',
    'nodes before',
    before,
    'after adding and removing 1000 radios',
    await nodes(),
  );
  await context.close();
}
await browser.close();
server.close();
