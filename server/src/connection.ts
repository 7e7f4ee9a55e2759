// The server's connection: over IPC from VS Code, or over stdio (`--stdio`) from other editors, and
// the last word on faults no handler caught (logged, never fatal).
import { inspect } from 'util';
import { createConnection, ProposedFeatures, StreamMessageReader, type Connection } from 'vscode-languageserver/node';
import { FramingGuard, OneWriteMessageWriter } from './service/framing';

process.on('uncaughtException', (error) => {
  process.stderr.write(`itu: uncaught exception: ${error?.stack ?? error}\n`);
});
process.on('unhandledRejection', (reason) => {
  process.stderr.write(`itu: unhandled rejection: ${String(reason)}\n`);
});

/**
 * The connection: over IPC from VS Code, or over stdio from other editors. On stdio the bytes pass a
 * framing check first; a message the server cannot frame is logged and ends the server with status 1
 * (the client restarts it), where the JSON-RPC reader alone would wait forever without a word.
 */
export function connect(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const input = process.stdin.pipe(new FramingGuard((error) => {
    process.stderr.write(`itu: the client sent a message the server cannot read: ${error.message}. A stream out of step cannot be read on; exiting.\n`);
    process.exit(1);
  }));
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(input), new OneWriteMessageWriter(process.stdout));
  // stdout carries the protocol: console output goes to the client's log, as createConnection does for --stdio.
  const toClient = (send: (m: string) => void) => (...args: unknown[]) => send(args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' '));
  console.log = toClient((m) => connection.console.log(m));
  console.info = toClient((m) => connection.console.info(m));
  console.warn = toClient((m) => connection.console.warn(m));
  console.debug = toClient((m) => connection.console.log(m));
  return connection;
}
