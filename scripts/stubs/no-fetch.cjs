// Stands in for the HTTP clients that @citation-js/core bundles for reading a bibliography from a
// URL (sync-fetch, fetch-ponyfill). Evidensplan reads bibliographies from the writer's own files
// only and never reaches the network at run time, so every bundle gets this instead: it keeps the
// web bundle free of Node modules, and a URL given as a bibliography fails with a plain message.
'use strict';
function refuse() {
  throw new Error('Evidensplan reads bibliographies from local files only; it does not fetch URLs.');
}
class Headers extends Map {}
// sync-fetch's shape: fetch(url) plus fetch.Headers. fetch-ponyfill's shape: a factory called once
// at load that returns { fetch, Headers }. One function serves both: called with a URL it refuses,
// called with nothing (the factory call) it hands out the refusing client.
function noNetwork(url) {
  if (url === undefined) return { fetch: refuse, Headers, Request: refuse, Response: refuse };
  return refuse();
}
noNetwork.Headers = Headers;
module.exports = noNetwork;
module.exports.default = noNetwork;
