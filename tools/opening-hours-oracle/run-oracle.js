'use strict';
// Evaluates every corpus value with opening_hours.js at every instant of the grid and writes the
// golden file tests/Omigjen.OpeningHours.Tests/Golden/oracle.jsonl.gz.
//
// Must run with TZ=Europe/Oslo. Usage: node run-oracle.js [--limit-values N] [--out FILE] [--reuse [--verify-every N]]
//
// By default every pair is computed directly, exactly as a caller of getNextChange() would (the golden
// files are made this way; it takes 30-45 minutes). --reuse is a faster mode for experiments only:
// opening_hours.js is not fully self-consistent (see docs/opening-hours-differences.md, D4), so reused
// answers can differ from direct ones.
//
// Golden format (gzip, one JSON object per line):
//   line 1: header {format, oracle, timeZone, latitude, longitude, address, nextChangeLimitSeconds,
//                   instants: [UTC epoch seconds], groups: "FHDR..." (one letter per instant)}
//   then one line per corpus value, in corpus order:
//     {"i": index, "v": value, "c": [strings], "r": "entry entry ..."}
//   "r" lists one result per instant (run-length encoded). An entry is
//     <state>[<comment index>][><next change epoch>][*<repeat count>]
//   state: o = open, c = closed, u = unknown, x = the oracle threw (c[index] holds the message).
//   A missing comment index means no comment; a missing ">" part means no change before
//   instant + nextChangeLimitSeconds (the limit is exclusive, as in opening_hours.js).

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const {
  GOLDEN_DIR, NOMINATIM, OH_OPTIONS, LATITUDE, LONGITUDE, loadOpeningHours, assertOsloTimeZone, readCorpus,
} = require('./lib/common');
const { buildGrid } = require('./lib/grid');

assertOsloTimeZone();
const args = process.argv.slice(2);
const limitIdx = args.indexOf('--limit-values');
const LIMIT_VALUES = limitIdx >= 0 ? Number(args[limitIdx + 1]) : Infinity;
const NEXT_CHANGE_LIMIT_SECONDS = 366 * 24 * 3600;
const USE_CACHE = args.includes('--reuse');
const verifyIdx = args.indexOf('--verify-every');
const VERIFY_EVERY = verifyIdx >= 0 ? Number(args[verifyIdx + 1]) : 0;
const cacheStats = { reused: 0, verified: 0, mismatches: 0 };

const OpeningHours = loadOpeningHours();
const ohVersion = require('opening_hours/package.json').version;

const corpus = readCorpus(path.join(GOLDEN_DIR, 'corpus.txt')).slice(0, LIMIT_VALUES);
const { instants, groups } = buildGrid();
const counts = {};
for (const g of groups) counts[g] = (counts[g] || 0) + 1;
console.log(`opening_hours.js ${ohVersion}; ${corpus.length} values x ${instants.length} instants `
  + `(${JSON.stringify(counts)}) = ${corpus.length * instants.length} pairs`);

// opening_hours.js logs some evaluation errors to the console before throwing; keep the output readable.
const quiet = (fn) => {
  const saved = console.error;
  console.error = () => {};
  try { return fn(); } finally { console.error = saved; }
};

function stateOf(it) {
  return it.getState() ? 'o' : (it.getUnknown() ? 'u' : 'c');
}

// First visible state change after the iterator position, before `limit` (exclusive); the same
// loop as opening_hours.getNextChange() (comment-only boundaries are skipped).
function firstChange(it, limit) {
  const open = it.getState();
  const unknown = it.getUnknown();
  while (it.advance(limit)) {
    if (it.getState() !== open || it.getUnknown() !== unknown) return Math.floor(it.getDate().getTime() / 1000);
  }
  return null;
}

// Direct evaluation, exactly as a caller of the public API would do it.
function evaluateDirect(oh, epoch) {
  const it = oh.getIterator(new Date(epoch * 1000));
  const state = stateOf(it);
  const comment = it.getComment();
  const next = firstChange(it, new Date((epoch + NEXT_CHANGE_LIMIT_SECONDS) * 1000));
  return { state, comment: comment === undefined ? null : String(comment), next };
}

/**
 * Evaluator for one value over ascending instants. State and comment are always computed directly.
 * The next change reuses the previous answer when that is implied by it: if the oracle said that
 * from t0 the state S holds until N0, then for t0 < t < N0 with the same state S the next change is
 * N0. If the oracle said that S holds for the whole search window [t0, t0 + limit), the search for t
 * only has to cover [t0 + limit, t + limit). Only with `--reuse`; `--verify-every N` re-computes every
 * Nth reused answer directly, counts mismatches and keeps the direct answer.
 */
