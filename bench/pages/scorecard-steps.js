// Page driver for <samson-scorecard>, which shows one field of action per step and has no
// mode that shows every statement at once: as soon as the element has rendered, it goes
// through the seven field steps one after another (goToStep, then updateComplete), so the
// probe's "every statement has been in the DOM" is the element rendering all 58 statements.
// No frame is painted between steps; this is the rendering work, not a user's pace.
customElements.whenDefined('samson-scorecard').then(async () => {
  performance.mark('bench:defined');
  const el = document.querySelector('samson-scorecard');
  await el.updateComplete;
  performance.mark('bench:first-step');
  window.__bench.check();
  const fields = el.instrument.fields.length;
  for (let i = 0; i < fields; i++) {
    el.goToStep(2 + i);
    await el.updateComplete;
    performance.mark(`bench:field-step-${i + 1}`);
    window.__bench.check();
  }
});
