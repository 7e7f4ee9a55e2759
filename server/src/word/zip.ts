// Reading a ZIP package defensively. yauzl (a ZIP reader written for untrusted archives) reads the central
// directory and the local headers; every part's declared size is checked against what the document may still
// inflate BEFORE inflating, and Node's zlib inflates with `maxOutputLength` set to that declared size, so a
// part that inflates past it (a zip bomb) stops there. Only the parts import asks for are ever inflated, and
// each is checked against its CRC-32.
import { l10n } from '../core/l10n';
import * as yauzl from 'yauzl';
import * as zlib from 'zlib';

export class DocxError extends Error {
  override name = 'DocxError';
}

/** Which setting raises a limit: `size` (inflated XML, and what import builds from it), `memory`, `time`. */
export type LimitKind = 'size' | 'memory' | 'time' | 'file';

/** A document refused because it passes a limit that the user may raise (see docs/limits.md). */
export class LimitError extends DocxError {
  override name = 'LimitError';

  constructor(
    message: string,
    readonly limit: LimitKind,
  ) {
    super(message);
  }
}

/** More parts than any Word document has; a package with more is refused before its names are read. */
export const MAX_ENTRIES = 20000;

/** The parts of a ZIP package, by part name as OPC compares them (partKey), read from its central directory. */
export class ZipPackage {
  private constructor(
    private readonly bytes: Buffer,
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
  ) {}

  static async open(data: Uint8Array): Promise<ZipPackage> {
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    let zip: yauzl.ZipFile;
    try {
      zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, decodeStrings: true, validateEntrySizes: true, strictFileNames: false });
    } catch (error) {
      throw damaged(error);
    }
    if (zip.entryCount > MAX_ENTRIES) {
      throw new DocxError(l10n.t('the package has {0} parts, more than the {1} a Word document could have: refused', zip.entryCount, MAX_ENTRIES));
    }
    const entries = new Map<string, yauzl.Entry>();
    try {
      for await (const entry of zip.eachEntry()) {
        // Directory entries hold no part (some writers list word/ before word/document.xml).
        if (entry.fileName.endsWith('/')) continue;
        const key = partKey(entry.fileName);
        const earlier = entries.get(key);
        if (earlier) {
          // Two entries for one part: Word and a ZIP tool may read either, so the text imported could be
          // other than the text Word shows. OPC (ECMA-376 Part 2, 8.1.1) forbids it.
          throw new DocxError(
            earlier.fileName === entry.fileName
              ? l10n.t('the package holds part {0} twice (two ZIP entries of one name): a malformed package, which Word and this import could read differently: refused', entry.fileName)
              : l10n.t('the package holds parts {0} and {1}, one part name (names compare without case and after %-decoding): a malformed package, which Word and this import could read differently: refused', earlier.fileName, entry.fileName),
          );
        }
        entries.set(key, entry);
      }
    } catch (error) {
      if (error instanceof DocxError) throw error;
      throw damaged(error);
    }
    return new ZipPackage(bytes, zip, entries);
  }

  has(name: string): boolean {
    return this.entries.has(partKey(name));
  }

  /** The declared (uncompressed) size of a part, or undefined when the package has no such part. */
  declaredSize(name: string): number | undefined {
    return this.entries.get(partKey(name))?.uncompressedSize;
  }

  /**
   * Inflates one part, refusing it when its declared size exceeds `limit` (what is left of the budget of
   * `total`) and stopping it when it inflates past its declared size.
   */
  async inflate(name: string, limit: number, total = limit): Promise<Uint8Array | undefined> {
    const entry = this.entries.get(partKey(name));
    if (!entry) return undefined;
    const shown = entry.fileName;
    if (entry.isEncrypted()) {
      throw new DocxError(l10n.t('part {0} is encrypted: the document is password-protected. Remove the password in Word (File > Info > Protect Document) and save again', shown));
    }
    const size = entry.uncompressedSize;
    if (size > limit) {
      throw new DocxError(l10n.t('part {0} declares {1} uncompressed, more than the {2} allowed for the whole document (a zip bomb, or a document far larger than any contribution): refused', shown, formatBytes(size), formatBytes(total)));
    }
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
      throw new DocxError(l10n.t('part {0} uses ZIP compression method {1}, which Word never writes', shown, entry.compressionMethod));
    }
    let start: number;
    try {
      start = (await this.zip.readLocalFileHeaderPromise(entry, { minimal: true })).fileDataStart;
    } catch (error) {
      throw new DocxError(l10n.t('the ZIP package is damaged (part {0} is missing or cut off: {1})', shown, messageOf(error)));
    }
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    let out: Uint8Array;
    if (entry.compressionMethod === 0) out = data;
    else {
      try {
        out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
          throw new DocxError(l10n.t('part {0} inflates past the {1} it declares (a zip bomb?): refused', shown, formatBytes(size)));
        }
        throw new DocxError(l10n.t('part {0} cannot be decompressed (the package is damaged): {1}', shown, messageOf(error)));
      }
    }
    if (out.byteLength !== size) throw new DocxError(l10n.t('part {0} is damaged (its size differs from the size the package declares)', shown));
    if (crc32(out) !== entry.crc32) throw new DocxError(l10n.t('part {0} is damaged (checksum mismatch)', shown));
    return out;
  }
}

/**
 * A part name as OPC compares it (ECMA-376 Part 2, 6.2.2.3 and 9.1.1.1): %-encoded octets decoded (`docu%6Dent.xml`
 * is `document.xml`), then without case (`Word/Document.XML` is `word/document.xml`); a leading `/` dropped. A name
 * whose %-encoding is not UTF-8 is kept as written.
 */
export function partKey(name: string): string {
  let decoded = name.replace(/^\/+/, '');
  if (decoded.includes('%')) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      // Not %-encoded UTF-8: compared as written.
    }
  }
  return decoded.toLowerCase();
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** yauzl's refusal of a package, said as import says it. */
function damaged(error: unknown): DocxError {
  const message = messageOf(error);
  if (/end of central directory record signature not found/.test(message)) {
    return new DocxError(l10n.t('the ZIP package is cut off or damaged (its central directory is missing)'));
  }
  if (/overflows|out of bounds|unexpected EOF|eof/i.test(message)) return new DocxError(l10n.t('the ZIP package is cut off or damaged ({0})', message));
  return new DocxError(l10n.t('the ZIP package is damaged ({0})', message));
}

const zlibCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
let table: Uint32Array | undefined;

/** CRC-32 of a ZIP part: Node's own where it has one (Node 20.15, 22), else a table. */
export function crc32(data: Uint8Array): number {
  if (zlibCrc32) return zlibCrc32(data) >>> 0;
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / 1048576) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
