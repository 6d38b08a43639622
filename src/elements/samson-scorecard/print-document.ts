/**
 * Printing the scorecard prints its report and nothing else of the page: the print button and
 * the browser's own Print (Ctrl+P) at any step go the same way. While printing, the element
 * renders the report whatever step is open, marks itself as the print target, and a style
 * sheet adopted by the document (once per document) hides everything in the host page that is
 * neither the target nor one of its ancestors, strips the ancestors' boxes, and gives the
 * pages a running header and page numbers (CSS page-margin boxes; a shadow root cannot).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listenForPrint } from '../../base/print-controller.js';

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
}

export class ReportPrintController implements ReactiveController {
  /** True from `beforeprint` to `afterprint`: the element renders the report. */
  printing = false;

  private stopListening?: () => void;

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
    this.host.removeAttribute(TARGET);
  }

  /** The print button: this scorecard's report, even with other scorecards on the page. */
  print(): void {
    for (const other of document.querySelectorAll(`[${TARGET}]`)) if (other !== this.host) other.removeAttribute(TARGET);
    this.host.setAttribute(TARGET, '');
    this.begin();
    window.print();
  }

  /**
   * Marks the scorecard to print when the browser's Print started it: the one the user is
   * working in (focus inside it), otherwise the first on the page.
   */
  begin(): void {
    const doc = this.host.ownerDocument;
    if (!doc.querySelector(`[${TARGET}]`)) {
      const scorecards = [...doc.querySelectorAll(this.host.localName)];
      (scorecards.find((el) => el.matches(':focus-within')) ?? scorecards[0] ?? this.host).setAttribute(TARGET, '');
    }
    if (this.host.hasAttribute(TARGET)) this.install(doc);
    if (this.printing) return;
    this.printing = true;
    this.host.requestUpdate();
  }

  end(): void {
    this.host.removeAttribute(TARGET);
    if (!this.printing) return;
    this.printing = false;
    this.host.requestUpdate();
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
}
