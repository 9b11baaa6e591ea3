'use strict';
// Throughput of opening_hours.js over a corpus, for bench/opening-hours-ratio.sh.
// Prints one JSON line to stdout (parse_per_s, state_per_s, next_change_per_s, ...); progress to stderr.
//
// Usage: TZ=Europe/Oslo node throughput.js <corpus-file> --instants-file <file> [--parse-rounds 5]
//          [--next-change-every 1] [--limit-days 366] [--max-seconds 120]
// Each phase stops early once it has used its share of --max-seconds; the rate is then computed
// over the calls actually made (the JSON says so in "truncated"). Values are timed in a seeded
// shuffled order, so an early stop still samples the whole corpus.

const fs = require('fs');
const {
  NOMINATIM, OH_OPTIONS, loadOpeningHours, assertOsloTimeZone, readCorpus, makeRng,
} = require('./lib/common');

assertOsloTimeZone();
const args = process.argv.slice(2);
if (args.length === 0 || args[0].startsWith('--')) {
  console.error('usage: node throughput.js <corpus-file> --instants-file <file> [--parse-rounds N] [--next-change-every N] [--limit-days N] [--max-seconds N]');
  process.exit(2);
}
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const corpus = readCorpus(args[0]);
const instantsFile = opt('--instants-file', null);
if (!instantsFile) { console.error('--instants-file is required'); process.exit(2); }
const instants = fs.readFileSync(instantsFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => new Date(Number(l) * 1000));
const parseRounds = Number(opt('--parse-rounds', 5));
const nextEvery = Math.max(1, Number(opt('--next-change-every', 1)));
const limitMs = Number(opt('--limit-days', 366)) * 86400 * 1000;
const phaseBudgetMs = (Number(opt('--max-seconds', 120)) * 1000) / 3;

const OpeningHours = loadOpeningHours();
const ohVersion = require('opening_hours/package.json').version;
const now = () => Number(process.hrtime.bigint()) / 1e6;
const quietly = (fn) => {
  const saved = console.error;
  console.error = () => {};
  try { return fn(); } finally { console.error = saved; }
};

function progress(phase, done, total) {
  process.stderr.write(`\r  ${phase}: ${done}/${total}   `);
  if (done === total) process.stderr.write('\n');
}

// Parse the valid values once (and warm the JIT). They are timed in a seeded shuffled order so that a
// phase stopped early by its time budget still measures a sample of the whole corpus.
const parsed = [];
for (const v of corpus) {
  try { parsed.push(quietly(() => new OpeningHours(v, NOMINATIM, OH_OPTIONS))); } catch (e) { /* counted below */ }
}
{
  const rng = makeRng(4242);
  for (let i = parsed.length - 1; i > 0; i -= 1) {
    const j = rng.int(i + 1);
    [parsed[i], parsed[j]] = [parsed[j], parsed[i]];
  }
}
console.error(`opening_hours.js ${ohVersion}: ${corpus.length} values (${parsed.length} valid) x ${instants.length} instants`);
for (const oh of parsed.slice(0, 50)) {
  for (const d of instants.slice(0, 8)) { try { oh.getState(d); oh.getNextChange(d, new Date(d.getTime() + limitMs)); } catch (e) { /* ignore */ } }
}

const truncated = {};

// Parse phase.
let parseCalls = 0;
let parseErrors = 0;
let t0 = now();
outer: for (let r = 0; r < parseRounds; r += 1) {
  for (let i = 0; i < corpus.length; i += 1) {
    try { quietly(() => new OpeningHours(corpus[i], NOMINATIM, OH_OPTIONS)); } catch (e) { parseErrors += 1; }
    parseCalls += 1;
    if (parseCalls % 250 === 0) {
      progress('parse', parseCalls, corpus.length * parseRounds);
      if (now() - t0 > phaseBudgetMs) { truncated.parse = true; break outer; }
    }
  }
}
const parseMs = now() - t0;
console.error(`\n  parse: ${parseCalls} calls timed`);

// State phase.
let stateCalls = 0;
let stateErrors = 0;
let open = 0;
let stateValues = 0;
t0 = now();
for (let s = 0; s < parsed.length; s += 1) {
  const oh = parsed[s];
  for (const d of instants) {
    try { if (oh.getState(d)) open += 1; } catch (e) { stateErrors += 1; }
    stateCalls += 1;
  }
  stateValues = s + 1;
  if ((s + 1) % 50 === 0) {
    progress('state', s + 1, parsed.length);
    if (now() - t0 > phaseBudgetMs) { truncated.state = true; break; }
  }
}
const stateMs = now() - t0;
console.error(`\n  state: ${stateValues}/${parsed.length} values timed`);

// Next-change phase.
let nextCalls = 0;
let nextErrors = 0;
let found = 0;
let nextValues = 0;
t0 = now();
for (let s = 0; s < parsed.length; s += 1) {
  const oh = parsed[s];
  for (let i = 0; i < instants.length; i += nextEvery) {
    const d = instants[i];
    try { if (oh.getNextChange(d, new Date(d.getTime() + limitMs)) !== undefined) found += 1; } catch (e) { nextErrors += 1; }
    nextCalls += 1;
  }
  nextValues = s + 1;
  if ((s + 1) % 25 === 0) {
    progress('next change', s + 1, parsed.length);
    if (now() - t0 > phaseBudgetMs) { truncated.nextChange = true; break; }
  }
}
const nextMs = now() - t0;
console.error(`\n  next change: ${nextValues}/${parsed.length} values timed`);

const rate = (calls, ms) => Math.round(calls / (ms / 1000));
console.log(JSON.stringify({
  implementation: `opening_hours.js ${ohVersion}`,
  runtime: `node ${process.version}`,
  values: corpus.length,
  validValues: parsed.length,
  instants: instants.length,
  parse_per_s: rate(parseCalls, parseMs),
  state_per_s: rate(stateCalls, stateMs),
  next_change_per_s: rate(nextCalls, nextMs),
  parseCalls, stateCalls, nextChangeCalls: nextCalls,
  parseErrors, stateErrors, nextChangeErrors: nextErrors,
  checksum: open + found,
  truncated,
}));
