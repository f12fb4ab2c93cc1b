// No network, no telemetry: preloaded into every test process by scripts/test.mjs
// (`--import ./test/support/no-network.mjs`). Any outgoing connection to a
// non-loopback address — net/tls connect, http(s)/http2 requests, fetch (undici),
// UDP sends, DNS lookups of non-local names — throws an Error naming the
// destination. Attempts are also recorded, and a process that made one exits
// non-zero even when the code under test swallowed the error, so the test file fails.
//
// Plain JavaScript on purpose: it also loads in child Node processes (the CLI spawned
// by a test), to which it passes itself on through NODE_OPTIONS.
// Not applied to the third-party VS Code server the end-to-end harness starts
// (its own update/gallery probes are not ours), nor when EVIDENSPLAN_ALLOW_NETWORK=1.
import net from 'node:net';
import dns from 'node:dns';
import dgram from 'node:dgram';
import { syncBuiltinESMExports } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const STATE = Symbol.for('evidensplan.noNetwork');
const selfUrl = import.meta.url;
const mainScript = process.argv[1] ?? '';
const exempt =
  process.env.EVIDENSPLAN_ALLOW_NETWORK === '1' || mainScript.split(path.sep).includes('code-server');

if (!exempt && !globalThis[STATE]) install();

function install() {
  /** @type {{attempts: string[], take(): string[], isLocal(host: string|undefined): boolean}} */
  const state = {
    attempts: [],
    take() {
      return state.attempts.splice(0);
    },
    isLocal,
  };
  globalThis[STATE] = state;

  function refuse(kind, dest) {
    const where = `${kind} ${dest}`;
    state.attempts.push(where);
    const err = new Error(`evidensplan test guard: outgoing network access is not allowed (${where})`);
    err.code = 'EVIDENSPLAN_NO_NETWORK';
    return err;
  }

  // --- TCP / TLS / HTTP(S) / HTTP2 / undici: all end in net.Socket#connect ---
  const origConnect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guardedConnect(...args) {
    let options;
    if (Array.isArray(args[0])) options = args[0][0];
    else if (args[0] !== null && typeof args[0] === 'object') options = args[0];
    else if (typeof args[0] === 'string' && !/^\d+$/.test(args[0])) options = { path: args[0] };
    else options = { port: args[0], host: typeof args[1] === 'string' ? args[1] : undefined };
    if (options && options.path == null) {
      const host = options.host ?? options.hostname;
      if (!isLocal(host)) throw refuse('connect', `${host}:${options.port}`);
    }
    return origConnect.apply(this, args);
  };

  // --- fetch: reject with a clear message before undici even tries ---
  if (typeof globalThis.fetch === 'function') {
    const origFetch = globalThis.fetch;
    globalThis.fetch = function guardedFetch(input, init) {
      let host;
      try {
        const url = new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url);
        host = url.hostname;
        if (url.protocol !== 'data:' && url.protocol !== 'blob:' && !isLocal(host)) {
          return Promise.reject(refuse('fetch', url.href));
        }
      } catch {
        // Not a URL we understand: let fetch report it.
      }
      return origFetch.call(this, input, init);
    };
  }

  // --- UDP ---
  const origSend = dgram.Socket.prototype.send;
  dgram.Socket.prototype.send = function guardedSend(...args) {
    const addr = args.find((a, i) => i > 0 && typeof a === 'string');
    if (addr !== undefined && !isLocal(addr)) throw refuse('udp send', addr);
    return origSend.apply(this, args);
  };
  const origUdpConnect = dgram.Socket.prototype.connect;
  dgram.Socket.prototype.connect = function guardedUdpConnect(port, address, ...rest) {
    if (typeof address === 'string' && !isLocal(address)) throw refuse('udp connect', `${address}:${port}`);
    return origUdpConnect.call(this, port, address, ...rest);
  };

  // --- DNS: a lookup of a non-local name is already a leak ---
  const guardName = (kind, fn) =>
    function guardedDns(name, ...rest) {
      if (typeof name === 'string' && !isLocal(name)) throw refuse(kind, name);
      return fn.call(this, name, ...rest);
    };
  const resolveNames = Object.keys(dns).filter((k) => /^resolve|^reverse$/.test(k));
  dns.lookup = guardName('dns lookup', dns.lookup);
  for (const k of resolveNames) dns[k] = guardName(`dns ${k}`, dns[k]);
  for (const k of Object.getOwnPropertyNames(dns.Resolver.prototype)) {
    if (/^resolve|^reverse$/.test(k)) dns.Resolver.prototype[k] = guardName(`dns ${k}`, dns.Resolver.prototype[k]);
  }
  const p = dns.promises;
  p.lookup = guardName('dns lookup', p.lookup);
  for (const k of Object.keys(p).filter((k) => /^resolve|^reverse$/.test(k))) p[k] = guardName(`dns ${k}`, p[k]);
  for (const k of Object.getOwnPropertyNames(p.Resolver.prototype)) {
    if (/^resolve|^reverse$/.test(k)) p.Resolver.prototype[k] = guardName(`dns ${k}`, p.Resolver.prototype[k]);
  }
  syncBuiltinESMExports();

  // --- Fail the process when an attempt was made (even if it was caught) ---
  process.on('exit', (code) => {
    if (state.attempts.length === 0) return;
    process.stderr.write(
      `evidensplan test guard: ${state.attempts.length} outgoing network attempt(s): ${state.attempts.join(', ')}\n`,
    );
    if (code === 0) process.exitCode = 1;
  });

  // --- Child Node processes get the guard too ---
  const flag = `--import=${selfUrl}`;
  const opts = process.env.NODE_OPTIONS ?? '';
  if (!opts.includes(fileURLToPath(selfUrl)) && !opts.includes(selfUrl)) {
    process.env.NODE_OPTIONS = `${opts} ${flag}`.trim();
  }
}

/** Loopback names and addresses (and no host, which Node reads as localhost). */
function isLocal(host) {
  if (host === undefined || host === null || host === '') return true;
  let h = String(host).toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  if (h.startsWith('::ffff:')) h = h.slice(7);
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)) return true;
  return false;
}
