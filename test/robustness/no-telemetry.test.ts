/**
 * Static guarantees over the shipped source (src/**): no telemetry SDK, no
 * HTTP/socket client, no call home. The runtime half of the promise is the
 * no-network guard preloaded into every test process (test/support/no-network.mjs).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (/\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(name)) out.push(p);
  }
  return out;
}

/** Removes comments (not strings) so a comment that mentions `fetch(` does not count. */
export function stripComments(src: string): string {
  let out = '';
  let i = 0;
  let quote: string | null = null;
  while (i < src.length) {
    const c = src[i];
    if (quote) {
      out += c;
      if (c === '\\') {
        out += src[i + 1] ?? '';
        i += 2;
        continue;
      }
      if (c === quote) quote = null;
      i++;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      quote = c;
      out += c;
      i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 2;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

const FORBIDDEN_MODULES = [
  // Telemetry and analytics SDKs.
  /^@vscode\/extension-telemetry$/,
  /^vscode-extension-telemetry/,
  /^applicationinsights/,
  /^@microsoft\/applicationinsights/,
  /^@sentry\//,
  /^@opentelemetry\//,
  /^posthog/,
  /^mixpanel/,
  /^@segment\//,
  /^analytics-node$/,
  /^@amplitude\//,
  /^amplitude/,
  /^newrelic$/,
  /^dd-trace$/,
  /^@datadog\//,
  /^bugsnag/,
  /^@bugsnag\//,
  /^rollbar$/,
  // Network clients.
  /^(node:)?(http|https|http2|net|tls|dgram|dns)(\/promises)?$/,
  /^undici/,
  /^axios$/,
  /^node-fetch$/,
  /^cross-fetch$/,
  /^got$/,
  /^ky$/,
  /^request$/,
  /^superagent$/,
  /^ws$/,
  /^isomorphic-fetch$/,
];

const FORBIDDEN_CALLS: [RegExp, string][] = [
  [/(^|[^\w.$])fetch\s*\(/, 'fetch('],
  [/\bglobalThis\.fetch\b/, 'globalThis.fetch'],
  [/\bXMLHttpRequest\b/, 'XMLHttpRequest'],
  [/\bnew\s+WebSocket\b/, 'WebSocket'],
  [/\bsendBeacon\b/, 'navigator.sendBeacon'],
  [/\bcreateTelemetryLogger\b/, 'vscode.env.createTelemetryLogger'],
  [/\bTelemetryReporter\b/, 'TelemetryReporter'],
  [/\btelemetryLogger\b/i, 'telemetry logger'],
];

interface Violation {
  file: string;
  what: string;
}

export function findViolations(file: string, source: string): Violation[] {
  const code = stripComments(source);
  const found: Violation[] = [];
  const specifiers = [
    ...code.matchAll(/\bfrom\s*['"]([^'"]+)['"]/g),
    ...code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...code.matchAll(/\bimport\s*['"]([^'"]+)['"]/g),
    ...code.matchAll(/\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]);
  for (const s of specifiers) {
    if (FORBIDDEN_MODULES.some((re) => re.test(s))) found.push({ file, what: `imports ${s}` });
  }
  for (const [re, what] of FORBIDDEN_CALLS) if (re.test(code)) found.push({ file, what });
  return found;
}

test('the detector catches what it is meant to catch (so the real check can fail)', () => {
  const planted = [
    `import TelemetryReporter from '@vscode/extension-telemetry';`,
    `import * as Sentry from '@sentry/node';`,
    `import https from 'node:https';`,
    `const http = require('http');`,
    `const { request } = await import('undici');`,
    `await fetch('https://example.com/collect', { method: 'POST' });`,
    `const logger = vscode.env.createTelemetryLogger(sender);`,
    `import 'node:net';`,
  ];
  for (const line of planted) assert.ok(findViolations('planted.ts', line).length > 0, line);
  const innocent = [
    `// we never call fetch() here`,
    `/* import https from 'node:https' */`,
    `const s = prefetch(x); const t = obj.fetch(y);`,
    `import { readFile } from 'node:fs/promises';`,
    `const url = 'https://github.com/evidensplan/evidensplan/blob/main/docs/rules/misquote.md';`,
  ];
  for (const line of innocent) assert.deepEqual(findViolations('innocent.ts', line), [], line);
});

test('no file under src/ references a telemetry SDK or an HTTP/socket client', () => {
  const files = walk(path.join(root, 'src'));
  assert.ok(files.length > 0, 'src/ has source files');
  const violations = files.flatMap((f) => findViolations(path.relative(root, f), readFileSync(f, 'utf8')));
  assert.deepEqual(violations, []);
});

test('no runtime dependency is a telemetry SDK or a network client', () => {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const deps = Object.keys(pkg.dependencies ?? {});
  const bad = deps.filter((d) => FORBIDDEN_MODULES.some((re) => re.test(d)));
  assert.deepEqual(bad, [], 'runtime dependencies include a telemetry SDK or network client');
});
