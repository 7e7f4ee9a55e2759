// The default glob of `itu.baseTexts.glob` (`**/*.itu`) is matched without picomatch (glob.ts: the engine is a bundle
// of its own, not loaded at start-up): over generated relative paths, the matcher answers as picomatch does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import picomatch from 'picomatch';
import { DEFAULT_GLOB, globArgument, globMatcher } from '../../server/src/glob';
import { seeded } from '../support/random';
import { cases } from '../support/scale';

test('the default glob reads every generated relative path as picomatch reads it', () => {
  const ours = globMatcher(DEFAULT_GLOB);
  const theirs = picomatch(DEFAULT_GLOB, { dot: true });
  const rnd = seeded(2026);
  const segments = ['a', 'x.itu', '.itu', '..itu', 'a.itu', 'a.ITU', 'a.itux', 'b.it', '.', '..', '', '.git', 'é.itu', 'a b.itu', 'itu', '.hidden', 'a.itu.bak'];
  let matched = 0;
  for (let k = 0; k < cases(5000, 500); k++) {
    const n = 1 + Math.floor(rnd() * 4);
    let p = Array.from({ length: n }, () => segments[Math.floor(rnd() * segments.length)]).join('/');
    if (rnd() < 0.1) p += '/';
    if (rnd() < 0.05) p = '/' + p;
    const want = theirs(p);
    if (want) matched++;
    assert.equal(ours(p), want, JSON.stringify(p));
  }
  assert.ok(matched > cases(5000, 500) / 10, `${matched} paths matched`);
});

test('other globs and command-line patterns go through picomatch', () => {
  assert.equal(globMatcher('docs/**/res*.itu')('docs/a/res1.itu'), true);
  assert.equal(globMatcher('docs/**/res*.itu')('docs/a/b1.itu'), false);
  assert.equal(globMatcher('{a,b}/*.itu')('b/x.itu'), true);
  assert.deepEqual(globArgument('texts/**/*.itu', false), { folder: 'texts', glob: '**/*.itu' });
  assert.equal(globArgument('plain.itu', false), undefined);
});
