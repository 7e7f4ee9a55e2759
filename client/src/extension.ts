// The VS Code client: starts the language server and adds what LSP has no place for
// (the tracked-change preview, projections, accept/reject, Word import/export commands).
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../server/src/protocol';
import { Preview } from './preview';
import { registerCommands } from './commands';
import { registerProposalsView, type ProposalsView } from './proposals';
import { PROJECTION_SCHEME, Projections, SOURCE_SELECTOR } from './projection';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient; preview: Preview; proposals: ProposalsView; logUri: vscode.Uri }> {
  const module = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  // The server's Node flags and environment (memory sizing) come from the protocol module: the same for
  // run and debug. The client adds `env` to its own environment.
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV], env: { ...SERVER_ENV } } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'], env: { ...SERVER_ENV } } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: SOURCE_SELECTOR,
    // Settings changes reach the server through its own registration (server.ts), not a second subscription here.
    // Changes of .itu files; files and folders created or deleted anywhere: VS Code reports a folder deleted or
    // renamed as one event for the folder, which '**/*.itu' does not pass (review 8, I9). The server drops the
    // files it read under a deleted folder and reads those of a created one.
    synchronize: {
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.itu', true, false, true),
        vscode.workspace.createFileSystemWatcher('**/*', false, true, false),
      ],
    },
    outputChannelName: vscode.l10n.t('ITU Drafting'),
    // The server's messages come from the same catalogue as the client's (l10n/), in VS Code's language.
    initializationOptions: { l10nBundle: vscode.l10n.uri?.toString() },
  };
  client = new LanguageClient('itu', vscode.l10n.t('ITU Drafting'), serverOptions, clientOptions);
  await client.start();
  const projections = new Projections(client);
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(PROJECTION_SCHEME, projections));
  const preview = new Preview(client, context, projections);
  registerCommands(context, client, preview);
  const proposals = registerProposalsView(context, client);
  // logUri: the extension's log folder, inside the extension host's (tests read the host's log there).
  return { client, preview, proposals, logUri: context.logUri };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
