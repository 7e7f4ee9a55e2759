// The registry of CLI commands; each feature file adds its own (check, show, track, export, import).
import type { Io } from './main';

export type Command = (args: string[], io: Io) => number | Promise<number>;

export const commands = new Map<string, Command>();
