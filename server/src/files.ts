// Files as the CLI and the server meet them: inputs that may be devices, FIFOs or UTF-16; outputs that may
// be the input under another name, a FIFO or /dev/null; folders with unreadable corners, dangling links and
// link loops; names that are bytes rather than UTF-8. What `cp`, `mv` and `sed -i` do is the model: a clear
// one-line error, a bounded cost, and nothing harmed that the user did not ask to touch.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { l10n } from './core/l10n';

/** A file that cannot be read or written as asked; the message names it and says why, in one line. */
export class IoError extends Error {
  override name = 'IoError';
}

/**
 * A file refused for its size (readRegularFile): `bytes` is its size (what was read when it grew while being
 * read), `limit` the bound. The one test of a file's size, for every reader: the CLI's `--workspace` index
 * and the editor's, which both say which base texts were left unread (base.not-found).
 */
export class TooLarge extends IoError {
  constructor(message: string, readonly bytes: number, readonly limit: number) {
    super(message);
  }
}

/** A path as Node takes it: a string, or the bytes of a name that is not valid UTF-8. */
export type FilePath = string | Buffer;

/**
 * Names given on the command line that are not valid UTF-8: Node decodes argv with U+FFFD for each bad byte,
 * which names no file. The CLI registers the raw bytes here (from /proc/self/cmdline) so that the file is found.
 */
const rawNames = new Map<string, Buffer>();

export function registerRawName(decoded: string, bytes: Buffer): void {
  rawNames.set(decoded, bytes);
}

/** The path to give fs for a name: its raw bytes when it had to be registered, else the string. */
export function fsPath(file: FilePath): FilePath {
  return typeof file === 'string' ? rawNames.get(file) ?? file : file;
}

/** A name for messages: invalid UTF-8 bytes shown as \xFF, so that the user can tell which file is meant. */
export function displayName(file: FilePath): string {
  const bytes = typeof file === 'string' ? rawNames.get(file) : file;
  if (!bytes) return file as string;
  let out = '';
  let at = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  while (at < bytes.length) {
    // The longest valid UTF-8 prefix from here (at most 4 bytes for one character), else one byte escaped.
    let step = 0;
    for (let n = Math.min(4, bytes.length - at); n >= 1 && step === 0; n--) {
      try {
        out += decoder.decode(bytes.subarray(at, at + n));
        step = n;
      } catch {
        // not a character of n bytes
      }
    }
    if (step === 0) {
      out += `\\x${bytes[at].toString(16).toUpperCase().padStart(2, '0')}`;
      step = 1;
    }
    at += step;
  }
  return out;
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return l10n.t('a directory');
  if (stat.isFIFO()) return l10n.t('a FIFO (named pipe)');
  if (stat.isSocket()) return l10n.t('a socket');
  if (stat.isCharacterDevice()) return l10n.t('a character device');
  if (stat.isBlockDevice()) return l10n.t('a block device');
  return l10n.t('not a regular file');
}

/** What a bound is for, as messages name it (`an .itu file`, `a Word contribution`). */
export type FileKind = 'file' | 'itu' | 'word';

function kindName(what: FileKind): string {
  return what === 'itu' ? l10n.t('an .itu file') : what === 'word' ? l10n.t('a Word contribution') : l10n.t('a file');
}

/**
 * Reads a regular file of at most `maxBytes`. A device, FIFO or socket is refused without waiting on it
 * (opened non-blocking, checked on the open descriptor, so a file swapped for a FIFO after a check is caught
 * too); a file that grows past the bound while being read is refused.
 */
export function readRegularFile(file: FilePath, maxBytes: number, what: FileKind = 'file'): Buffer {
  const name = displayName(file);
  let fd: number;
  try {
    fd = fs.openSync(fsPath(file), fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    throw new IoError(l10n.t('{0}: {1}', name, describe(error as NodeJS.ErrnoException)));
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new IoError(l10n.t('{0}: {1}', name, l10n.t('is a directory, not a file')));
    if (!stat.isFile()) throw new IoError(l10n.t('{0}: {1}, not a regular file: refused', name, kindOf(stat)));
    if (stat.size > maxBytes) throw new TooLarge(l10n.t('{0}: {1} is larger than the {2} {3} may have: refused', name, megabytes(stat.size), megabytes(maxBytes), kindName(what)), stat.size, maxBytes);
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, stat.size + 1));
    let length = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > maxBytes) throw new TooLarge(l10n.t('{0}: grew past the {1} {2} may have while being read: refused', name, megabytes(maxBytes), kindName(what)), length, maxBytes);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

