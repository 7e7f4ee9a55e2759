// The server's stdio writer (service/framing.ts OneWriteMessageWriter): each message in one write, framed as
// vscode-jsonrpc frames it, read back by vscode-jsonrpc's own reader in the order written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'stream';
import fc from 'fast-check';
import { StreamMessageReader, type Message } from 'vscode-languageserver/node';
import { OneWriteMessageWriter } from '../../server/src/service/framing';

test('each message goes out in one write of its whole frame, and reads back as written (any text, any script)', async () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 40 });
  await fc.assert(fc.asyncProperty(fc.array(fc.record({ id: fc.nat(), method: text, params: fc.array(text, { maxLength: 4 }) }), { minLength: 1, maxLength: 12 }), async (raw) => {
    const messages: Message[] = raw.map((m) => ({ jsonrpc: '2.0', ...m }) as Message);
    const wire = new PassThrough();
    const chunks: Buffer[] = [];
    const write = wire.write.bind(wire);
    wire.write = ((chunk: Buffer, ...rest: never[]) => (chunks.push(Buffer.from(chunk)), write(chunk, ...rest))) as typeof wire.write;
    const writer = new OneWriteMessageWriter(wire);
    const reader = new StreamMessageReader(wire);
    const read: Message[] = [];
    const all = new Promise<void>((resolve) => reader.listen((m) => (read.push(m), read.length === messages.length && resolve())));
    await Promise.all(messages.map((m) => writer.write(m)));
    await all;
    reader.dispose();
    assert.deepEqual(read, messages);
    assert.equal(chunks.length, messages.length, 'one write a message');
    chunks.forEach((chunk, k) => {
      const body = Buffer.from(JSON.stringify(messages[k]), 'utf8');
      assert.deepEqual(chunk, Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
    });
  }), { numRuns: 100 });
});

test('a write that fails is reported to the connection and rejects', async () => {
  const wire = new PassThrough();
  const writer = new OneWriteMessageWriter(wire);
  const errors: Error[] = [];
  writer.onError(([error]) => errors.push(error));
  wire.destroy();
  await assert.rejects(writer.write({ jsonrpc: '2.0' }));
  assert.ok(errors.length >= 1);
});
