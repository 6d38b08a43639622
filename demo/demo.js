// The demo page's own script (not needed by the elements): switches <html lang> and logs
// the events the elements dispatch, as a CMS page would before storing them.
const select = document.getElementById('language');
select.value = document.documentElement.lang;
select.addEventListener('change', () => {
  document.documentElement.lang = select.value;
  // The elements' own texts follow <html lang>; the demo plans are files, one per language.
  for (const element of document.querySelectorAll('[src*="/demo-data/"]')) {
    element.setAttribute('src', element.getAttribute('src').replace(/\.(nb|nn|da|en)\.(json|csv)$/, `.${select.value}.$2`));
  }
});

const log = document.getElementById('log');
const names = [
  'samson-change',
  'samson-complete',
  'samson-error',
  'samson-round',
  'samson-profile-select',
  'soimpact-change',
  'soimpact-complete',
  'soimpact-data',
  'soimpact-error',
  'soimpact-select',
];
for (const name of names) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    const summary = JSON.stringify(event.detail).slice(0, 160);
    item.textContent = `${new Date().toLocaleTimeString()} ${name}: ${summary}`;
    log.prepend(item);
    while (log.children.length > 30) log.lastChild.remove();
  });
}

// The two-round section starts from a sample collaboration the first time; after that the
// scorecard restores what the visitor did with it from this browser.
const rounds = document.getElementById('samson-rounds');
customElements.whenDefined('samson-scorecard').then(async () => {
  await rounds.updateComplete;
  if (rounds.history.rounds.length > 1 || Object.keys(rounds.response.answers).length) return;
  const file = await fetch(new URL('../dist/demo-data/samson-two-rounds.json', import.meta.url));
  if (file.ok) rounds.history = await file.json();
});
