// Server-side test commands for the browser tests, run in Node next to the browser:
//   executeServerCommand('pdf-text', { format?, save? })       → the text of the page printed to PDF
//   executeServerCommand('validate-json-schema', { schema, data }) → { valid, errors }
//   executeServerCommand('screenshot', { path, fullPage?, media? }) → writes a PNG (for looking, not asserting)
//   executeServerCommand('print-media', { on })                  → lays the page out in print media, or back
//     (to no emulation at all: emulating 'screen' would make page.pdf() print the screen layout)
// The PDF comes from Chromium's own print path (page.pdf() on the launcher's puppeteer
// page), so it sees exactly what "Save as PDF" would; pdfjs reads the text back.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

let pdfjs;
async function loadPdfjs() {
  pdfjs ??= await import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

async function pdfText(bytes) {
  const { getDocument } = await loadPdfjs();
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true, isEvalSupported: false }).promise;
  const pages = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await document.destroy();
  return { pages: pages.length, text: pages.join('\n\f\n') };
}

let ajv;
async function validator() {
  if (!ajv) {
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const { default: addFormats } = await import('ajv-formats');
    ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
  }
  return ajv;
}

function pageOf(session) {
  if (session.browser.type !== 'puppeteer') throw new Error('pdf-plugin needs the Chrome (puppeteer) launcher');
  return session.browser.getPage(session.id);
}

export function pdfPlugin() {
  return {
    name: 'samskaping-pdf',
    async executeCommand({ command, payload, session }) {
      if (command === 'pdf-text') {
        const page = pageOf(session);
        const bytes = await page.pdf({ format: payload?.format ?? 'A4', printBackground: true, preferCSSPageSize: true });
        // For looking (pdftoppm), never for asserting.
        if (payload?.save) {
          mkdirSync(dirname(payload.save), { recursive: true });
          writeFileSync(payload.save, bytes);
        }
        return pdfText(bytes);
      }
      if (command === 'validate-json-schema') {
        const ajv = await validator();
        const validate = ajv.compile({ ...payload.schema, $id: undefined });
        const valid = validate(payload.data);
        return { valid, errors: validate.errors ?? [] };
      }
      if (command === 'print-media') {
        await pageOf(session).emulateMediaType(payload?.on ? 'print' : null);
        return true;
      }
      if (command === 'screenshot') {
        const page = pageOf(session);
        mkdirSync(dirname(payload.path), { recursive: true });
        if (payload.media) await page.emulateMediaType(payload.media);
        try {
          await page.screenshot({
            path: payload.path,
            fullPage: Boolean(payload.fullPage),
            clip: payload.clip,
            captureBeyondViewport: payload.captureBeyondViewport,
          });
        } finally {
          if (payload.media) await page.emulateMediaType(null);
        }
        return true;
      }
      return undefined;
    },
  };
}
