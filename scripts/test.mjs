#!/usr/bin/env node
// `npm test`: lint, types, unit + integration tests, web build, browser tests; stops at the first failure.
// Plain Node ESM with no dependencies, so it runs before anything else is known to work.
//
//   npm test                         every step
//   npm test -- --only=lint          one step (lint | types | unit | build | e2e); a comma list selects several
//   npm test -- --only=unit,e2e      "e2e" also runs "build" first, since the browser tests serve web/dist
//
// The last line is `N passed, N failed` (test cases, from Vitest's JSON reports): CI reads it.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const reportDir = path.join(root, '.tmp');

const STEP_NAMES = ['lint', 'types', 'unit', 'build', 'e2e'];
const IMPLIES = { e2e: ['build', 'e2e'] };

function usage(code) {
  console.log(`usage: node scripts/test.mjs [--only=${STEP_NAMES.join('|')}[,...]]
  lint   biome check .
  types  tsc --noEmit -p tsconfig.json
  unit   vitest --project server (and --project server-pg when TEST_DATABASE_URL is set)
  build  vite build (the web app)
  e2e    vitest --project e2e in Chromium (runs build first); CHROMIUM_PATH selects the browser`);
  process.exit(code);
}

function parseArgs(argv) {
  const selected = new Set();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') usage(0);
    let value;
    if (arg.startsWith('--only=')) value = arg.slice('--only='.length);
    else if (arg === '--only') value = argv[++i] ?? '';
    else {
      console.error(`unknown argument: ${arg}`);
      usage(2);
    }
    for (const name of value.split(',').filter(Boolean)) {
      if (!STEP_NAMES.includes(name)) {
        console.error(`unknown step "${name}"`);
        usage(2);
      }
      for (const step of IMPLIES[name] ?? [name]) selected.add(step);
    }
  }
  return selected.size ? STEP_NAMES.filter((name) => selected.has(name)) : STEP_NAMES;
}

// ---------------------------------------------------------------------------------------------------------
// Running commands

let current; // the child process running now, so that a signal reaches it
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (current && current.exitCode === null) current.kill(signal);
    console.error(`\n${signal}: stopped`);
    process.exit(130);
  });
}

