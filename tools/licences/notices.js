#!/usr/bin/env node
// Builds THIRD-PARTY-NOTICES.md from what is restored on this machine, without the network:
// - NuGet: each project of Omigjen.slnx, from its obj/project.assets.json (so `dotnet restore` must have run), and the
//   licence from each package's .nuspec in the global packages folder;
// - npm: src/Omigjen.Web/package-lock.json and tools/*/package-lock.json, the licence from the installed package.json
//   when node_modules is there, else from the lock file (npm copies the same field into it).
// Usage: node notices.js <repository root> <output file>. Writes the file, prints licence problems to stderr and exits
// 1 when a package that ships with the app has a licence outside the allow-list in policy.json, or any package is
// under GPL/AGPL; packages used only to build, test, benchmark or as dev tools are otherwise only reported.
'use strict';
const fs = require('fs');
const path = require('path');

const [root, outFile] = process.argv.slice(2);
if (!root || !outFile) {
  console.error('usage: node notices.js <repository root> <output file>');
  process.exit(2);
}
const policy = JSON.parse(fs.readFileSync(path.join(__dirname, 'policy.json'), 'utf8'));
const rel = p => path.relative(root, p).split(path.sep).join('/');
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// Scopes, strongest first. Only 'app' (ships with the app) is held to the allow-list.
const SCOPES = {
  'app': 'ships with the app (runtime dependency of Omigjen.Web, or an npm production package copied into wwwroot/lib)',
  'app-build': 'used to build the app, not shipped (build-time NuGet package of Omigjen.Web, npm dev package of Omigjen.Web)',
  'test': 'test projects only',
  'bench': 'benchmark projects only',
  'tool': 'dev-only tool under tools/, never shipped',
};
const scopeRank = Object.keys(SCOPES);

// ---- SPDX expressions -------------------------------------------------------------------------------------------
// A tiny parser: OR binds looser than AND, WITH attaches an exception to one id. Anything that does not parse (a
// free-text licence such as "SEE LICENSE IN …") is kept whole as one unknown id.
function parseExpression(text) {
  const tokens = text.replace(/\(/g, ' ( ').replace(/\)/g, ' ) ').trim().split(/\s+/);
  let i = 0;
  const peek = () => tokens[i];
  function orExpr() {
    const parts = [andExpr()];
    while (peek() && peek().toUpperCase() === 'OR') { i++; parts.push(andExpr()); }
    return parts.length === 1 ? parts[0] : { op: 'OR', parts };
  }
  function andExpr() {
    const parts = [atom()];
    while (peek() && peek().toUpperCase() === 'AND') { i++; parts.push(atom()); }
    return parts.length === 1 ? parts[0] : { op: 'AND', parts };
  }
  function atom() {
    const t = tokens[i++];
    if (t === '(') {
      const inner = orExpr();
      if (tokens[i++] !== ')') throw new Error('unbalanced');
      return inner;
    }
    if (!t || t === ')' || /^(AND|OR|WITH)$/i.test(t) || !/^[A-Za-z0-9.+-]+$/.test(t)) throw new Error('bad id');
    if (peek() && peek().toUpperCase() === 'WITH') { i += 2; }
    return { id: t.replace(/\+$/, '') };
  }
  try {
    const tree = orExpr();
    if (i !== tokens.length) throw new Error('trailing');
    return tree;
  } catch {
    return { id: text.trim() };
  }
}
const satisfies = (tree, ok) =>
  tree.op === 'OR' ? tree.parts.some(p => satisfies(p, ok))
    : tree.op === 'AND' ? tree.parts.every(p => satisfies(p, ok))
      : ok(tree.id);
const isGpl = id => /^A?GPL/i.test(id);

function allowedForApp(pkg) {
  const microsoft = pkg.ecosystem === 'NuGet' && policy.microsoftPrefixes.some(p => pkg.name.startsWith(p));
  return satisfies(parseExpression(pkg.license), id =>
    policy.allowed.includes(id) || (microsoft && policy.microsoftOnly.includes(id)));
}
const avoidsGpl = pkg => satisfies(parseExpression(pkg.license), id => !isGpl(id));
// A data package (policy.json 'data') is held to neither licence rule: the build reads it into a data file that ships
// beside the app under the package's own licence and is never compiled into the app. Matched by name, and only while
// the package still carries the licence declared there.
const dataEntry = pkg => {
  const entry = (policy.data || {})[`${pkg.ecosystem.toLowerCase()}:${pkg.name}`];
  return entry && entry.license === pkg.license ? entry : null;
};

