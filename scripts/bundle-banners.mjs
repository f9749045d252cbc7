// What a bundle of one module format needs from the other (scripts/bundle.mjs, scripts/source-maker.mjs).

/** CommonJS modules inside an ES module bundle (commander, handlebars) call require() for Node's built-ins. */
export const esmRequire = {
  js: "import { createRequire as __kehoachRequire } from 'node:module'; const require = __kehoachRequire(import.meta.url);",
};

/** import.meta.url inside a CommonJS bundle. */
export const cjsUrl = {
  define: { 'import.meta.url': '__kehoachUrl' },
  banner: { js: "const __kehoachUrl = require('node:url').pathToFileURL(__filename).href;" },
};
