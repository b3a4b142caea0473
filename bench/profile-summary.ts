// Summarises a V8 CPU profile (from `BENCH_CPU_PROF=1 npm run bench`): where the time went, by package or
// file (self time) and by function (self and total time), over the busy samples only (idle excluded).
//
//   node --import tsx bench/profile-summary.ts bench/results/profiles/full/*.cpuprofile [--top=25] [--last=SECONDS]
//
// --last keeps only the last seconds of the profile (the last load run, without start-up and migrations).
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

function where(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  if (url.startsWith('node:')) return 'node:internal';
  const file = url.replace(/^file:\/\//, '');
  const nm = file.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = file.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  return path.relative(root, file);
}

function summarise(file: string, top: number, lastSeconds: number) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const self = new Map<number, number>();
  const total = profile.timeDeltas.reduce((a, b) => a + b, 0);
  const from = lastSeconds > 0 ? total - lastSeconds * 1e6 : 0;
  let t = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    if (t < from) continue;
    const id = profile.samples[i]!;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }

  const bySelfPlace = new Map<string, number>();
  const bySelfFn = new Map<string, number>();
  const byTotalFn = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idle += us;
      continue;
    }
    busy += us;
    const place = where(url, functionName);
    bySelfPlace.set(place, (bySelfPlace.get(place) ?? 0) + us);
    const fn = `${functionName || '(anonymous)'} ${place}:${lineNumber + 1}`;
    bySelfFn.set(fn, (bySelfFn.get(fn) ?? 0) + us);
    // Total time: every distinct function on the stack gets the sample once.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      const key = `${f.functionName || '(anonymous)'} ${where(f.url, f.functionName)}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      byTotalFn.set(key, (byTotalFn.get(key) ?? 0) + us);
    }
  }

  const pct = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)} %`;
  const table = (title: string, map: Map<string, number>) => {
    console.log(`\n  ${title}`);
    for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us)}  ${k}`);
  };
  console.log(
    `\n${path.relative(process.cwd(), file)}: busy ${(busy / 1e6).toFixed(1)} s, idle ${(idle / 1e6).toFixed(1)} s`,
  );
  table('self time by package or file', bySelfPlace);
  table('self time by function', bySelfFn);
  table('total time by function (inclusive)', byTotalFn);
}

const args = process.argv.slice(2);
const top = Number(args.find((a) => a.startsWith('--top='))?.slice(6) ?? 25);
const last = Number(args.find((a) => a.startsWith('--last='))?.slice(7) ?? 0);
const files = args.filter((a) => !a.startsWith('--'));
if (!files.length) {
  console.error('usage: node --import tsx bench/profile-summary.ts FILE.cpuprofile... [--top=25] [--last=SECONDS]');
  process.exit(2);
}
for (const file of files) summarise(file, top, last);
