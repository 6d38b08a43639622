// The app's own @lit/localize configuration and one element of its own that uses it: what
// any Lit app with its own translations does. It shares the page with samskaping-elements.
import { LitElement, html } from 'lit';
import { configureLocalization, msg, updateWhenLocaleChanges } from '@lit/localize';

const german = { templates: { greeting: 'Hallo aus der App' } };
export const appLocalization = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de'],
  loadLocale: async () => german,
});

class AppGreeting extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }
  render() {
    return html`<p>${msg('Hello from the app', { id: 'greeting' })}</p>`;
  }
}
customElements.define('app-greeting', AppGreeting);
