// client/src/semver.ts stands in for the two functions of `semver` vscode-languageclient's version check asks
// (esbuild.js): over VS Code's version strings and caret ranges, it answers as the package does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import realParse from 'semver/functions/parse';
import realSatisfies from 'semver/functions/satisfies';
import { parse, satisfies } from '../../client/src/semver';

const VERSIONS = [
  '1.82.0', '1.81.9', '1.82.1', '1.100.3', '1.99.0', '1.101.0-insider', '1.82.0-insider', '2.0.0', '0.9.0', '1.82', '1.82.0.1',
  'v1.90.0', ' 1.90.0 ', '01.90.0', '1.90.0+build.7', '1.90.0-rc.1+b', '', 'abc', '1.x.0', '99999999999999999999.1.1',
];
const RANGES = ['^1.82.0', '^1.0.0', '^1.90.2', '^2.1.0'];

test('parse reads a version as semver does (null for what semver refuses)', () => {
  for (const v of VERSIONS) {
    const real = realParse(v);
    const mine = parse(v);
    assert.equal(mine === null, real === null, v);
    if (real && mine) assert.deepEqual([mine.major, mine.minor, mine.patch, mine.prerelease.map(String)], [real.major, real.minor, real.patch, real.prerelease.map(String)], v);
  }
});

test('satisfies a caret range as semver does, with the prerelease kept and removed (as the client removes it)', () => {
  for (const v of VERSIONS) {
    for (const r of RANGES) {
      const real = realParse(v);
      const mine = parse(v);
      if (!real || !mine) continue;
      assert.equal(satisfies(mine, r), realSatisfies(real, r), `${v} ${r}`);
      real.prerelease = [];
      mine.prerelease = [];
      assert.equal(satisfies(mine, r), realSatisfies(real, r), `${v} ${r} without prerelease`);
    }
  }
  assert.throws(() => satisfies('1.0.0', '>=1.0.0'), /unsupported range/);
});
