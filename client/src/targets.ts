// The texts the commands "Compile / Synoptic view of the proposals on this text" offer (review 9, J6): no vscode
// import, so that the unit tests read them as the palette does.
import type { ProposalItem } from '../../server/src/protocol';

/** Every target of the workspace's proposals, each once: compile takes a target of any kind (MOD, SUP, NOC, ADD). */
export function compileTargets(list: readonly ProposalItem[]): string[] {
  return [...new Set(list.map((p) => p.target))];
}

/**
 * The targets of the proposal at a line of a file (a proposal restating several provisions is on each): the last
 * proposal whose header is at or before the line and whose text reaches it. None outside a proposal.
 */
export function targetsAt(list: readonly ProposalItem[], uri: string, line: number): string[] {
  let header = -1;
  for (const p of list) if (p.uri === uri && p.line <= line && p.line > header && (p.endLine === undefined || line <= p.endLine)) header = p.line;
  return header < 0 ? [] : [...new Set(list.filter((p) => p.uri === uri && p.line === header).map((p) => p.target))];
}