function run(command, args, env = process.env) {
  console.log(`$ ${[path.relative(root, command) || command, ...args].join(' ')}`);
  return new Promise((resolve) => {
    current = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
    current.on('error', (error) => {
      console.error(`cannot start ${command}: ${error.message}`);
      resolve(127);
    });
    current.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

// ---------------------------------------------------------------------------------------------------------
// Vitest: one JSON report per step, summed at the end

const counts = { passed: 0, failed: 0, skipped: 0, ran: false };

async function vitest(label, projects, env) {
  mkdirSync(reportDir, { recursive: true });
  const report = path.join(reportDir, `vitest-${label}.json`);
  rmSync(report, { force: true });
  const args = ['run', ...projects.flatMap((p) => ['--project', p])];
  args.push('--reporter=default', '--reporter=json', `--outputFile.json=${path.relative(root, report)}`);
  const code = await run(bin('vitest'), args, env);
  counts.ran = true;
  let passed = 0;
  let failed = 0;
  if (existsSync(report)) {
    try {
      const json = JSON.parse(readFileSync(report, 'utf8'));
      passed = json.numPassedTests ?? 0;
      failed = json.numFailedTests ?? 0;
      counts.skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
      // A file that fails to load has no failed test case; count it, so the line agrees with the exit code.
      if (code !== 0 && failed === 0) failed = Math.max(1, json.numFailedTestSuites ?? 0);
    } catch (error) {
      console.error(`cannot read ${report}: ${error.message}`);
      if (code !== 0) failed = 1;
    }
  } else if (code !== 0) {
    failed = 1;
  }
  counts.passed += passed;
  counts.failed += failed;
  return { code, detail: `${passed} passed, ${failed} failed` };
}

// ---------------------------------------------------------------------------------------------------------
// Chromium for the browser tests

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findChromium() {
  const given = process.env.CHROMIUM_PATH;
  if (given) {
    if (executable(given)) return given;
    console.error(`CHROMIUM_PATH=${given} is not an executable file`);
    return undefined;
  }
  for (const name of ['/usr/bin/chromium', 'chromium-browser', 'google-chrome', 'chromium']) {
    if (name.startsWith('/')) {
      if (executable(name)) return name;
      continue;
    }
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return undefined;
}

async function ensureChromium() {
  let chromium = findChromium();
  if (chromium) return chromium;
  if (process.env.CHROMIUM_PATH) return undefined;
  if (process.getuid?.() === 0) {
    console.log('Chromium not found: installing the Debian package (apt-get install chromium)');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if ((await run('apt-get', ['update'], env)) !== 0) return undefined;
    if ((await run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], env)) !== 0) return undefined;
    chromium = findChromium();
    if (chromium) return chromium;
  }
  console.log(`
The browser tests need Chromium, and none was found (CHROMIUM_PATH, /usr/bin/chromium, chromium-browser, google-chrome).
Install it with:   sudo apt-get install -y chromium
or point to one:   CHROMIUM_PATH=/path/to/chrome npm test
or skip them:      npm test -- --only=lint,types,unit,build`);
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// The steps

const steps = {
  lint: { title: 'lint (biome check .)', run: () => run(bin('biome'), ['check', '.']) },
  types: { title: 'types (tsc --noEmit)', run: () => run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) },
  unit: {
    title: 'unit + integration tests (vitest)',
    run: () => {
      const projects = ['server'];
      if (process.env.TEST_DATABASE_URL) projects.push('server-pg');
      else console.log('TEST_DATABASE_URL is not set: the PostgreSQL-server project (server-pg) is skipped');
      return vitest('unit', projects, process.env);
    },
  },
  build: { title: 'web build (vite build)', run: () => run(bin('vite'), ['build']) },
  e2e: {
    title: 'browser tests (vitest --project e2e)',
    run: async () => {
      const chromium = await ensureChromium();
      if (!chromium) return { code: 1, detail: 'no Chromium' };
      console.log(`Chromium: ${chromium}`);
      return vitest('e2e', ['e2e'], { ...process.env, CHROMIUM_PATH: chromium });
    },
  },
};

const selected = parseArgs(process.argv.slice(2));
const results = [];
const started = Date.now();
let exitCode = 0;
for (const [index, name] of selected.entries()) {
  const step = steps[name];
  console.log(`\n=== [${index + 1}/${selected.length}] ${step.title} ===`);
  const t0 = Date.now();
  const outcome = await step.run();
  const { code, detail } = typeof outcome === 'number' ? { code: outcome, detail: '' } : outcome;
  const ms = Date.now() - t0;
  results.push({ name, ok: code === 0, ms, detail });
  console.log(`=== ${name}: ${code === 0 ? 'ok' : `FAILED (exit code ${code})`} in ${seconds(ms)} ===`);
  if (code !== 0) {
    exitCode = code;
    break;
  }
}

console.log('\n=== summary ===');
for (const name of selected) {
  const result = results.find((r) => r.name === name);
  const status = !result ? 'not run' : result.ok ? 'ok' : 'FAILED';
  const time = result ? seconds(result.ms).padStart(8) : ''.padStart(8);
  console.log(`${name.padEnd(6)} ${status.padEnd(8)}${time}${result?.detail ? `  ${result.detail}` : ''}`);
}
console.log(`total  ${exitCode === 0 ? 'ok' : 'FAILED'}${seconds(Date.now() - started).padStart(12)}`);
if (counts.ran) {
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
  console.log(`${counts.passed} passed, ${counts.failed} failed${skipped}`);
}
process.exit(exitCode);
