import { isAbsolute, resolve } from 'node:path';
import type { Problem } from '../errors/problem.js';
import { displayPath } from './display-path.js';
import type { CliIo } from './io.js';

/** A path as typed in a shell: in double quotes when it has spaces or other special characters (cmd, PowerShell and sh read them alike). */
export const shellWord = (path: string): string => (/^[\w./\\:@%+,-]+$/.test(path) ? path : `"${path}"`);

/** The program as the user starts it: `kehoach`, or `.\kehoach.exe` for the single executable. */
export const programName = (io: CliIo): string => io.invocation?.program ?? 'kehoach';

/** A file as the user should type it in a command: absolute and quoted for the executable's users. */
export const commandPath = (io: CliIo, path: string): string =>
  io.invocation?.fullPaths === true
    ? `"${resolve(io.cwd, path)}"`
    : shellWord(displayPath(io.cwd, resolve(io.cwd, path)));

/** `words` as a command line the user can run: `kehoach build x.yaml`, `.\kehoach.exe build "C:\...\x.yaml"`. */
export const commandLine = (io: CliIo, words: string): string => `${programName(io)} ${words}`;

/**
 * `words` as a command another program runs through its shell from any folder (git's textconv):
 * `kehoach text`, or the executable's absolute path in single quotes and with forward slashes,
 * which Git for Windows' sh reads as it stands (a backslash there is an escape).
 */
export const toolCommand = (io: CliIo, words: string): string => {
  const executable = io.invocation?.executable;
  return executable === undefined ? commandLine(io, words) : `'${executable.replaceAll('\\', '/')}' ${words}`;
};

/**
 * A help's examples, each `words` (after the program) then an optional `# comment`, as the user
 * starts the tool. Examples name only files the user has where the help is shown: the plan
 * `init` writes (ke-hoach.yaml), or folders of their own.
 */
export const examples = (io: CliIo, lines: readonly string[]): string =>
  `\nVí dụ:\n${lines.map((line) => `  ${commandLine(io, line)}`).join('\n')}`;

/** A command in the library's messages: `"kehoach validate --fix"`, optionally with a file name after it. */
const QUOTED_COMMAND = /"kehoach ([^"]*)"/g;

/**
 * A message's commands as the user runs them. The library words them for `kehoach` in a shell
 * (src/errors, src/validate); `validate --fix` gets the file the message is about, so it can be
 * copied and run as it stands.
 */
export const userCommands = (io: CliIo, message: string, file?: string): string =>
  message.replace(QUOTED_COMMAND, (_all, words: string) => {
    const fix = /^validate --fix(?: \S+)?$/.test(words) && file !== undefined;
    const line = commandLine(io, fix ? `validate --fix ${commandPath(io, file)}` : words);
    // In quotes as the library wrote it, unless the line quotes a path itself.
    return line.includes('"') ? line : `"${line}"`;
  });

/** An absolute path opening a message (`/home/an/kh.yaml: không đọc được tệp`), as file errors are worded. */
const LEADING_PATH = /^((?:[A-Za-z]:)?[\\/][^\n]*?)(?=: )/;

/** A file error's message as the user reads it: its leading path shown as everywhere else, commands as they run the tool. */
export const userMessage = (io: CliIo, message: string): string => {
  const path = LEADING_PATH.exec(message)?.[1];
  const shown =
    path !== undefined && isAbsolute(path) ? displayPath(io.cwd, path) + message.slice(path.length) : message;
  return userCommands(io, shown);
};

/** A problem as the user reads it: its file relative to where they stand (else absolute), commands as they run the tool. */
export const userProblem =
  (io: CliIo) =>
  (problem: Problem): Problem => {
    const file = resolve(io.cwd, problem.file);
    return { ...problem, file: displayPath(io.cwd, file), message: userCommands(io, problem.message, file) };
  };
