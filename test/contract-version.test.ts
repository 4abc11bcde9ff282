import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

describe('the contract version', () => {
  const version = String(parse(readFileSync('openapi.yaml', 'utf8')).info.version);

  it('follows semver', () => {
    expect(version).to.match(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/);
  });

  it('has an entry in CHANGELOG.md', () => {
    expect(readFileSync('CHANGELOG.md', 'utf8')).to.match(new RegExp(`^## ${version.replace(/\./g, '\\.')} `, 'm'));
  });

  it('is not behind the released contract', () => {
    const released = String(parse(readFileSync('contract/released.yaml', 'utf8')).info.version);
    const parts = (v: string) => v.split(/[.-]/).slice(0, 3).map(Number);
    const [a, b] = [parts(version), parts(released)];
    const cmp = a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
    expect(cmp, `openapi.yaml ${version} vs released ${released}`).to.be.at.least(0);
  });
});