// ---- NuGet --------------------------------------------------------------------------------------------------------
function solutionProjects() {
  const slnx = fs.readFileSync(path.join(root, 'Omigjen.slnx'), 'utf8');
  return [...slnx.matchAll(/<Project\s+Path="([^"]+)"/g)].map(m => m[1].replace(/\\/g, '/')).sort(byText);
}
function projectScope(projectPath) {
  if (projectPath.startsWith('src/')) return 'app';
  if (projectPath.startsWith('tests/')) return 'test';
  if (projectPath.startsWith('bench/')) return 'bench';
  return 'tool';
}
const hasFiles = section => section && Object.keys(section).some(f => !f.endsWith('/_._'));
const shipsFiles = entry =>
  ['runtime', 'native', 'runtimeTargets', 'resource'].some(k => hasFiles(entry[k]));

function licenceFileText(file) {
  const text = fs.readFileSync(file, 'utf8');
  if (/Permission is hereby granted, free of charge, to any person obtaining a copy/i.test(text)) return 'MIT';
  if (/Apache License/i.test(text) && /Version 2\.0/.test(text)) return 'Apache-2.0';
  return null;
}

function nuspecLicence(dir, name, version) {
  const spec = fs.readdirSync(dir).find(f => f.toLowerCase().endsWith('.nuspec'));
  if (!spec) throw new Error(`no .nuspec in ${dir}: run dotnet restore`);
  const xml = fs.readFileSync(path.join(dir, spec), 'utf8');
  const expression = xml.match(/<license\s+type="expression"[^>]*>([^<]+)<\/license>/);
  if (expression) return { license: expression[1].trim(), source: null };
  const file = xml.match(/<license\s+type="file"[^>]*>([^<]+)<\/license>/);
  if (file) {
    const name = file[1].trim();
    const full = path.join(dir, name);
    const known = fs.existsSync(full) ? licenceFileText(full) : null;
    return known
      ? { license: known, source: `licence file ${name} in the package (recognised as ${known})` }
      : { license: `see ${name} in the package`, source: `licence file ${name} in the package (not recognised)` };
  }
  const url = (xml.match(/<licenseUrl>([^<]+)<\/licenseUrl>/) || [])[1];
  if (url) {
    const u = url.trim().replace(/&amp;/g, '&');
    const nugetOrg = u.match(/^https?:\/\/licenses\.nuget\.org\/(.+)$/);
    if (nugetOrg) return { license: decodeURIComponent(nugetOrg[1]), source: null };
    if (policy.urls[u]) return { license: policy.urls[u], source: `licence URL ${u}, read as ${policy.urls[u]}` };
    return { license: `see ${u}`, source: `licence URL ${u} (not recognised)` };
  }
  const override = policy.overrides[`nuget:${name}@${version}`];
  if (override) return { license: override.license, source: override.source };
  return { license: 'unknown', source: 'the .nuspec declares no licence' };
}

// The packages of one restore target reachable from the given names, following package dependencies.
function walk(target, names) {
  const keyOf = new Map(Object.keys(target).map(k => [k.split('/')[0].toLowerCase(), k]));
  const seen = new Set();
  const queue = [...names];
  while (queue.length) {
    const key = keyOf.get(queue.pop().toLowerCase());
    if (!key || seen.has(key) || target[key].type !== 'package') continue;
    seen.add(key);
    queue.push(...Object.keys(target[key].dependencies || {}));
  }
  return seen;
}