function makeEvaluator(oh, useCache, verifyEvery, stats, label) {
  let cache = null;
  return (epoch) => {
    if (!useCache) return evaluateDirect(oh, epoch);
    const it = oh.getIterator(new Date(epoch * 1000));
    const state = stateOf(it);
    const c = it.getComment();
    const comment = c === undefined ? null : String(c);
    let next;
    let reused = false;
    let kind = '';
    if (cache && cache.state === state && cache.next !== null && epoch < cache.next) {
      next = cache.next;
      reused = true;
      kind = 'same state before the earlier next change';
    } else if (cache && cache.state === state && cache.next === null && epoch < cache.horizon) {
      const it2 = oh.getIterator(new Date((cache.horizon - 1) * 1000));
      if (stateOf(it2) === state) {
        next = firstChange(it2, new Date((epoch + NEXT_CHANGE_LIMIT_SECONDS) * 1000));
        reused = true;
        kind = 'search continued from the earlier horizon';
      } else {
        next = firstChange(it, new Date((epoch + NEXT_CHANGE_LIMIT_SECONDS) * 1000));
      }
    } else {
      next = firstChange(it, new Date((epoch + NEXT_CHANGE_LIMIT_SECONDS) * 1000));
    }
    if (reused) {
      stats.reused += 1;
      if (verifyEvery > 0 && stats.reused % verifyEvery === 0) {
        stats.verified += 1;
        const direct = evaluateDirect(oh, epoch);
        if (direct.next !== next || direct.state !== state) {
          stats.mismatches += 1;
          if (stats.mismatches <= 20) {
            console.log(`    reuse mismatch (${kind}) for ${JSON.stringify(label)} at ${epoch}: reused next ${next}, direct ${direct.next}`);
          }
          next = direct.next;
        }
      }
    }
    if (!(reused && cache.next !== null)) {
      cache = { state, next, horizon: epoch + NEXT_CHANGE_LIMIT_SECONDS };
    }
    return { state, comment, next };
  };
}

const header = {
  format: 1,
  oracle: `opening_hours.js ${ohVersion}`,
  timeZone: 'Europe/Oslo',
  latitude: LATITUDE,
  longitude: LONGITUDE,
  address: NOMINATIM.address,
  nextChangeLimitSeconds: NEXT_CHANGE_LIMIT_SECONDS,
  instants,
  groups,
};

const lines = [JSON.stringify(header)];
const started = Date.now();
let errorPairs = 0;
let pairs = 0;
const slow = [];
corpus.forEach((value, index) => {
  const t0 = Date.now();
  const comments = [];
  const commentIndex = new Map();
  const cid = (s) => {
    if (!commentIndex.has(s)) { commentIndex.set(s, comments.length); comments.push(s); }
    return commentIndex.get(s);
  };
  let oh = null;
  let constructError = null;
  try { oh = quiet(() => new OpeningHours(value, NOMINATIM, OH_OPTIONS)); } catch (e) { constructError = String(e); }

  const entries = [];
  let prev = null;
  let repeat = 0;
  const flush = () => { if (prev !== null) entries.push(repeat > 1 ? `${prev}*${repeat}` : prev); };
  const evaluate = oh === null ? null : makeEvaluator(oh, USE_CACHE, VERIFY_EVERY, cacheStats, value);
  for (const epoch of instants) {
    let token;
    if (oh === null) {
      token = `x${cid(constructError)}`;
      errorPairs += 1;
    } else {
      try {
        const r = quiet(() => evaluate(epoch));
        token = r.state + (r.comment === null ? '' : cid(r.comment)) + (r.next === null ? '' : `>${r.next}`);
      } catch (e) {
        token = `x${cid(String(e && e.message ? e.message : e).split('\n')[0])}`;
        errorPairs += 1;
      }
    }
    pairs += 1;
    if (token === prev) { repeat += 1; } else { flush(); prev = token; repeat = 1; }
  }
  flush();
  lines.push(JSON.stringify({ i: index, v: value, c: comments, r: entries.join(' ') }));
  const ms = Date.now() - t0;
  if (ms > 2000) slow.push([ms, value]);
  if ((index + 1) % 25 === 0 || index + 1 === corpus.length) {
    const elapsed = (Date.now() - started) / 1000;
    const eta = (elapsed / (index + 1)) * (corpus.length - index - 1);
    console.log(`  ${index + 1}/${corpus.length} values, ${pairs} pairs, ${errorPairs} oracle errors, `
      + `${elapsed.toFixed(0)} s elapsed, ~${eta.toFixed(0)} s left`);
  }
});

fs.mkdirSync(GOLDEN_DIR, { recursive: true });
const outIdx = args.indexOf('--out');
const out = outIdx >= 0 ? path.resolve(args[outIdx + 1]) : path.join(GOLDEN_DIR, 'oracle.jsonl.gz');
const gz = zlib.gzipSync(Buffer.from(`${lines.join('\n')}\n`, 'utf8'), { level: 9 });
fs.writeFileSync(out, gz);
console.log(`wrote ${out}: ${(gz.length / 1e6).toFixed(2)} MB, ${pairs} pairs, ${errorPairs} pairs where the oracle threw`);
if (USE_CACHE) console.log(`next-change reuse: ${cacheStats.reused} answers reused, ${cacheStats.verified} re-checked directly, `
  + `${cacheStats.mismatches} mismatches (replaced by the direct answer)`);
if (slow.length) {
  console.log('slowest values:');
  slow.sort((a, b) => b[0] - a[0]).slice(0, 10).forEach(([ms, v]) => console.log(`  ${ms} ms  ${v}`));
}
