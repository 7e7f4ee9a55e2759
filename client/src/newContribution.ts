// New contribution's questions (meeting, document, addendum, source, proposals, texts to amend) and the skeleton it opens:
// loaded on first use (commands.ts newContributionCode), a bundle of its own (client/out/newContribution.js) outside
// those loaded at activation.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { openUntitled } from './untitled';
import { withTyped } from './typed';
import type { NewContribution, Requests as RequestTypes } from '../../server/src/protocol';

/**
 * A pick list that also accepts what is typed (withTyped): the typed text is the first item, "use as typed".
 * Undefined when the user cancels.
 */
function pickOrType(items: vscode.QuickPickItem[], options: { title: string; placeHolder: string }): Promise<vscode.QuickPickItem | undefined> {
  const qp = vscode.window.createQuickPick<vscode.QuickPickItem>();
  qp.title = options.title;
  qp.placeholder = options.placeHolder;
  qp.items = items;
  const asTyped = vscode.l10n.t('as typed');
  return new Promise((resolve) => {
    let chosen: vscode.QuickPickItem | undefined;
    qp.onDidChangeValue((value) => {
      qp.items = withTyped(items, value, (label) => ({ label, description: asTyped, alwaysShow: true }));
    });
    qp.onDidAccept(() => {
      chosen = qp.selectedItems[0] ?? qp.activeItems[0];
      qp.hide();
    });
    qp.onDidHide(() => {
      qp.dispose();
      resolve(chosen);
    });
    qp.show();
  });
}

/** What New contribution asks for (the server's skeleton takes the same). */
export type Answers = Required<Omit<NewContribution, 'addendum'>> & Pick<NewContribution, 'addendum'>;


/**
 * Asks for the meeting, the document, who submits it and what it amends, and opens the
 * contribution's skeleton (an untitled file named after its proposal ids) with a MOD per text
 * in force, started from the base text found in the workspace. Answers given as the argument
 * are not asked for (tests, keybindings).
 */
export async function newContribution(client: LanguageClient, Requests: typeof RequestTypes, given: Partial<Answers> = {}): Promise<vscode.TextDocument | undefined> {
  const a = { ...given };
  const newResolution = vscode.l10n.t('A draft new Resolution (ADD)');
  const other = vscode.l10n.t('Other…');
  if (a.meeting === undefined) {
    const meetings = await client.sendRequest(Requests.meetings);
    // What is typed is offered as the meeting itself (the meeting being prepared is often not yet in the
    // list of past ones), and "Other…" stays visible whatever is typed.
    const pick = await pickOrType([...meetings.map((label) => ({ label })), { label: other, detail: vscode.l10n.t('type the meeting'), alwaysShow: true }], {
      title: vscode.l10n.t('New contribution (1/6): meeting'), placeHolder: vscode.l10n.t('The assembly or conference, or type it (e.g. PP-26, Doha, 2026)'),
    });
    if (!pick) return;
    a.meeting = pick.label === other
      ? await vscode.window.showInputBox({ title: vscode.l10n.t('New contribution: meeting'), prompt: vscode.l10n.t('e.g. WTSA-24, New Delhi, 15-24 October 2024') })
      : pick.label;
    if (!a.meeting) return;
  }
  const ask = async (key: 'document' | 'source' | 'proposals', title: string, prompt: string, check: (v: string) => string | undefined) => {
    if (a[key] !== undefined) return true;
    a[key] = await vscode.window.showInputBox({ title, prompt, validateInput: (v) => check(v.trim()) });
    a[key] = a[key]?.trim();
    return !!a[key];
  };
  const number = (v: string) => (/^\d+$/.test(v) ? undefined : vscode.l10n.t('A number, e.g. 42'));
  if (!(await ask('document', vscode.l10n.t('New contribution (2/6): document'), vscode.l10n.t('Document number, e.g. 42'), number))) return;
  // A contribution that is no addendum (TSAG, study groups) has none: an empty answer is no addendum, Escape cancels.
  if (a.addendum === undefined) {
    const answer = await vscode.window.showInputBox({
      title: vscode.l10n.t('New contribution (3/6): addendum'),
      prompt: vscode.l10n.t('Addendum number, e.g. 25 (proposal ids read SOURCE/42A25/n); leave empty if the contribution is no addendum (ids SOURCE/42/n)'),
      validateInput: (v) => (v.trim() === '' ? undefined : number(v.trim())),
    });
    if (answer === undefined) return;
    a.addendum = answer.trim() || undefined;
  }
  if (!(await ask('source', vscode.l10n.t('New contribution (4/6): source'), vscode.l10n.t('Who submits it, e.g. African Telecommunication Union Administrations'),
    (v) => (v ? undefined : vscode.l10n.t('Required'))))) return;
  if (!(await ask('proposals', vscode.l10n.t('New contribution (5/6): proposals'), vscode.l10n.t('The code used in proposal ids, e.g. AFCP'),
    (v) => (/^[A-Za-z][\w-]*$/.test(v) ? undefined : vscode.l10n.t('Letters (and digits), e.g. AFCP'))))) return;
  if (a.targets === undefined) {
    const bases = await client.sendRequest(Requests.baseTexts);
    const items: (vscode.QuickPickItem & { numberLine?: string })[] = bases.map((b) => ({
      label: b.numberLine, description: b.title, detail: vscode.workspace.asRelativePath(vscode.Uri.parse(b.location)), numberLine: b.numberLine,
    }));
    items.push({ label: newResolution });
    const picks = await pickMany(items, {
      title: vscode.l10n.t('New contribution (6/6): texts to amend'), placeHolder: vscode.l10n.t('Texts in force found in the workspace: each becomes a MOD started from it'),
    });
    if (!picks) return;
    a.targets = picks.filter((p) => p.numberLine).map((p) => p.numberLine!);
    a.newTexts = picks.some((p) => p.label === newResolution) ? [vscode.l10n.t('Title of the draft new Resolution')] : [];
  }
  const text = await client.sendRequest(Requests.newContribution, a);
  if (text === null) return;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `${a.proposals}-${a.document}${a.addendum ? `A${a.addendum}` : ''}.itu`;
  return openUntitled(folder ? vscode.Uri.joinPath(folder, name) : vscode.Uri.file(name), text);
}

/**
 * A quick pick of several items where Enter with none ticked takes the highlighted one, or the one item
 * the typed text leaves: a VS Code user filters to one item (`5.446A`) and presses Enter, and
 * `showQuickPick({ canPickMany })` would answer with nothing. Undefined when it is closed without an answer.
 */
function pickMany<T extends vscode.QuickPickItem>(items: T[], options: { title: string; placeHolder: string }): Promise<readonly T[] | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<T>();
    Object.assign(pick, { title: options.title, placeholder: options.placeHolder, canSelectMany: true, items });
    let answered = false;
    pick.onDidAccept(() => {
      // Ticked items; else the highlighted one; else, typed text that leaves one item, that item. Typed
      // text that leaves several is not an answer: the picker stays, with a hint.
      const typed = pick.value.trim().toLowerCase();
      const shown = typed ? items.filter((i) => i.label.toLowerCase().includes(typed)) : [];
      const answer = pick.selectedItems.length ? pick.selectedItems : pick.activeItems.length ? pick.activeItems : shown.length === 1 || !typed ? shown : undefined;
      if (!answer) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Tick the texts to amend (Space, or click their boxes), then press Enter.'));
        return;
      }
      answered = true;
      resolve(answer);
      pick.hide();
    });
    pick.onDidHide(() => {
      if (!answered) resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}