function nugetPackages() {
  const found = new Map(); // "name/version" -> { name, version, scopes, dir }
  for (const project of solutionProjects()) {
    const assetsFile = path.join(root, path.dirname(project), 'obj', 'project.assets.json');
    if (!fs.existsSync(assetsFile)) throw new Error(`${rel(assetsFile)} is missing: run dotnet restore`);
    const assets = JSON.parse(fs.readFileSync(assetsFile, 'utf8'));
    const folder = Object.keys(assets.packageFolders)[0];
    const scope = projectScope(project);
    for (const [tfm, target] of Object.entries(assets.targets)) {
      const framework = assets.project.frameworks[tfm.split('/')[0]] || Object.values(assets.project.frameworks)[0];
      const direct = Object.entries(framework.dependencies || {}).filter(([, d]) => d.target === 'Package');
      const fromProjects = Object.values(target).filter(e => e.type === 'project')
        .flatMap(e => Object.keys(e.dependencies || {}));
      // Packages the SDK adds by itself (autoReferenced, such as Microsoft.NET.ILLink.Tasks) follow the installed SDK's
      // version, so listing them would make the file depend on the machine; they are part of the SDK, not chosen here.
      const listed = walk(target, [...direct.filter(([, d]) => !d.autoReferenced).map(([n]) => n), ...fromProjects]);
      // A package ships when the project consumes its runtime assets (the dependency's include keeps Runtime) and it
      // has runtime files or brings packages that may (a meta package such as Microsoft.EntityFrameworkCore.Sqlite);
      // everything else restored for an app project (analyzers, build tasks) only takes part in the build.
      const runtimeRoots = direct.filter(([, d]) => {
        const include = (d.include || 'All').split(',').map(x => x.trim());
        return !d.autoReferenced && (include.includes('All') || include.includes('Runtime'));
      }).map(([n]) => n);
      const runtime = walk(target, [...runtimeRoots, ...fromProjects]);
      for (const key of listed) {
        const entry = target[key];
        const ships = runtime.has(key) && (shipsFiles(entry) || Object.keys(entry.dependencies || {}).length > 0);
        const s = scope === 'app' ? (ships ? 'app' : 'app-build') : scope;
        const [name, version] = key.split('/');
        if (!found.has(key)) found.set(key, { name, version, scopes: new Set(), dir: path.join(folder, assets.libraries[key].path) });
        found.get(key).scopes.add(s);
      }
    }
  }
  return [...found.values()].map(p => {
    const { license, source } = nuspecLicence(p.dir, p.name, p.version);
    return { ecosystem: 'NuGet', name: p.name, version: p.version, scopes: p.scopes, license, source };
  });
}

// ---- npm ----------------------------------------------------------------------------------------------------------
function npmLicenceField(meta) {
  if (!meta) return null;
  const l = meta.license;
  if (typeof l === 'string' && l.trim()) return l.trim();
  if (l && typeof l === 'object' && l.type) return String(l.type);
  if (Array.isArray(meta.licenses) && meta.licenses.length) {
    const ids = meta.licenses.map(x => (typeof x === 'string' ? x : x.type)).filter(Boolean);
    if (ids.length) return ids.length === 1 ? ids[0] : `(${ids.join(' OR ')})`;
  }
  return null;
}

function npmPackages() {
  const lockFiles = [path.join(root, 'src/Omigjen.Web/package-lock.json')];
  const toolsDir = path.join(root, 'tools');
  for (const d of fs.readdirSync(toolsDir).sort(byText)) {
    const f = path.join(toolsDir, d, 'package-lock.json');
    if (fs.existsSync(f)) lockFiles.push(f);
  }
  const found = new Map();
  for (const lockFile of lockFiles) {
    const base = path.dirname(lockFile);
    const isTool = rel(base).startsWith('tools/');
    const lock = JSON.parse(fs.readFileSync(lockFile, 'utf8'));
    if (!lock.packages) throw new Error(`${rel(lockFile)}: lockfileVersion 2 or later expected`);
    for (const [where, entry] of Object.entries(lock.packages)) {
      if (!where || entry.link) continue;
      const name = entry.name || where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);
      const scope = isTool ? 'tool' : entry.dev ? 'app-build' : 'app';
      let installed = null;
      const manifest = path.join(base, where, 'package.json');
      if (fs.existsSync(manifest)) {
        const meta = JSON.parse(fs.readFileSync(manifest, 'utf8'));
        if (meta.version === entry.version) installed = meta;
      }
      let license = npmLicenceField(installed) || npmLicenceField(entry);
      let source = null;
      const override = policy.overrides[`npm:${name}@${entry.version}`];
      if (!license && override) ({ license, source } = override);
      if (!license) { license = 'unknown'; source = 'no license field in package.json or the lock file'; }
      const key = `${name}/${entry.version}`;
      if (!found.has(key)) {
        found.set(key, { ecosystem: 'npm', name, version: entry.version, scopes: new Set(), license, source, where: new Set() });
      }
      found.get(key).scopes.add(scope);
      found.get(key).where.add(isTool ? rel(base) : 'src/Omigjen.Web');
    }
  }
  return [...found.values()];
}

// ---- Output -------------------------------------------------------------------------------------------------------
const strongest = scopes => scopeRank.find(s => scopes.has(s));
const scopeList = scopes => scopeRank.filter(s => scopes.has(s)).join(', ');
const displayLicence = l => (policy.names[l] ? `${l} (${policy.names[l]})` : l);
const cell = s => String(s).replace(/\|/g, '\\|');

