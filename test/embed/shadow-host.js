// Another library's element that renders ours inside its own shadow root, as a design-system
// "block" component in a CMS would. It hands the scorecard a response from an earlier session.
import { createResponse, samsonNb, withAnswer } from '../../dist/samskaping-elements.bundle.js';

const earlier = samsonNb.fields
  .flatMap((field) => field.statements)
  .reduce((response, statement) => withAnswer(response, statement.id, { rating: 4 }), createResponse(samsonNb, 'Før'));

class CmsBlock extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    const scorecard = document.createElement('samson-scorecard');
    scorecard.id = 'inner-scorecard';
    scorecard.setAttribute('autosave', 'false');
    scorecard.response = earlier;
    const profile = document.createElement('samson-profile');
    profile.setAttribute('for', 'inner-scorecard');
    root.append(scorecard, profile);
  }
}
customElements.define('cms-block', CmsBlock);
