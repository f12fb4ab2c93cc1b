/**
 * The no-network guard (test/support/no-network.mjs) is loaded in every test
 * process, trips on any outgoing connection with the destination in the message,
 * lets loopback through, and follows the suite into spawned Node processes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import dns from 'node:dns';
import dgram from 'node:dgram';
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';

interface GuardState {
  attempts: string[];
  take(): string[];
  isLocal(host: string | undefined): boolean;
}
const guard = (globalThis as unknown as Record<symbol, GuardState | undefined>)[Symbol.for('evidensplan.noNetwork')];

/** Runs `fn`, expects the guard's error naming `dest`, and clears the record so this file still passes. */
function expectBlocked(fn: () => unknown, dest: RegExp): void {
  assert.throws(fn, (err: Error & { code?: string }) => {
    assert.equal(err.code, 'EVIDENSPLAN_NO_NETWORK');
    assert.match(err.message, dest);
    return true;
  });
  const taken = guard!.take();
  assert.equal(taken.length, 1, `one attempt recorded, got ${JSON.stringify(taken)}`);
}

test('the guard is loaded in this test process', () => {
  assert.ok(guard, 'scripts/test.mjs must preload test/support/no-network.mjs');
  assert.deepEqual(guard.attempts, []);
});

test('http, https, net, tls, udp and dns to the outside world throw, naming the destination', () => {
  expectBlocked(() => http.get('http://example.com/x'), /example\.com:80/);
  expectBlocked(() => https.request('https://telemetry.example.net/v1').end(), /telemetry\.example\.net:443/);
  expectBlocked(() => net.connect(80, '93.184.216.34'), /93\.184\.216\.34:80/);
  expectBlocked(() => net.createConnection({ host: '10.0.0.5', port: 8080 }), /10\.0\.0\.5:8080/);
  expectBlocked(() => tls.connect({ host: 'dc.services.visualstudio.com', port: 443 }), /dc\.services\.visualstudio\.com/);
  expectBlocked(() => dns.lookup('registry.example.org', () => {}), /dns lookup registry\.example\.org/);
  expectBlocked(() => dns.promises.resolve4('example.org'), /example\.org/);
  expectBlocked(() => new dns.Resolver().resolveTxt('example.org', () => {}), /example\.org/);
  const udp = dgram.createSocket('udp4');
  try {
    expectBlocked(() => udp.send('x', 53, '8.8.8.8'), /8\.8\.8\.8/);
  } finally {
    udp.close();
  }
});

test('fetch rejects with the URL in the message', async () => {
  await assert.rejects(fetch('https://api.example.com/track?e=1'), /api\.example\.com\/track/);
  assert.equal(guard!.take().length, 1);
});

test('loopback is allowed: http and fetch to a local server work', async () => {
  const server = http.createServer((_req, res) => res.end('pong'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://localhost:${port}/`);
    assert.equal(await res.text(), 'pong');
    const body = await new Promise<string>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port }, (r) => {
          let s = '';
          r.on('data', (c) => (s += c));
          r.on('end', () => resolve(s));
        })
        .on('error', reject);
    });
    assert.equal(body, 'pong');
  } finally {
    server.close();
  }
  assert.deepEqual(guard!.attempts, []);
  for (const h of ['localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]', '::ffff:127.0.0.1', undefined]) {
    assert.ok(guard!.isLocal(h), `${h} is local`);
  }
  for (const h of ['example.com', '0.0.0.1', '192.168.1.1', '::2', 'localhost.example.com']) {
    assert.ok(!guard!.isLocal(h), `${h} is not local`);
  }
});

test('a spawned Node process inherits the guard and fails even when it swallows the error', () => {
  const script =
    "const http = require('node:http');" +
    "try { http.get('http://example.org/beacon').on('error', () => {}); } catch {}" +
    "console.log('still running');";
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
  assert.equal(r.stdout.trim(), 'still running');
  assert.equal(r.status, 1, `exit status ${r.status}; stderr: ${r.stderr}`);
  assert.match(r.stderr, /outgoing network attempt\(s\): connect example\.org:80/);
});

test('a spawned Node process that stays on loopback exits cleanly', () => {
  const script = "require('node:dns').lookup('localhost', (e) => { process.exitCode = e ? 3 : 0; });";
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
  assert.equal(r.status, 0, r.stderr);
});
