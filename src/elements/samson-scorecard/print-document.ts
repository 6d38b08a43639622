/**
 * Printing renders the scorecard's report, whatever step is open, in place of its form.
 *
 * - The browser's own Print (Ctrl+P, `beforeprint`) prints the host page as it is: a CMS page
 *   may hold a scorecard, SoImpact elements and its own text, and all of it stays on paper;
 *   each scorecard on the page prints its report where its form stood. The page's own
 *   `@page` rules are left alone.
 * - The report's print button («Skriv ut rapporten») asks for the report alone, the document
 *   a municipality hands its council: the scorecard marks itself as the print target, and a
 *   style sheet adopted by the document (once per document, removed again at `afterprint`)
 *   hides everything in the host page that is neither the target nor one of its ancestors,
 *   strips the ancestors' boxes, and gives the pages a running header and page numbers (CSS
 *   page-margin boxes; a shadow root cannot).
 * - The report replaces the form until `afterprint`, and the control that had focus goes with
 *   it: the user's place (focus, the caret in a text field, the page's scroll) is taken at
 *   `beforeprint` and given back once the form is rendered again (base/keep-place.ts), so a
 *   keyboard or screen-reader user is not sent to the top of the page by a Ctrl+P.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listenForPrint } from '../../base/print-controller.js';
import { takePlace, type Place } from '../../base/keep-place.js';

const TARGET = 'data-samskaping-print';

const sheets = new WeakMap<Document, CSSStyleSheet>();

/** A CSS string for the page header: user text, so every character outside [A-Za-z0-9 ] is escaped. */
function cssString(text: string): string {
  // Control characters are exactly what must not reach a CSS string.
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 160);
  return `"${[...clean].map((c) => (/[A-Za-z0-9 ]/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

export function printSheetText(header: string, pageLabel: string): string {
  const box = 'font-family: system-ui, sans-serif; font-size: 8.5pt; color: #3a434c;';
  return `
@media print {
  @page {
    size: A4;
    margin: 16mm 16mm 18mm;
    @top-left { content: ${cssString(header)}; ${box} }
    @bottom-right { content: ${cssString(pageLabel)} " " counter(page) " / " counter(pages); ${box} }
  }
  html:has([${TARGET}]) body *:not([${TARGET}]):not(:has([${TARGET}])):not([${TARGET}] *) {
    display: none !important;
  }
  html:has([${TARGET}]) body,
  html:has([${TARGET}]) body :has([${TARGET}]) {
    display: block !important;
    position: static !important;
    float: none !important;
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    width: auto !important;
    max-width: none !important;
    min-height: 0 !important;
    box-shadow: none !important;
    background: none !important;
    columns: auto !important;
  }
  [${TARGET}] {
    margin: 0 !important;
    max-width: none !important;
  }
}`;
}

export interface PrintDocumentHooks {
  /** The running header: the instrument and the round. */
  header(): string;
  /** "Side" in the page's language. */
  pageLabel(): string;
  /** Where focus goes after the print when the element that had it is not on screen again. */
  returnFocus(): HTMLElement | null;
}

export class ReportPrintController implements ReactiveController {
  /** True from `beforeprint` to `afterprint`: the element renders the report. */
  printing = false;

  private stopListening?: () => void;
  /** Where the user was when printing began: the report replaces the form, and its focused control with it. */
  private place?: Place;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly hooks: PrintDocumentHooks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stopListening = listenForPrint(
      () => this.begin(),
      () => this.end(),
    );
  }

  hostDisconnected(): void {
    this.stopListening?.();
    this.place = undefined;
    this.end();
  }

  /** The print button: this scorecard's report alone, even with other elements and scorecards on the page. */
  print(): void {
    for (const other of document.querySelectorAll(`[${TARGET}]`)) if (other !== this.host) other.removeAttribute(TARGET);
    this.host.setAttribute(TARGET, '');
    this.begin();
    window.print();
  }

  /** Renders the report; with the print button's mark, also hides the rest of the page. */
  begin(): void {
    if (this.host.hasAttribute(TARGET)) this.install(this.host.ownerDocument);
    if (this.printing) return;
    this.place = takePlace(this.host);
    this.printing = true;
    this.host.requestUpdate();
  }

  end(): void {
    if (this.host.hasAttribute(TARGET)) {
      this.host.removeAttribute(TARGET);
      this.uninstall(this.host.ownerDocument);
    }
    if (!this.printing) return;
    this.printing = false;
    this.host.requestUpdate();
    const place = this.place;
    this.place = undefined;
    // Once the form is back; not if a new print has begun meanwhile (it took its own place).
    void this.host.updateComplete.then(() =>
      !this.printing && place ? place.restore(() => this.hooks.returnFocus()) : undefined,
    );
  }

  private install(doc: Document): void {
    let sheet = sheets.get(doc);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheets.set(doc, sheet);
    }
    sheet.replaceSync(printSheetText(this.hooks.header(), this.hooks.pageLabel()));
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }

  /** The page's next Ctrl+P is the host page's own again: no hiding, no running header from the report. */
  private uninstall(doc: Document): void {
    const sheet = sheets.get(doc);
    if (sheet && doc.adoptedStyleSheets.includes(sheet))
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}
