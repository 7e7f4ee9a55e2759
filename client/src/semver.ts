// What vscode-languageclient asks of `semver` (node/main.js checkVersion: `semver/functions/parse` of VS Code's
// version, then `semver/functions/satisfies` of it against a caret range `^1.82.0`), in a few lines: the semver
// package is 20 KB of the client bundle loaded at activation (issue 6's 1 MB). esbuild.js resolves the two imports
// here. test/unit/semver.test.ts compares both with the package over VS Code's version strings and caret ranges.

/** A parsed version, as semver's SemVer has the fields checkVersion reads. */
export interface Version {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
  version: string;
}

const VERSION = /^\s*v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?\s*$/;

export function parse(version: unknown): Version | null {
  if (typeof version !== 'string' || version.length > 256) return null;
  const m = VERSION.exec(version);
  if (!m) return null;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (![major, minor, patch].every(Number.isSafeInteger)) return null;
  return { major, minor, patch, prerelease: m[4] ? m[4].split('.') : [], version: `${major}.${minor}.${patch}${m[4] ? `-${m[4]}` : ''}` };
}

const CARET = /^\^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/**
 * Whether `version` satisfies a caret range `^X.Y.Z` (X > 0: the same major, at least X.Y.Z; a prerelease does
 * not satisfy). Any other range is refused with an error: the client asks for none.
 */
export function satisfies(version: Version | string, range: string): boolean {
  const v = typeof version === 'string' ? parse(version) : version;
  const r = CARET.exec(range);
  if (!r || Number(r[1]) === 0) throw new Error(`semver shim: unsupported range ${range}`);
  if (!v || v.prerelease.length > 0) return false;
  const [major, minor, patch] = [Number(r[1]), Number(r[2]), Number(r[3])];
  return v.major === major && (v.minor > minor || (v.minor === minor && v.patch >= patch));
}
