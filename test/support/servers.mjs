// Real servers for the sync tests, driven from the browser through test-runner server commands:
// json-server 0.17.4 on 127.0.0.1 with a temporary copy of its data, a small fault proxy in front of it,
// Django REST Framework (test/support/drf_app.py, Debian's packages) and, for benchmarks, a tiny paged
// server over an in-memory array.
// Every server listens on loopback only and is stopped by the test that started it (or when the run ends).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const JSON_SERVER = 'node_modules/json-server/lib/cli/bin.js';
const running = new Map();
let nextId = 1;

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers': 'content-type, authorization, idempotency-key, if-match, prefer, range, x-test-user',
  'access-control-expose-headers': 'x-total-count, etag, content-range, link, retry-after',
};

/** Resolves when a child prints `marker` (see `accepting` for the socket); rejects if it exits or takes > 15 s. */
function printed(child, marker, name) {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${name} did not start within 15 s:\n${output}`));
    }, 15_000);
    const onData = (chunk) => {
      output += chunk;
      if (output.includes(marker)) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stderr.off('data', onData);
        child.stdout.resume();
        child.stderr.resume();
        resolve(output);
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${output}`));
    });
  });
}

const PYTHON = '/usr/bin/python3';
const DRF_APP = 'test/support/drf_app.py';

/**
 * Django REST Framework on 127.0.0.1 with SQLite in a temporary folder. `pause` stops the process (the data
 * stays), `resume` starts it again on the same port: an outage the way a real server has one.
 */
