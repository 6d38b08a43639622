// Another library's element that renders ours inside its own shadow root, as a design-system
// "block" component in a CMS would.
class CmsBlock extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    const scorecard = document.createElement('samson-scorecard');
    scorecard.id = 'inner-scorecard';
    scorecard.setAttribute('autosave', 'false');
    const profile = document.createElement('samson-profile');
    profile.setAttribute('for', 'inner-scorecard');
    root.append(scorecard, profile);
  }
}
customElements.define('cms-block', CmsBlock);
