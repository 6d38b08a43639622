// What the framework-app tests check on a built page, as a user would notice it.
import assert from 'node:assert/strict';

/**
 * The chain shows the app's `label` attribute as its heading and the plan (set as a property)
 * as indicator buttons; clicking one reaches the app's soimpact-select listener.
 */
export async function checkChainApp(page, label) {
  const heading = await page.waitForFunction(
    () => document.querySelector('soimpact-chain')?.shadowRoot?.querySelector('h2')?.textContent?.trim() || false,
  );
  assert.equal(await heading.jsonValue(), label);
  const indicator = page.locator('soimpact-chain [part~="indicator"]').first();
  await indicator.waitFor();
  await indicator.click();
  await page.waitForFunction(() => /\((output|outcome|impact)\)$/.test(document.querySelector('#selected')?.textContent ?? ''));
}

/** Whether some canvas in the element's shadow root has a painted (non-transparent) pixel. */
export async function paintedCanvas(page, tag) {
  const handle = await page.waitForFunction((tag) => {
    const canvases = [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll('canvas') ?? [])];
    return canvases.some((canvas) => {
      if (!canvas.width || !canvas.height) return false;
      const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
      return false;
    });
  }, tag);
  return handle.jsonValue();
}