async function startDrf() {
  const dir = mkdtempSync(join(tmpdir(), 'crm-drf-'));
  const port = await freePort();
  let child;
  let token;
  const launch = async () => {
    child = spawn(PYTHON, ['-u', DRF_APP, String(port), dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = await printed(child, 'Quit the server with', 'Django REST Framework');
    await accepting(port);
    token = /TOKEN (\w+)/.exec(output)?.[1];
  };
  const halt = () =>
    new Promise((resolve) => {
      if (!child || child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  await launch();
  const id = `drf-${nextId++}`;
  running.set(id, {
    pause: halt,
    resume: launch,
    stop: async () => {
      await halt();
      rmSync(dir, { recursive: true, force: true });
    },
  });
  return { id, url: `http://127.0.0.1:${port}`, token };
}

/**
 * A tiny REST server over an in-memory array of `count` customers, sorted by (updatedAt, id) once: it answers
 * the json-server syntax the sync engine sends (`updatedAt_gte`, `updatedAt_ne`, `_start/_end`, `X-Total-Count`)
 * with a binary search and a slice, so paging costs the same for every page (json-server sorts the whole
 * collection for each one). POST stores a record. Benchmarks use it so a ratio measures the client.
 */
async function startArrayServer({ count = 0 }) {
  const at = (i) => new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
  const rows = Array.from({ length: count }, (_, i) => ({
    id: `pull-${String(i).padStart(7, '0')}`,
    name: '华东能源集团',
    alias: 'East China Energy Group',
    kind: 'enterprise',
    industry: 'energy',
    currency: 'CNY',
    updatedAt: at(i),
  }));
  const created = new Map();
  const firstAtOrAfter = (value) => {
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid].updatedAt < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const server = createServer(async (req, res) => {
    if (req.method === 'OPTIONS') return res.writeHead(204, CORS).end();
    const url = new URL(req.url, 'http://x');
    if (req.method === 'POST') {
      const record = JSON.parse((await readBody(req)).toString());
      created.set(record.id, record);
      res.writeHead(201, { ...CORS, 'content-type': 'application/json' });
      return res.end(JSON.stringify(record));
    }
    const gte = url.searchParams.get('updatedAt_gte');
    const ne = url.searchParams.get('updatedAt_ne');
    let from = gte ? firstAtOrAfter(gte) : 0;
    while (ne && from < rows.length && rows[from].updatedAt === ne) from++;
    const start = Number(url.searchParams.get('_start') ?? 0);
    const end = Number(url.searchParams.get('_end') ?? rows.length);
    const page = rows.slice(from + start, from + end);
    res.writeHead(200, { ...CORS, 'content-type': 'application/json', 'x-total-count': String(rows.length - from) });
    res.end(JSON.stringify(page));
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const id = `array-${nextId++}`;
  running.set(id, { stop: () => new Promise((resolve) => server.close(() => resolve())), created });
  return { id, url: `http://127.0.0.1:${port}` };
}

/**
 * Resolves once `port` accepts a connection. json-server and Django's runserver both print their ready line
 * before the socket is bound, so the printed line alone races the first request. Bounded: rejects
 * after `timeoutMs`.
 */
async function accepting(port, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`127.0.0.1:${port} did not accept connections within ${timeoutMs} ms`);
    // Back off a little between attempts (at most 100 ms): the process is binding, nothing else to wait on.
    await new Promise((resolve) => setTimeout(resolve, Math.min(100, 10 * 2 ** attempt)));
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * json-server on a temporary copy of `data`. With `memory`, it serves a .js source, which json-server keeps
 * in memory instead of rewriting the whole JSON file after every write (benchmarks measure the client, not
 * the file system).
 */
async function startJsonServer({ data, memory = false }) {
  const dir = mkdtempSync(join(tmpdir(), 'crm-json-server-'));
  writeFileSync(join(dir, 'db.json'), JSON.stringify(data));
  const file = join(dir, memory ? 'db.js' : 'db.json');
  if (memory)
    writeFileSync(
      file,
      "module.exports = () => JSON.parse(require('fs').readFileSync(__dirname + '/db.json', 'utf8'));\n",
    );
  // The port is picked, freed, then bound by json-server: another socket can take it in between (EADDRINUSE,
  // after json-server has printed its ready line). Such a start is detected and retried on a new port, twice.
  let child;
  let url;
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    child = spawn(process.execPath, [JSON_SERVER, '--host', '127.0.0.1', '--port', String(port), file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    url = `http://127.0.0.1:${port}`;
    const exited = new Promise((_, reject) =>
      child.once('exit', (code) => reject(new Error(`json-server on port ${port} exited with ${code}`))),
    );
    exited.catch(() => {});
    try {
      await printed(child, `Home\n  ${url}`, 'json-server');
      // json-server prints its home URL right after calling listen(), before the socket is bound.
      await Promise.race([accepting(port), exited]);
      break;
    } catch (error) {
      child.kill();
      if (attempt === 3) throw error;
    }
  }
  const id = `json-server-${nextId++}`;
  running.set(id, {
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill();
      }),
  });
  return { id, url };
}

/**
 * A proxy that forwards to `target` and can be told to misbehave:
 * - `{ kind: 'status', status, times }`: answer with that status without forwarding;
 * - `{ kind: 'delay', ms, times }`: wait before forwarding;
 * - `{ kind: 'drop-after-commit', times }`: forward, let the server commit, then cut the connection;
 * - `{ kind: 'reset-mid-body', times }`: forward, send half of the response body, then cut the connection.
 * Faults apply to requests matching `method`, `path` (a substring of the URL) and `bodyIncludes` when given,
 * `times` times (default 1).
 * With `passCors: true` it forwards preflights and the Origin header and adds no CORS headers of its own, so
 * the browser meets the target's real CORS policy (an unreachable target then fails the way it would).
 * With `ifMatch: true` it enforces If-Match on PATCH/PUT/DELETE against the target's current ETag (412 on
 * mismatch), the way a backend with conditional requests does; json-server alone ignores If-Match.
 */
async function startProxy({ target, ifMatch = false, passCors = false }) {
  const state = { faults: [], log: [], ifMatch, passCors };
  const server = createServer((req, res) => handle(req, res, target, state));
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const id = `proxy-${nextId++}`;
  running.set(id, {
    state,
    stop: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  });
  return { id, url: `http://127.0.0.1:${port}` };
}

function takeFault(state, req, body) {
  const index = state.faults.findIndex(
    (f) =>
      (!f.method || f.method === req.method) &&
      (!f.path || req.url.includes(f.path)) &&
      (!f.bodyIncludes || body.toString().includes(f.bodyIncludes)),
  );
  if (index < 0) return undefined;
  const fault = state.faults[index];
  fault.times = (fault.times ?? 1) - 1;
  if (fault.times <= 0) state.faults.splice(index, 1);
  return fault;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function forward(target, req, body) {
  return new Promise((resolve, reject) => {
    const url = new URL(req.url, target);
    const headers = { ...req.headers, host: url.host };
    if (!req.passCors) delete headers.origin;
    const upstream = request(url, { method: req.method, headers }, (response) => {
      readBody(response).then(
        (data) => resolve({ status: response.statusCode, headers: response.headers, body: data }),
        reject,
      );
    });
    upstream.on('error', reject);
    upstream.end(body);
  });
}

async function handle(req, res, target, state) {
  const cors = state.passCors ? {} : CORS;
  req.passCors = state.passCors;
  if (req.method === 'OPTIONS' && !state.passCors) {
    res.writeHead(204, CORS).end();
    return;
  }
  const body = await readBody(req);
  const entry = {
    method: req.method,
    url: req.url,
    idempotencyKey: req.headers['idempotency-key'] ?? null,
    status: 0,
    at: Date.now(),
  };
  state.log.push(entry);
  const fault = takeFault(state, req, body);
  try {
    if (fault?.kind === 'status') {
      entry.status = fault.status;
      res.writeHead(fault.status, { ...cors, 'content-type': 'application/json', ...fault.headers });
      res.end(JSON.stringify({ message: fault.message ?? `injected ${fault.status}` }));
      return;
    }
    if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    if (state.ifMatch && req.headers['if-match'] && ['PATCH', 'PUT', 'DELETE'].includes(req.method)) {
      const current = await forward(target, { method: 'GET', url: req.url, headers: {} }, undefined);
      if (current.status === 200 && current.headers.etag !== req.headers['if-match']) {
        entry.status = 412;
        res.writeHead(412, { ...CORS, 'content-type': 'application/json', etag: current.headers.etag });
        res.end(current.body);
        return;
      }
    }
    const upstream = await forward(target, req, body);
    entry.status = upstream.status;
    const headers = { ...upstream.headers, ...cors };
    if (!state.passCors) delete headers['access-control-allow-credentials'];
    if (fault?.kind === 'drop-after-commit') {
      entry.status = 'dropped';
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'reset-mid-body') {
      entry.status = 'reset';
      delete headers['content-length'];
      res.writeHead(upstream.status, headers);
      res.write(upstream.body.subarray(0, Math.floor(upstream.body.length / 2)));
      setTimeout(() => req.socket.destroy(), 10);
      return;
    }
    res.writeHead(upstream.status, headers);
    res.end(upstream.body);
  } catch (error) {
    entry.status = 502;
    res.writeHead(502, cors).end(String(error));
  }
}

/** The test-runner plugin: `executeServerCommand('servers', { action, ... })` from a test. */
export const serversPlugin = {
  name: 'crm-test-servers',
  async executeCommand({ command, payload }) {
    if (command !== 'servers') return undefined;
    const { action, id } = payload;
    switch (action) {
      case 'start-json-server':
        return startJsonServer(payload);
      case 'start-proxy':
        return startProxy(payload);
      case 'start-drf':
        return startDrf();
      case 'start-array-server':
        return startArrayServer(payload);
      case 'created':
        return running.get(id).created.size;
      case 'pause':
        await running.get(id).pause();
        return true;
      case 'resume':
        await running.get(id).resume();
        return true;
      case 'faults':
        running.get(id).state.faults.push(...payload.faults);
        return true;
      case 'clear-faults':
        running.get(id).state.faults.length = 0;
        return true;
      case 'log':
        return running.get(id).state.log;
      case 'clear-log':
        running.get(id).state.log.length = 0;
        return true;
      case 'stop':
        await running.get(id)?.stop();
        running.delete(id);
        return true;
      default:
        throw new Error(`unknown servers action ${action}`);
    }
  },
  async serverStop() {
    await Promise.all([...running.values()].map((s) => s.stop()));
    running.clear();
  },
};
