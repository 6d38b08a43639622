/**
 * "Del svarene som lenke": a party hands its answers to the group in a link (core
 * share-link.ts: compressed into the fragment after `#`, which browsers never send to the
 * web server). The panel says exactly what the link carries, lets the party choose whether
 * the ideas for action go with it, and copies it.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { type Problem } from '../../core/problems.js';
import { describeProblemForUser } from '../../i18n/problems.js';
import type { Response } from '../../core/samson/response.js';
import { createShareLink, MAX_SHARE_LINK_CHARS } from '../../core/samson/share-link.js';
import { formatNumber } from '../../i18n/number.js';
import { heading, headingLevelOf } from '../../base/heading.js';
import { labelledBy } from './instance-name.js';

export interface SharePanelOptions {
  response(): Response;
  focus(selector: string): void;
}

export class SharePanel {
  /** Whether the ideas for action go in the link (they are free text, so only when asked for). */
  ideas = false;
  link: string | undefined;
  problems: Problem[] = [];
  copied: 'copied' | 'select' | undefined;
  private linkFor: Response | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SharePanelOptions,
  ) {}

  async create(): Promise<void> {
    const response = this.options.response();
    const made = await createShareLink(response, location.href, { ideas: this.ideas, weights: true });
    this.copied = undefined;
    if (made.ok) {
      this.link = made.value;
      this.linkFor = response;
      this.problems = [];
      this.options.focus('#share-link');
    } else {
      this.link = undefined;
      this.problems = made.problems;
    }
    this.host.requestUpdate();
  }

  async copy(input: HTMLInputElement | null): Promise<void> {
    if (!this.link) return;
    try {
      await navigator.clipboard.writeText(this.link);
      this.copied = 'copied';
    } catch {
      // No clipboard permission (an embedded page, an insecure context): the link is selected to copy by hand.
      input?.select();
      this.copied = 'select';
    }
    this.host.requestUpdate();
  }

  setIdeas(ideas: boolean): void {
    this.ideas = ideas;
    // A link made before says something else than the box now does.
    this.link = undefined;
    this.copied = undefined;
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    const response = this.options.response();
    // Answers changed since the link was made: it no longer carries what is on screen.
    if (this.link && this.linkFor !== response) this.link = undefined;
    const party = response.party?.trim() || msg('dere');
    return html`
      <section class="share" aria-labelledby=${labelledBy('share-heading')}>
        ${heading(headingLevelOf(this.host), 2, msg('Del svarene som lenke'), { id: 'share-heading' })}
        <p id="share-contents">
          ${
            this.ideas
              ? msg(
                  str`Lenken inneholder dette og ikke noe mer: navnet på parten (${party}), svarene 1–5 på hvert utsagn, ideene til tiltak, vektingen av verdiene og når svarene ble startet og sist endret.`,
                )
              : msg(
                  str`Lenken inneholder dette og ikke noe mer: navnet på parten (${party}), svarene 1–5 på hvert utsagn, vektingen av verdiene og når svarene ble startet og sist endret. Ideene til tiltak er ikke med.`,
                )
          }
        </p>
        <p>
          ${msg(
            'Ingenting sendes noe sted: svarene ligger i selve lenken, etter #-tegnet, og nettleseren sender aldri den delen til nettstedet. Alle som får lenken, kan lese svarene.',
          )}
        </p>
        <label class="check">
          <input
            type="checkbox"
            .checked=${this.ideas}
            @change=${(e: Event) => this.setIdeas((e.target as HTMLInputElement).checked)}
          />
          ${msg('Ta med ideene til tiltak')}
        </label>
        <div class="buttons">
          <button part="button" id="make-share-link" aria-describedby="share-contents" @click=${() => void this.create()}>
            ${msg('Lag lenke')}
          </button>
        </div>
        ${
          this.problems.length
            ? html`<div part="error" class="error" role="alert">
                <p>
                  ${
                    this.problems.some((p) => p.code === 'too-big')
                      ? msg(
                          str`Lenken ble for lang (over ${formatNumber(MAX_SHARE_LINK_CHARS)} tegn). Ta bort ideene til tiltak, eller eksporter svarene til en fil.`,
                        )
                      : msg('Denne nettleseren kan ikke lage lenken. Eksporter svarene til en fil i stedet.')
                  }
                </p>
                <ul>
                  ${this.problems.map((p) => html`<li>${describeProblemForUser(p)}</li>`)}
                </ul>
              </div>`
            : nothing
        }
        ${
          this.link
            ? html`<div class="text-field share-result">
                <label for="share-link">${msg('Lenken')}</label>
                <input
                  id="share-link"
                  type="text"
                  readonly
                  .value=${this.link}
                  @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
                />
                <div class="buttons">
                  <button
                    part="button primary"
                    class="primary"
                    @click=${(e: Event) =>
                      void this.copy((e.target as HTMLElement).closest('.share-result')?.querySelector('input') ?? null)}
                  >
                    ${msg('Kopier lenken')}
                  </button>
                </div>
              </div>`
            : nothing
        }
        <p class="share-status" role="status">
          ${
            this.copied === 'copied'
              ? msg('Lenken er kopiert. Send den til den som slår sammen svarene.')
              : this.copied === 'select'
                ? msg('Lenken kunne ikke kopieres automatisk. Den er merket: kopier den med Ctrl+C (⌘+C på Mac).')
                : nothing
          }
        </p>
      </section>
    `;
  }
}
