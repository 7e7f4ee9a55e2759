// One failing check must not blank every other finding (review 7, H5): the families run apart, and a
// family that throws is reported as input.check-failed where the check started.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, checkDocument, parseDocument, runFamily, type CheckContext, type CheckFamily } from '../../server/src/core';
import { analyzeNextVersion } from '../../server/src/core/incremental';

const RES = (body: string) => `MOD\tAAA/1/1\nRESOLUTION 1 (Rev. Hammamet, 2016)\nTitle\nconsidering\n${body}\nReasons:\tr\n`;

test('a relabel fix in a Resolution that names a SECTION: the check runs (review 7, H5: it threw on the section, which has no label)', () => {
  for (const [deleted, kept] of [['a)\tthat one;', 'b)\tthat two;'], ['a)\tthat one;\nb)\tthat two;', 'c)\tthat three;']]) {
    const text = RES(`{--${deleted}\n--}${kept}\nresolves\n1\tas in Section 1 below and in c) above.\nSECTION 1\nWorld\n1.1\tx`);
    const findings = checkDocument(parseDocument(text));
    assert.deepEqual(findings.filter((f) => f.code === 'input.check-failed'), []);
    const gap = findings.find((f) => f.code === 'numbering.gap-after-deletion');
    assert.ok(gap?.fix, JSON.stringify(findings.map((f) => f.message)));
    // The fix reletters the list and leaves the section reference alone.
    const fixed = applyEdits(text, gap.fix.edits);
    assert.match(fixed, /Section 1 below/);
    assert.deepEqual(checkDocument(parseDocument(fixed)).filter((f) => f.code.startsWith('numbering.')).map((f) => f.message), []);
  }
});

test('a family that throws gives one input.check-failed finding where its check started, and the other families still report', () => {
  const text = RES('a)\tthat one;\nc)\tthat three;');
  const doc = parseDocument(text);
  const ctx: CheckContext = { doc, policy: 'reletter', distinctOld: false };
  const failing: CheckFamily = { name: 'numbering', codes: {}, check: () => { throw new TypeError("Cannot read properties of undefined (reading 'start')\n    at somewhere"); } };
  const [f, ...rest] = runFamily(failing, ctx, text.indexOf('RESOLUTION'));
  assert.deepEqual(rest, []);
  assert.equal(f.code, 'input.check-failed');
  assert.equal(f.severity, 'error');
  assert.equal(text.slice(f.start, f.end), 'RESOLUTION 1 (Rev. Hammamet, 2016)');
  assert.match(f.message, /numbering checks failed .*reading 'start'\)\); the other checks ran/);
  assert.doesNotMatch(f.message, /somewhere/);
  const working: CheckFamily = { name: 'x', codes: {}, check: () => [{ code: 'numbering.gap', severity: 'warning', start: 0, end: 1, message: 'm' }] };
  assert.equal(runFamily(working, ctx)[0].message, 'm');
  // The same case checked incrementally, as the server does after an edit elsewhere: the same findings as a fresh check.
  const v2 = RES('{--a)\tx;\n--}b)\ty;\nresolves\n1\tsee Section 1 below.\nSECTION 1\nW\n1.1\tz');
  const v1 = v2.replace('1.1\tz', '1.1\tzz') + 'MOD\tAAA/1/2\nRESOLUTION 2 (Rev. Hammamet, 2016)\nT\nresolves\n1\ty\nReasons:\tr\n';
  const v3 = v2 + 'MOD\tAAA/1/2\nRESOLUTION 2 (Rev. Hammamet, 2016)\nT\nresolves\n1\ty\nReasons:\tr\n';
  const next = analyzeNextVersion(v3, {}, analyzeNextVersion(v1));
  assert.deepEqual(next.findings.map((x) => x.message), checkDocument(parseDocument(v3)).map((x) => x.message));
  assert.ok(next.findings.some((x) => x.code === 'numbering.gap-after-deletion'));
  assert.ok(next.findings.every((x) => x.code !== 'input.check-failed'));
});
