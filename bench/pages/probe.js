// First-render probe, loaded as the first (classic) script of every first-render page, so
// ours and SurveyJS are timed by the same code. It records performance.now() (ms since
// navigation start) the first time the elements matching `data-selector` anywhere in the
// document or in any shadow root reach `data-target`: a count of matches, or with `data-key`
// a count of distinct values of that attribute seen so far (so a questionnaire that shows
// its statements a step at a time is done when every statement has been on screen).
// It checks on every DOM mutation (a MutationObserver on the document and on each shadow
// root as it is attached) and on every animation frame; a page driver may call check() too.
// `painted` is the end of the frame after that: the next rAF, then one task.
(function () {
  var script = document.currentScript;
  var selector = script.dataset.selector;
  var key = script.dataset.key || '';
  var target = Number(script.dataset.target);
  var seen = new Set();
  var roots = [];
  var bench = (window.__bench = { selector: selector, key: key, target: target, domReady: null, painted: null, found: 0 });
  var observer = new MutationObserver(check);
  var attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    var root = attachShadow.call(this, init);
    roots.push(root);
    if (bench.domReady === null) observer.observe(root, { childList: true, subtree: true });
    return root;
  };
  function visit(list) {
    if (!key) return list.length;
    for (var i = 0; i < list.length; i++) seen.add(list[i].getAttribute(key));
    return 0;
  }
  function count() {
    var n = visit(document.querySelectorAll(selector));
    for (var i = 0; i < roots.length; i++) n += visit(roots[i].querySelectorAll(selector));
    return key ? seen.size : n;
  }
  function check() {
    if (bench.domReady !== null) return true;
    bench.found = count();
    if (bench.found < target) return false;
    bench.domReady = performance.now();
    observer.disconnect();
    requestAnimationFrame(function () {
      var channel = new MessageChannel();
      channel.port1.onmessage = function () {
        bench.painted = performance.now();
        // The harness waits for this message instead of polling the page, so that no script of
        // its own is evaluated in the page while it loads.
        console.debug('bench:painted');
      };
      channel.port2.postMessage(0);
    });
    return true;
  }
  function frame() {
    if (!check()) requestAnimationFrame(frame);
  }
  observer.observe(document, { childList: true, subtree: true });
  requestAnimationFrame(frame);
  bench.check = check;
  bench.roots = roots;
})();
