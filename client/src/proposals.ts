// The Proposals view (issue 12): every proposal of the workspace's contributions, grouped by the
// text it targets (MODs first, then SUP, NOC and ADD), each opening its header line.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Requests, type ProposalItem } from '../../server/src/protocol';
import { plural, statusName } from './words';
import type * as SynopticModule from './synoptic';
import { compileTargets, targetsAt } from './targets';
import { fileNameFor, openUntitled } from './untitled';

type Node = { target: string; proposals: ProposalItem[] } | ProposalItem;

const isTarget = (n: Node): n is { target: string; proposals: ProposalItem[] } => 'proposals' in n;
const rank = (action: string) => (action.includes('MOD') ? 0 : action.startsWith('SUP') ? 1 : action === 'NOC' ? 2 : 3);

export class ProposalsView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  /** Proposals whose id stands in another file too, of the same revision (compile.id-elsewhere): those files. */
  private elsewhere = new Map<ProposalItem, string[]>();
  /** Proposals copied word for word into other files (compile.copy; the copies are set aside): those files. */
  private copies = new Map<ProposalItem, string[]>();

  constructor(private readonly client: LanguageClient) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return isTarget(node) ? node.proposals : [];
    const list = await this.client.sendRequest(Requests.proposals, {});
    const groups = new Map<string, ProposalItem[]>();
    for (const p of list) groups.set(p.target, [...(groups.get(p.target) ?? []), p]);
    // Two copies of one proposal (a file sent back by a colleague, review 7 H7) would be two identical rows: each names the other's file.
    const byId = new Map<string, ProposalItem[]>();
    // Copies word for word are compiled once: the copy names the file compiled, and that one its copies.
    for (const p of list) if (!p.revisedIn && !p.copyOf) byId.set(p.id, [...(byId.get(p.id) ?? []), p]);
    this.elsewhere = new Map();
    this.copies = new Map();
    for (const same of byId.values()) {
      if (same.length >= 2) for (const p of same) this.elsewhere.set(p, same.filter((q) => q.uri !== p.uri).map((q) => q.uri));
      for (const p of same) {
        const copies = list.filter((q) => q.id === p.id && q.copyOf === p.uri).map((q) => q.uri);
        if (copies.length) this.copies.set(p, copies);
      }
    }
    return [...groups].map(([target, proposals]) => ({ target, proposals: proposals.sort((a, b) => rank(a.action) - rank(b.action)) }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (isTarget(node)) {
      const item = new vscode.TreeItem(node.target, vscode.TreeItemCollapsibleState.Expanded);
      item.description = plural(node.proposals.length, vscode.l10n.t('1 proposal'), vscode.l10n.t('{0} proposals', node.proposals.length));
      item.contextValue = 'ituTarget';
      return item;
    }
    const item = new vscode.TreeItem(`${node.action} ${node.party}`, vscode.TreeItemCollapsibleState.None);
    // File names: short in the description (the side bar is narrow), relative in the tooltip.
    const name = (uri: string) => path.posix.basename(vscode.Uri.parse(uri).path);
    const relative = (uri: string) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri));
    const where = `${node.action} ${node.id} — ${relative(node.uri)}:${node.line + 1}`;
    if (node.revisedIn) {
      // Compile takes the later revision of the document (review 5, F28): this file's proposal is set aside.
      const by = relative(node.revisedIn.uri);
      item.description = `${node.id} — ${vscode.l10n.t('revised in {0}', by)}`;
      item.tooltip = `${where}\n${vscode.l10n.t('Revised in {0} (Revision {1}): compile takes that one, not this file\'s.', by, node.revisedIn.revision)}`;
    } else if (node.copyOf) {
      // A copy word for word of another file's proposal (review 7, H7): compile takes that one.
      item.description = `${name(node.uri)} — ${vscode.l10n.t('copy of {0}', name(node.copyOf))}`;
      item.tooltip = `${where}\n${vscode.l10n.t('A copy word for word of the proposal in {0}: compile takes it once, from there.', relative(node.copyOf))}`;
    } else if (this.elsewhere.get(node)?.length) {
      // The rows differ by their files (short names first: the side bar is narrow); the id is the group's and the tooltip's.
      const others = this.elsewhere.get(node)!;
      item.description = `${name(node.uri)} — ${vscode.l10n.t('also in {0}', others.map(name).join(', '))}`;
      const full = others.map(relative).join(', ');
      item.tooltip = `${where}\n${vscode.l10n.t('The same id stands in {0}, of the same revision: compile takes both, so the party is compiled twice. Give the later file its cover field Revision:, or keep one copy.', full)}`;
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
    } else if (this.copies.get(node)?.length) {
      const copies = this.copies.get(node)!;
      item.description = `${name(node.uri)} — ${vscode.l10n.t('copied in {0}', copies.map(name).join(', '))}`;
      const full = copies.map(relative).join(', ');
      item.tooltip = `${where}\n${vscode.l10n.t('Word for word also in {0}: compile takes it once, from this file.', full)}`;
    } else {
      item.description = node.id;
      item.tooltip = where;
    }
    const at = new vscode.Range(node.line, 0, node.line, 0);
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open proposal'), arguments: [vscode.Uri.parse(node.uri), { selection: at }] };
    return item;
  }
}

