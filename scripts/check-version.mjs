#!/usr/bin/env node
// `npm run check:version`: fails when openapi.yaml changed more than its
// info.version says, against contract/released.yaml.
//
// Redocly's diff rates every change (major, minor, patch) by rules that look
// at schemas alone. A few corrections fool them: the YAML form of the
// contract was declared `type: string`, and declaring the document it
// really is reads as a type change, though not a byte on the wire changes.
// Such a verdict may be overruled by an entry of contract/reviewed-changes.yaml,
// which names the version, the change's path, the rule and the reason; an
// entry counts for that version only, so nothing is waived for good.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const IMPACTS = ['none', 'patch', 'minor', 'major'];
const rank = (impact) => Math.max(0, IMPACTS.indexOf(impact));

const report = JSON.parse(
  execFileSync(
    'redocly',
    ['diff', 'contract/released.yaml', 'openapi.yaml', '--config', 'contract/redocly-diff.yaml', '--format', 'json', '--fail-on', 'none'],
    { encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off' }, stdio: ['ignore', 'pipe', 'inherit'] },
  ),
);
const { base, revision } = report.infoVersions;
const reviewed = (parse(readFileSync('contract/reviewed-changes.yaml', 'utf8')) ?? []).filter((entry) => entry.version === revision);

const used = new Set();
function impactOf(change) {
  if (change.verdicts.length === 0) return change.impact;
  return IMPACTS[
    Math.max(
      ...change.verdicts.map((verdict) => {
        const entry = reviewed.find((e) => e.path === change.path && e.rule === verdict.ruleId);
        if (!entry) return rank(verdict.impact);
        used.add(entry);
        console.log(`reviewed: ${verdict.ruleId} at ${change.path} rated ${entry.impact}, not ${verdict.impact}: ${entry.why.trim()}`);
        return rank(entry.impact);
      }),
    )
  ];
}

let needed = 'none';
for (const change of report.changes) {
  const impact = impactOf(change);
  if (rank(impact) > rank(needed)) needed = impact;
  if (rank(impact) >= rank('minor')) console.log(`${impact}: ${change.kind} ${change.path}${change.property ? ` (${change.property})` : ''}`);
}
for (const entry of reviewed) {
  // Once released, the change is in both documents and the entry is history.
  if (!used.has(entry) && base !== revision) console.warn(`contract/reviewed-changes.yaml: ${entry.rule} at ${entry.path} matches no change of ${revision}`);
}

const parts = (version) => String(version).split(/[.-]/).slice(0, 3).map(Number);
const [major, minor, patch] = parts(base);
const least = {
  none: [major, minor, patch],
  patch: [major, minor, patch + 1],
  minor: [major, minor + 1, 0],
  major: [major + 1, 0, 0],
}[needed];
const have = parts(revision);
const compare = have[0] - least[0] || have[1] - least[1] || have[2] - least[2];
if (compare < 0) {
  console.error(`info.version went ${base} → ${revision}, but these changes need at least ${least.join('.')} (${needed})`);
  process.exit(1);
}
console.log(`info.version ${base} → ${revision}: enough for these changes (${needed})`);
