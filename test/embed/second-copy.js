// A query string makes the browser treat it as a separate module: a true second copy.
await import('../../dist/samskaping-elements.bundle.js?copy=2');
window.secondCopyLoaded = true;
