#!/usr/bin/env node
// Makes the lexicon the item search splits compounds with (Lexicon.cs) from the npm package @cspell/dict-nb-no
// (GPL-3.0-or-later): its word forms, lower-case, letters only, at least three letters, one a line, gzip-compressed;
// a form the dictionary lets begin a compound (its "form+" entry, "bade+", "lands+") ends in "+". Run by the web
// project's build (target MakeLexicon) into obj/; the output is never committed and ships as a data file under the
// package's licence. Proper names, abbreviations and forms with other signs are left out.
// Usage: node make-lexicon.mjs <nb.trie.gz> <output .txt.gz>
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { importTrie, iteratorTrieWords } from 'cspell-trie-lib';

const [source, output] = process.argv.slice(2);
if (!source || !output) {
  console.error('usage: node make-lexicon.mjs <nb.trie.gz> <output .txt.gz>');
  process.exit(2);
}

const started = Date.now();
const text = zlib.gunzipSync(fs.readFileSync(source)).toString('utf8');
const root = importTrie(text.split('\n'));

// cspell marks compounding with "+": "form+" may begin a compound, "+form" end one, "+form+" stand inside one; "~"
// starts the case-folded copy of a capitalised entry. The dictionary gives a form all three "+" entries or none, so
// "form+" alone says which forms take part in compounds.
const letters = /^\p{Ll}{3,}$/u;
const words = new Set();
const compounding = new Set();
for (const entry of iteratorTrieWords(root)) {
  if (entry.startsWith('~') || entry.startsWith('+')) continue;
  const begins = entry.endsWith('+');
  const word = (begins ? entry.slice(0, -1) : entry).normalize('NFC');
  if (!letters.test(word)) continue;
  if (begins) compounding.add(word);
  else words.add(word);
}
for (const word of compounding) words.add(word);

const lines = [...words].sort().map(w => (compounding.has(w) ? `${w}+` : w));
fs.mkdirSync(path.dirname(output), { recursive: true });
// gzip from zlib writes no time stamp or file name, so the same input gives the same bytes.
fs.writeFileSync(output, zlib.gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
const size = fs.statSync(output).size;
console.log(`lexicon: ${words.size} word forms (${compounding.size} begin compounds), ${(size / 1048576).toFixed(1)} MiB, ${Date.now() - started} ms`);