function table(pkgs, withWhere) {
  const head = withWhere ? '| Package | Version | Licence | Scope | Lock file in |\n| --- | --- | --- | --- | --- |'
    : '| Package | Version | Licence | Scope |\n| --- | --- | --- | --- |';
  const rows = pkgs.map(p => `| ${cell(p.name)} | ${cell(p.version)} | ${cell(displayLicence(p.license))} | ${scopeList(p.scopes)} |` +
    (withWhere ? ` ${[...p.where].sort(byText).join(', ')} |` : ''));
  return [head, ...rows].join('\n');
}
function summary(pkgs) {
  const counts = new Map();
  for (const p of pkgs) counts.set(p.license, (counts.get(p.license) || 0) + 1);
  return ['| Licence | Packages |', '| --- | --- |',
    ...[...counts].sort((a, b) => b[1] - a[1] || byText(a[0], b[0])).map(([l, n]) => `| ${cell(displayLicence(l))} | ${n} |`)].join('\n');
}

function main() {
  const sortPkgs = list => list.sort((a, b) => byText(a.name.toLowerCase(), b.name.toLowerCase()) || byText(a.name, b.name) || byText(a.version, b.version));
  const nuget = sortPkgs(nugetPackages());
  const npm = sortPkgs(npmPackages());
  const all = [...nuget, ...npm];

  const problems = [];
  const reports = [];
  for (const p of all) {
    const label = `${p.ecosystem} ${p.name} ${p.version} (${scopeList(p.scopes)}): ${p.license}`;
    if (dataEntry(p)) continue;
    if (!avoidsGpl(p)) problems.push(`${label} — GPL/AGPL is not allowed in any package of this repository`);
    else if (strongest(p.scopes) === 'app' && !allowedForApp(p)) problems.push(`${label} — ships with the app and is not in the allow-list (tools/licences/policy.json)`);
    else if (!allowedForApp(p)) reports.push(`${label} — not in the allow-list; allowed because it is never shipped`);
  }

  const notes = all.filter(p => p.source).map(p => `- ${p.ecosystem} ${p.name} ${p.version}: ${p.source}.`);
  const data = all.filter(dataEntry).map(p => {
    const d = dataEntry(p);
    return `- \`${d.file}\` is made from ${p.ecosystem} ${p.name} ${p.version} (${p.license}): ${d.note}`;
  });
  const text = [
    '# Third-party notices',
    '',
    'OMigjen is licensed under the MIT licence (see [LICENSE](LICENSE)). It is built, tested and shipped with the',
    'third-party packages below, each under its own licence. Licences are given as SPDX expressions.',
    '',
    'This file is generated by `tools/licences/notices.sh` from the restored NuGet packages (each project\'s',
    '`obj/project.assets.json` and the packages\' `.nuspec` files) and from the npm lock files; do not edit it by hand.',
    '`./test.sh` fails when it is out of date, or when a package that ships with the app has a licence outside the',
    'allow-list in `tools/licences/policy.json`. Packages the .NET SDK adds by itself (such as Microsoft.NET.ILLink.Tasks)',
    'are part of the SDK and not listed.',
    '',
    'Scopes:',
    ...scopeRank.map(s => `- \`${s}\`: ${SCOPES[s]}.`),
    '',
    `## NuGet packages (${nuget.length})`,
    '',
    summary(nuget),
    '',
    table(nuget, false),
    '',
    `## npm packages (${npm.length})`,
    '',
    summary(npm),
    '',
    table(npm, true),
    '',
    ...(data.length ? ['## Data shipped under its own licence', '',
      'These packages are not compiled into OMigjen. The build reads them into a data file that is shipped beside the',
      'application, unchanged in licence, and only read by it at run time. The GPL/AGPL rule and the allow-list above',
      'do not apply to them; `tools/licences/policy.json` lists each by name with the licence it must keep.', '', ...data, ''] : []),
    ...(notes.length ? ['## Licences not declared as an SPDX expression', '', ...notes, ''] : []),
    ...(reports.length ? ['## Outside the allow-list, never shipped', '', ...reports.map(r => `- ${r}.`), ''] : []),
  ].join('\n');
  fs.writeFileSync(outFile, text);

  for (const r of reports) console.error(`note: ${r}`);
  if (problems.length) {
    for (const p of problems) console.error(`licence problem: ${p}`);
    process.exit(1);
  }
}

try {
  main();
} catch (e) {
  console.error(`notices: ${e.message}`);
  process.exit(2);
}
