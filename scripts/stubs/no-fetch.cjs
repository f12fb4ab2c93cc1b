// Stands in for the HTTP clients that @citation-js/core bundles for reading a bibliography from a
// URL (sync-fetch, fetch-ponyfill). Evidensplan reads bibliographies from the writer's own files
// only and never reaches the network at run time, so every bundle gets this instead: it keeps the
// web bundle free of Node modules, and a URL given as a bibliography fails with a plain message.
'use strict';
function noNetwork() {
  throw new Error('Evidensplan reads bibliographies from local files only; it does not fetch URLs.');
}
module.exports = noNetwork;
module.exports.default = noNetwork;
// fetch-ponyfill's shape: a factory returning { fetch, Headers, Request, Response }.
module.exports.fetch = noNetwork;