/**
 * The synoptic view's code, which only its command asks for: a bundle of its own beside extension.js
 * (client/out/synoptic.js), loaded on first use, as the server loads its command bundles (server/src/bundles.ts), so
 * that the bundles loaded at activation stay under 1 MB. From the sources (the tests) it is the module itself.
 */
function synoptic(): typeof SynopticModule {
  const bundled = path.join(__dirname, 'synoptic.js');
  // A path known at run time only: no import statement can name it (the bundler leaves it alone).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(fs.existsSync(bundled) ? bundled : path.join(__dirname, 'synoptic')) as typeof SynopticModule;
}

export function registerProposalsView(context: vscode.ExtensionContext, client: LanguageClient): ProposalsView {
  const view = new ProposalsView(client);
  context.subscriptions.push(vscode.window.registerTreeDataProvider('itu.proposals', view));
  context.subscriptions.push(vscode.commands.registerCommand('itu.proposals.refresh', () => view.refresh()));
  context.subscriptions.push(vscode.commands.registerCommand('itu.compile', (node?: Node) => compileTarget(client, node)));
  context.subscriptions.push(vscode.commands.registerCommand('itu.synoptic', async (node?: Node) => {
    const target = await chooseTarget(client, node, vscode.l10n.t('Synoptic view of the proposals on…'));
    return target ? synoptic().showSynoptic((params) => client.sendRequest(Requests.synoptic, params), target) : undefined;
  }));
  // Saved, created or deleted contributions change the list: one refresh for a burst of them
  // (a save, a git checkout), since each refresh has the server read the workspace.
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.itu');
  let timer: NodeJS.Timeout | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => view.refresh(), 300);
  };
  for (const on of [watcher.onDidChange, watcher.onDidCreate, watcher.onDidDelete]) context.subscriptions.push(on(soon));
  context.subscriptions.push(watcher, { dispose: () => clearTimeout(timer) });
  return view;
}

/** Opens the merged draft of every MOD of a target (from the view's target, or chosen from the workspace's targets). */
async function compileTarget(client: LanguageClient, node?: Node): Promise<void> {
  const target = await chooseTarget(client, node, vscode.l10n.t('Compile the proposals on…'));
  if (!target) return;
  const r = await client.sendRequest(Requests.compile, { target });
  if (!r) return;
  if ('message' in r) return void vscode.window.showWarningMessage(r.message);
  // Named after the target, in the first workspace folder: Save proposes `compilation-resolution-52.itu`.
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = fileNameFor('compilation', target);
  await openUntitled(folder ? vscode.Uri.joinPath(folder, name) : vscode.Uri.file(name), r.text);
  const counts = Object.entries(r.counts).filter(([s]) => s !== 'unchanged').map(([s, n]) => `${n} ${statusName(s)}`).join(', ') || vscode.l10n.t('no change');
  const n = r.proposals.length;
  void vscode.window.showInformationMessage(n === 1
    ? vscode.l10n.t('{0}: 1 proposal compiled ({1}). Text in square brackets is not agreed.', target, counts)
    : vscode.l10n.t('{0}: {1} proposals compiled ({2}). Text in square brackets is not agreed.', target, n, counts));
  // Merged drafts of the target are not compiled: each is named, so that a contribution taken for one is seen.
  for (const note of r.leftOut ?? []) void vscode.window.showWarningMessage(note);
}

/**
 * The view's target (or its proposal's); from the palette, the target of the proposal at the cursor (review 9, J6),
 * else one the user picks among every target of the workspace's proposals, those at the cursor first.
 */
async function chooseTarget(client: LanguageClient, node: Node | undefined, placeHolder: string): Promise<string | undefined> {
  if (typeof node?.target === 'string') return node.target;
  const list = await client.sendRequest(Requests.proposals, {});
  const targets = compileTargets(list);
  if (targets.length === 0) return void vscode.window.showInformationMessage(vscode.l10n.t('No proposal in the workspace to compile.'));
  const editor = vscode.window.activeTextEditor;
  const here = editor ? targetsAt(list, editor.document.uri.toString(), editor.selection.active.line) : [];
  if (here.length === 1) return here[0];
  if (targets.length === 1) return targets[0];
  return vscode.window.showQuickPick([...here, ...targets.filter((t) => !here.includes(t))], { placeHolder });
}
