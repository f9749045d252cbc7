'use strict';
// Checked before anything else loads: on an older Node the bundle fails with a bare "internal
// error". Plain CommonJS with no newer syntax, so that any Node still able to start gets this far.
const { engines } = require('../package.json');

/** "20.19" from package.json's ">=20.19": one source for the needed version. */
const NEEDED = engines.node.replace(/^>=\s*/, '');

const parts = (version) => version.split('.').map((n) => parseInt(n, 10) || 0);

/** The one-line Vietnamese message for a Node older than the package needs, or undefined. */
const nodeVersionProblem = (running) => {
  const have = parts(running);
  const need = parts(NEEDED);
  for (let i = 0; i < need.length; i += 1) {
    if ((have[i] || 0) > need[i]) return undefined;
    if ((have[i] || 0) < need[i]) {
      return (
        `kehoach cần Node.js ${NEEDED} trở lên, máy này đang có Node.js ${running}. ` +
        'Hãy cài bản LTS mới tại https://nodejs.org/vi/download (hoặc dùng tệp kehoach.exe, không cần Node.js).'
      );
    }
  }
  return undefined;
};

module.exports = { nodeVersionProblem, NEEDED };
