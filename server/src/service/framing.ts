// The base protocol's framing (`Content-Length: n\r\n\r\n` + n bytes of JSON), checked on the bytes as
// they arrive on stdin, before vscode-jsonrpc reads them. Its reader reports a bad header to no one and
// waits forever for headers ended by LF only or for a body of 100 GB: the server would stay up and deaf.
// A stream whose framing is broken cannot be resynchronised, so the caller logs the error and exits;
// the client sees the server end and restarts it.
import { Transform, type TransformCallback } from 'stream';
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

/** The largest message accepted: V8 cannot hold a longer string, so no longer message can be decoded. */
export const MAX_MESSAGE_BYTES = 512 * 1024 * 1024;
/** Headers are two short lines in practice; a block this long without its blank line is not a header. */
const MAX_HEADER_BYTES = 8 * 1024;

const CR = 13;
const LF = 10;
const COLON = 58;

/** A header name is an HTTP token (RFC 9110 §5.1): letters, digits and !#$%&'*+-.^_`|~. */
function tokenByte(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || "!#$%&'*+-.^_`|~".includes(String.fromCharCode(b));
}

export class FramingError extends Error {}

/** Passes the bytes through unchanged while they are well framed; on the first framing error it stops and reports it. */
export class FramingGuard extends Transform {
  /** Bytes of the body still to come; -1 while reading headers. */
  private bodyLeft = -1;
  private header: number[] = [];
  private failed = false;

  constructor(private readonly onError: (error: FramingError) => void, private readonly maxMessageBytes = MAX_MESSAGE_BYTES) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.failed) return done();
    let i = 0;
    while (i < chunk.length) {
      if (this.bodyLeft > 0) {
        const n = Math.min(this.bodyLeft, chunk.length - i);
        this.bodyLeft -= n;
        i += n;
        if (this.bodyLeft === 0) this.bodyLeft = -1;
        continue;
      }
      const error = this.headerByte(chunk[i]);
      i++;
      if (error) {
        this.failed = true;
        // What came before the bad byte was well framed: let it through, then report.
        this.push(chunk.subarray(0, i - 1));
        this.onError(new FramingError(error));
        return done();
      }
    }
    this.push(chunk);
    done();
  }

  /** Where the header line being read starts in `header`, and whether its colon has come. */
  private lineStart = 0;
  private colon = false;

  /** Takes one header byte; returns what is wrong, if anything. */
  private headerByte(b: number): string | undefined {
    const h = this.header;
    const last = h.length ? h[h.length - 1] : -1;
    if (b === LF && last !== CR) return 'a header line ends in LF without CR (the base protocol ends header lines with CRLF)';
    if (last === CR && b !== LF) return 'a CR in a header is not followed by LF';
    h.push(b);
    if (h.length > MAX_HEADER_BYTES) return `no end of headers within ${MAX_HEADER_BYTES} bytes`;
    if (b === LF) {
      const blank = h.length - 2 === this.lineStart;
      this.lineStart = h.length;
      this.colon = false;
      if (!blank) return undefined;
      // CRLF CRLF: the blank line ends the headers.
      return h.length === 2 ? 'a message starts with an empty line instead of headers' : this.endOfHeaders();
    }
    if (b === CR) {
      if (h.length - 1 > this.lineStart && !this.colon) return `a header line without a colon: ${JSON.stringify(text(h.slice(this.lineStart, -1)))}`;
      return undefined;
    }
    if (this.colon) return undefined;
    if (b === COLON) {
      this.colon = true;
      return h.length - 1 === this.lineStart ? 'a header line without a name' : undefined;
    }
    if (!tokenByte(b)) {
      return `a header name holds ${JSON.stringify(String.fromCharCode(b))}: ${JSON.stringify(text(h.slice(this.lineStart)).slice(0, 60))} (is a Content-Length too short?)`;
    }
    return undefined;
  }

  private endOfHeaders(): string | undefined {
    const lines = text(this.header).split('\r\n').filter((l) => l !== '');
    this.header = [];
    this.lineStart = 0;
    let length: number | undefined;
    for (const line of lines) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name !== 'content-length') continue;
      if (!/^\d+$/.test(value)) return `Content-Length is not a number of bytes: ${JSON.stringify(value)}`;
      const n = Number(value);
      if (length !== undefined && n !== length) return 'two different Content-Length headers';
      length = n;
    }
    if (length === undefined) return `headers without Content-Length: ${JSON.stringify(lines.join(' | ').slice(0, 120))}`;
    if (length === 0) return 'Content-Length is 0: a message has a JSON body';
    if (length > this.maxMessageBytes) return `Content-Length ${length} exceeds the largest message this server reads (${this.maxMessageBytes} bytes)`;
    this.bodyLeft = length;
    return undefined;
  }
}

function text(bytes: number[]): string {
  return Buffer.from(bytes).toString('latin1');
}

/**
 * A stdio message writer that writes each message, header and body, in one write: vscode-jsonrpc's stream writer
 * writes the header and then the body, two system calls a message, each waking the client (a third of the cost of a
 * keystroke's small "unchanged" diagnostics report on these machines' profiles). The same bytes: `Content-Length`
 * in bytes of the UTF-8 body, as JSON.stringify writes the message. Messages go out in the order written.
 */
export class OneWriteMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;
  constructor(private readonly out: NodeJS.WritableStream) {
    super();
    out.on('error', (error: Error) => this.fireError(error));
    out.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    const frame = Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    return new Promise((resolve, reject) => {
      this.out.write(frame, (error) => {
        if (!error) return resolve();
        this.fireError(error, message, ++this.errors);
        reject(error);
      });
    });
  }

  end(): void {
    this.out.end();
  }
}
