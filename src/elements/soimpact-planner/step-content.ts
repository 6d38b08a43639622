/**
 * The ten steps' texts in the page's language, following a live language switch: a built-in
 * language at once, a registered one once it has loaded. Registered steps that are invalid are
 * refused once per language: the texts on screen stay, and the page hears why once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StepContent } from '../../core/soimpact/steps.js';
import { builtInSteps, loadSteps, soimpactStepsNb } from '../../content/soimpact/steps.js';
import { getLocale } from '../../i18n/locale.js';

export class StepTexts implements ReactiveController {
  /** The steps on screen. */
  value: StepContent = soimpactStepsNb;
  private refused = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Registered steps refused: the element reports it (`soimpact-error`). */
    private readonly onRefused: (error: unknown) => void,
  ) {
    host.addController(this);
  }

  /** Before every render: a language switch since the last one is followed here, in the same update. */
  hostUpdate(): void {
    const locale = getLocale();
    if (this.value.locale === locale || this.refused === locale) return;
    const ready = builtInSteps(locale);
    if (ready) this.value = ready;
    else
      void loadSteps(locale).then(
        (content) => {
          if (getLocale() !== content.locale) return;
          this.value = content;
          this.host.requestUpdate();
        },
        (error: unknown) => {
          this.refused = locale;
          this.onRefused(error);
        },
      );
  }
}
