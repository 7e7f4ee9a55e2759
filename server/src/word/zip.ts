// Reading a ZIP package defensively: the central directory is read by hand, so
// that every part's declared size is checked before anything is inflated, and
// inflating is capped at the declared size (a part that inflates past it is a
// zip bomb). Only the parts import asks for are ever inflated.
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

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** More parts than any Word document has; a package with more is refused before its names are read. */
export const MAX_ENTRIES = 20000;

export function readCentralDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = bytes.byteLength;
  if (length < 22) throw new DocxError('the file is too short to be a .docx package (it is cut off or empty)');
  let eocd = -1;
  for (let at = length - 22; at >= Math.max(0, length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd === -1) throw new DocxError('the ZIP package is cut off or damaged (its central directory is missing)');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    throw new DocxError('the package is a ZIP64 archive (over 4 GB or 65,535 parts), which no Word document needs: refused');
  }
  if (count > MAX_ENTRIES) throw new DocxError(`the package has ${count} parts, more than the ${MAX_ENTRIES} a Word document could have: refused`);
  if (cdOffset + cdSize > eocd) throw new DocxError('the ZIP package is cut off or damaged (its central directory lies outside the file)');
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) throw new DocxError('the ZIP package is damaged (a central directory record is broken)');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > eocd) throw new DocxError('the ZIP package is damaged (a part name runs past the directory)');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name.replace(/^\/+/, ''), { name, method, flags, crc, compressedSize, size, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates one part, refusing a part whose declared size exceeds `limit` and stopping one that inflates past its declared size. */
export function inflate(bytes: Uint8Array, entry: ZipEntry, limit: number, total = limit): Uint8Array {
  if (entry.flags & 1) throw new DocxError(`part ${entry.name} is encrypted: the document is password-protected. Remove the password in Word (File > Info > Protect Document) and save again`);
  if (entry.size > limit) {
    throw new DocxError(`part ${entry.name} declares ${formatBytes(entry.size)} uncompressed, more than the ${formatBytes(total)} allowed for the whole document (a zip bomb, or a document far larger than any contribution): refused`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL) throw new DocxError(`the ZIP package is damaged (part ${entry.name} is missing or cut off)`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) throw new DocxError(`the ZIP package is cut off (part ${entry.name} ends past the end of the file)`);
  const data = bytes.subarray(start, end);
  let out: Uint8Array;
  if (entry.method === 0) out = data;
  else if (entry.method === 8) {
    try {
      out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || (error instanceof RangeError)) {
        throw new DocxError(`part ${entry.name} inflates past the ${formatBytes(entry.size)} it declares (a zip bomb?): refused`);
      }
      throw new DocxError(`part ${entry.name} cannot be decompressed (the package is damaged): ${(error as Error).message}`);
    }
  } else throw new DocxError(`part ${entry.name} uses ZIP compression method ${entry.method}, which Word never writes`);
  if (out.byteLength !== entry.size) throw new DocxError(`part ${entry.name} is damaged (its size differs from the size the package declares)`);
  if (crc32(out) !== entry.crc) throw new DocxError(`part ${entry.name} is damaged (checksum mismatch)`);
  return out;
}

let table: Uint32Array | undefined;

export function crc32(data: Uint8Array): number {
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