function megabytes(n: number): string {
  return n >= 1048576 ? `${Math.round(n / 1048576)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

function describe(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return l10n.t('no such file');
    case 'EACCES':
    case 'EPERM':
      return l10n.t('permission denied');
    case 'EISDIR':
      return l10n.t('is a directory, not a file');
    case 'ELOOP':
      return l10n.t('a loop of symbolic links');
    case 'ENAMETOOLONG':
      return l10n.t('the name is too long');
    case 'ENOTDIR':
      return l10n.t('a part of the path is not a directory');
    default:
      return error.message;
  }
}

/**
 * The text of a file's bytes: UTF-8 (a BOM skipped), or UTF-16 when it starts with a UTF-16 BOM. UTF-32
 * (which no editor here writes) is refused rather than read as text full of NULs.
 */
export function decodeText(bytes: Uint8Array, file: FilePath): string {
  const b = bytes;
  if ((b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0 && b.length >= 4) || (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)) {
    throw new IoError(l10n.t('{0}: the file is UTF-32, which is not read here: save it as UTF-8', displayName(file)));
  }
  let text: string;
  if (b[0] === 0xff && b[1] === 0xfe) text = new TextDecoder('utf-16le').decode(b.subarray(2));
  else if (b[0] === 0xfe && b[1] === 0xff) text = new TextDecoder('utf-16be').decode(b.subarray(2));
  else text = new TextDecoder('utf-8', { fatal: false }).decode(b);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads a text file (UTF-8 or UTF-16 with its BOM) of at most `maxBytes`. */
export function readTextFile(file: FilePath, maxBytes: number, what: FileKind = 'file'): string {
  return decodeText(readRegularFile(file, maxBytes, what), file);
}

/** The largest .itu file read (check, track, export, compile), and so the largest an import writes. */
export const MAX_ITU_BYTES = 64 * 1024 * 1024;

/** Reads an .itu file: UTF-8 or UTF-16 with its BOM, a regular file of at most MAX_ITU_BYTES. */
export function readItuFile(file: FilePath): string {
  return readTextFile(file, MAX_ITU_BYTES, 'itu');
}

/**
 * Reads an .itu file that a command writes back or converts (track, export to Word): as readItuFile, but bytes that are
 * not UTF-8 (a file saved in Latin-1 or another code page) are refused, not read as U+FFFD: `track -o FILE --force FILE`
 * wrote the file back with its accented letters lost, and export put U+FFFD in the document, without a word (the
 * twenty-sixth session's review). `check` reads such a file and reports each place (characters.replacement). `bom`:
 * whether the file starts with a byte-order mark (track writes it back with one).
 */
export function readItuFileExact(file: FilePath): { text: string; bom: boolean } {
  const bytes = readRegularFile(file, MAX_ITU_BYTES, 'itu');
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const bom = utf16 || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf);
  if (!utf16) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const lost = decodeText(bytes, file);
      const line = lost.slice(0, lost.indexOf('\uFFFD')).split(/\r\n|\r|\n/).length;
      throw new IoError(l10n.t('{0} is not UTF-8 text (line {1} holds bytes that are not): save it as UTF-8 and try again; nothing was written ("itu-draft check" shows each place)', displayName(file), line));
    }
  }
  return { text: decodeText(bytes, file), bom };
}

/** Whether two names are one existing file (by device and inode: a link, `./`, the same name). */
export function sameFile(a: FilePath, b: FilePath): boolean {
  try {
    const x = fs.statSync(fsPath(a));
    const y = fs.statSync(fsPath(b));
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * Where writing `output` must go, refusing what would harm a file the user did not ask to touch: an
 * output that is one of the inputs (the same file by device and inode: a symbolic or hard link, `./`),
 * and an output that exists and is not a regular file (a FIFO, socket, device such as /dev/null, a
 * directory) — replacing those would delete them. A symbolic link is followed: its target is replaced,
 * the link stays.
 */
export function outputTarget(output: FilePath, inputs: FilePath[] = []): { target: FilePath; mode?: number } {
  const name = displayName(output);
  const out = fsPath(output);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(out);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code !== 'ENOENT') throw new IoError(l10n.t('{0}: cannot write ({1})', name, describe(e)));
    let link = false;
    try {
      link = fs.lstatSync(out).isSymbolicLink();
    } catch {
      // no link either: a new file
    }
    if (link) throw new IoError(l10n.t('{0}: a symbolic link to a file that does not exist: refused (give the target\'s name)', name));
  }
  if (stat) {
    if (!stat.isFile()) throw new IoError(l10n.t('{0}: {1}, not a regular file: refused, nothing written (replacing it would delete it)', name, kindOf(stat)));
    for (const input of inputs) {
      let other: fs.Stats;
      try {
        other = fs.statSync(fsPath(input));
      } catch {
        continue;
      }
      if (other.dev === stat.dev && other.ino === stat.ino) {
        throw new IoError(l10n.t('{0}: this is the input file {1} (under another name or the same): refused, nothing written', name, displayName(input)));
      }
    }
    return { target: fs.realpathSync(out), mode: stat.mode & 0o7777 };
  }
  const dir = typeof out === 'string' ? path.dirname(path.resolve(out)) : Buffer.from(path.dirname(path.resolve(out.toString('latin1'))), 'latin1');
  let dirStat: fs.Stats;
  try {
    dirStat = fs.statSync(dir);
  } catch {
    throw new IoError(l10n.t('{0}: no such directory', name));
  }
  if (!dirStat.isDirectory()) throw new IoError(l10n.t('{0}: {1}', name, l10n.t('a part of the path is not a directory')));
  return { target: out };
}

/**
 * Writes `data` to `output` through a temporary file beside its target, renamed into place, so that a
 * failure never leaves a partial file. The temporary name is short (a legal 255-byte output name must
 * still leave room for it); an existing file keeps its permissions.
 */
export function writeFileSafely(output: FilePath, data: string | Uint8Array, inputs: FilePath[] = []): void {
  const { target, mode } = outputTarget(output, inputs);
  const dir = typeof target === 'string' ? path.dirname(path.resolve(target)) : Buffer.from(path.dirname(path.resolve(target.toString('latin1'))), 'latin1');
  const tempName = `.itu-${crypto.randomBytes(4).toString('hex')}.tmp`;
  const temp = typeof dir === 'string' ? path.join(dir, tempName) : Buffer.concat([dir, Buffer.from(`/${tempName}`)]);
  try {
    fs.writeFileSync(temp, data, { flag: 'wx', mode: mode ?? 0o666 });
    if (mode !== undefined) fs.chmodSync(temp, mode);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new IoError(l10n.t('{0}: cannot write ({1})', displayName(output), describe(error as NodeJS.ErrnoException)));
  }
}

// ---------------------------------------------------------------- walking a folder

export interface WalkOptions {
  /** Folder names never entered besides hidden ones (default SKIPPED_FOLDERS). */
  skip?: ReadonlySet<string>;
  /** Whether a file (path relative to the root, `/`-separated) is wanted. */
  accept: (relative: string) => boolean;
  /** At most this many files. */
  limit: number;
  /** Told once for each folder or link that is skipped, and why (the first WALK_WARNINGS; then one count). */
  warn: (message: string) => void;
  /** At most this many folders entered (a link to `/` would otherwise walk the whole machine). */
  maxFolders?: number;
}

/**
 * Folders no walk enters, the editor's and the CLI's alike (hidden ones, `.git` among them, are skipped
 * too): packages, and the build output where compiled copies of texts would stand beside their sources.
 */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', 'out', 'build']);

/** Folders a walk enters at the most, by default. */
export const WALK_MAX_FOLDERS = 20_000;
/** Skip warnings a walk gives one by one; past that, one line counts the rest. */
const WALK_WARNINGS = 20;

/**
 * The files under `root` that `accept` wants, in name order: symbolic links followed (to folders and
 * files alike, as VS Code's search does), each real folder entered once (a link back to an ancestor is
 * a loop: skipped), and a folder that cannot be read, a dangling link or a link loop skipped with one
 * warning while the rest is walked. Names that are not valid UTF-8 come back as Buffers.
 */
export async function walkFiles(root: string, options: WalkOptions): Promise<FilePath[]> {
  const out: FilePath[] = [];
  const seen = new Set<string>();
  const maxFolders = options.maxFolders ?? WALK_MAX_FOLDERS;
  const skip = options.skip ?? SKIPPED_FOLDERS;
  let folders = 0;
  let stopped = false;
  let warnings = 0;
  const warn = (message: string) => {
    if (++warnings <= WALK_WARNINGS) options.warn(message);
  };
  /** The real folders from the root down to the one being walked: a link to one of them is a loop. */
  const ancestors = new Set<string>();
  const walk = async (dir: Buffer, relative: string): Promise<void> => {
    if (stopped) return;
    if (++folders > maxFolders) {
      stopped = true;
      options.warn(`stopped after ${maxFolders} folders under ${root} (a link to a large folder?): the files found so far are used`);
      return;
    }
    let dirStat: fs.Stats;
    try {
      dirStat = await fs.promises.stat(dir);
    } catch (error) {
      warn(`skipped ${displayName(dir)}: ${describe(error as NodeJS.ErrnoException)}`);
      return;
    }
    const id = `${dirStat.dev}:${dirStat.ino}`;
    if (ancestors.has(id)) {
      warn(`skipped ${displayName(dir)}: a link loop (it leads back to a folder that contains it)`);
      return;
    }
    // A second way to a folder already walked (two links to one folder): its files are in already.
    if (seen.has(id)) return;
    seen.add(id);
    ancestors.add(id);
    try {
      await entries(dir, relative);
    } finally {
      ancestors.delete(id);
    }
  };
  const entries = async (dir: Buffer, relative: string): Promise<void> => {
    let entries: fs.Dirent[];
    try {
      entries = (await fs.promises.readdir(dir, { withFileTypes: true, encoding: 'buffer' })) as unknown as fs.Dirent[];
    } catch (error) {
      warn(`skipped ${displayName(dir)}: ${describe(error as NodeJS.ErrnoException)}`);
      return;
    }
    const named = entries.map((e) => ({ entry: e, bytes: e.name as unknown as Buffer, name: (e.name as unknown as Buffer).toString('utf8') }));
    named.sort((a, b) => Buffer.compare(a.bytes, b.bytes));
    for (const { entry, bytes, name } of named) {
      if (stopped) return;
      if (name.startsWith('.') || skip.has(name)) continue;
      const full = Buffer.concat([dir, Buffer.from('/'), bytes]);
      const rel = relative ? `${relative}/${name}` : name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await fs.promises.stat(full);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          const e = error as NodeJS.ErrnoException;
          warn(`skipped ${displayName(full)}: ${e.code === 'ENOENT' ? 'a symbolic link to nothing' : describe(e)}`);
          continue;
        }
      }
      if (isDir) await walk(full, rel);
      else if (isFile && options.accept(rel)) {
        // One file more than the limit: said once, as docs/limits.md promises (review 5, F19), not dropped silently.
        if (out.length >= options.limit) {
          stopped = true;
          options.warn(`stopped after ${options.limit} files under ${root}: the files found so far are used (the walk is in name order, so texts in later folders are not read)`);
          return;
        }
        out.push(asPath(full));
      }
    }
  };
  await walk(Buffer.from(path.resolve(root)), '');
  if (warnings > WALK_WARNINGS) options.warn(`${warnings - WALK_WARNINGS} more folders or links skipped under ${root}`);
  return out;
}

/** A string when the bytes are valid UTF-8 (almost always), else the bytes. */
export function asPath(bytes: Buffer): FilePath {
  const text = bytes.toString('utf8');
  return Buffer.from(text, 'utf8').equals(bytes) ? text : bytes;
}

/**
 * Whose paths a URI names: Windows (drive letters, backslashes, \\server\share) or POSIX. The server's own by
 * default; tests give 'win32' on Linux to run what the server does on Windows (review 8, I21).
 */
export type PathFlavor = 'posix' | 'win32';

export const HOST_FLAVOR: PathFlavor = process.platform === 'win32' ? 'win32' : 'posix';

export function pathModule(flavor: PathFlavor): path.PlatformPath {
  return flavor === 'win32' ? path.win32 : path.posix;
}

/**
 * The one form of a file: URI inside the server, VS Code's (vscode-uri's `URI.file(p).toString()`): every byte of
 * the path percent-encoded but the unreserved characters and `/`, a Windows drive letter in lower case with its
 * colon encoded (`file:///c%3A/Users/…`), a UNC server as the authority (`file://server/share/…`). The walk's URIs
 * and the client's then compare alike, whatever the client escaped (review 8, I17: `!`, `(`, `'`… are ITU's file
 * names). A name that is not UTF-8 keeps its bytes, percent-encoded.
 */
function formatFileUri(authority: string, path: Uint8Array): string {
  let out = `file://${authority.toLowerCase()}`;
  const bytes = path[0] === 0x2f ? path : Buffer.concat([Buffer.from('/'), path]);
  // '/C:': the drive letter in lower case, as VS Code writes it.
  const drive = bytes.length >= 3 && bytes[2] === 0x3a && /[A-Za-z]/.test(String.fromCharCode(bytes[1]));
  for (let k = 0; k < bytes.length; k++) {
    const b = drive && k === 1 ? String.fromCharCode(bytes[1]).toLowerCase().charCodeAt(0) : bytes[k];
    const c = String.fromCharCode(b);
    out += b < 0x80 && /[A-Za-z0-9\-._~/]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** A file: URI for a path (resolved), in the server's one form (formatFileUri); Windows paths under 'win32'. */
export function fileUri(file: FilePath, flavor: PathFlavor = HOST_FLAVOR): string {
  if (typeof file !== 'string' && flavor === 'posix') return formatFileUri('', file);
  const p = pathModule(flavor);
  let name = p.resolve(typeof file === 'string' ? file : file.toString('utf8'));
  if (flavor === 'win32') {
    // The walk joins with '/' below a folder resolved with '\': both are separators.
    name = name.replace(/\\/g, '/');
    const unc = /^\/\/([^/]+)(\/.*)?$/.exec(name);
    if (unc) return formatFileUri(unc[1], Buffer.from(unc[2] ?? '/', 'utf8'));
  }
  return formatFileUri('', Buffer.from(name, 'utf8'));
}

/** A file: URI's authority and the bytes of its path (percent escapes decoded); undefined for other URIs. */
function parseFileUri(uri: string): { authority: string; bytes: Buffer } | undefined {
  const m = /^file:(?:\/\/([^/?#]*))?([^?#]*)/i.exec(uri);
  if (!m) return undefined;
  const rest = m[2];
  const bytes: number[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '%' && /^[0-9A-Fa-f]{2}$/.test(rest.slice(i + 1, i + 3))) {
      bytes.push(parseInt(rest.slice(i + 1, i + 3), 16));
      i += 2;
    } else for (const b of Buffer.from(rest[i], 'utf8')) bytes.push(b);
  }
  const authority = decodeURIComponentSafe(m[1] ?? '');
  return { authority: authority.toLowerCase() === 'localhost' ? '' : authority, bytes: Buffer.from(bytes) };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

let lastRaw = '';
let lastCanonical = '';

/**
 * A URI in the server's one form: a file: URI re-encoded as formatFileUri writes it (whatever the client escaped:
 * VS Code encodes `!`, Node's pathToFileURL does not, Neovim neither); other URIs (untitled:) as they are.
 */
export function canonicalUri(uri: string): string {
  if (uri === lastRaw) return lastCanonical;
  const parsed = uri.startsWith('file:') || uri.startsWith('FILE:') ? parseFileUri(uri) : undefined;
  const out = parsed ? formatFileUri(parsed.authority, parsed.bytes) : uri;
  lastRaw = uri;
  lastCanonical = out;
  return out;
}

/**
 * The path of a file: URI (any escaping), as bytes when its percent-encoded bytes are not UTF-8 (fileURLToPath
 * throws on those). Under 'win32', `file:///c%3A/a/b` is `c:\a\b` and `file://server/share/a` `\\server\share\a`.
 */
export function uriPath(uri: string, flavor: PathFlavor = HOST_FLAVOR): FilePath {
  const parsed = parseFileUri(uri) ?? { authority: '', bytes: Buffer.from(uri, 'utf8') };
  if (flavor === 'posix') return asPath(parsed.authority ? Buffer.concat([Buffer.from(`//${parsed.authority}`), parsed.bytes]) : parsed.bytes);
  let name = parsed.bytes.toString('utf8');
  if (/^\/[A-Za-z]:/.test(name)) name = name.slice(1);
  name = name.replace(/\//g, '\\');
  return parsed.authority ? `\\\\${parsed.authority}${name}` : name;
}
