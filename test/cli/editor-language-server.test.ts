import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// yaml-language-server, the engine of VS Code's YAML extension, driven over stdio (LSP JSON-RPC) as
// an editor does, on plans made by `kehoach init` in a git repository: what a clerk sees while typing.
const SERVER = (() => {
  const manifest = createRequire(import.meta.url).resolve('yaml-language-server/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(manifest), bin['yaml-language-server'] ?? '');
})();

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
}
interface Diagnostic {
  range: { start: { line: number } };
  message: string;
}

/** A minimal LSP client: Content-Length framing, requests by id, notifications by method. */
class Client {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting = new Map<number, (result: unknown) => void>();
  readonly notifications: Message[] = [];
  private listeners: (() => void)[] = [];
  /** The editor's settings by section (`yaml`), which the server asks for (workspace/configuration). */
  settings: Record<string, unknown> = {};

  constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const end = this.buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())?.[1]);
        if (this.buffer.length < end + 4 + length) return;
        const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
        this.buffer = this.buffer.subarray(end + 4 + length);
        this.receive(message);
      }
    });
  }

  private receive(message: Message): void {
    if (message.id !== undefined && message.method !== undefined) {
      // A request from the server: the settings asked for, or the plain answer (registerCapability…).
      const items = (message.params as { items?: { section?: string }[] } | undefined)?.items ?? [];
      this.send({
        id: message.id,
        result:
          message.method === 'workspace/configuration'
            ? items.map((i) => this.settings[i.section ?? ''] ?? null)
            : null,
      });
    } else if (message.id !== undefined) this.waiting.get(message.id)?.(message.result);
    else {
      this.notifications.push(message);
      for (const l of this.listeners) l();
    }
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin?.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin?.write(body);
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The diagnostics published for `uri` once the schema has been applied (a non-empty list). */
  diagnostics(uri: string): Promise<Diagnostic[]> {
    return new Promise((resolve) => {
      const check = (): void => {
        const found = this.notifications.find((n) => {
          const p = n.params as { uri?: string; diagnostics?: Diagnostic[] } | undefined;
          return n.method === 'textDocument/publishDiagnostics' && p?.uri === uri && (p.diagnostics?.length ?? 0) > 0;
        });
        if (found) resolve((found.params as { diagnostics: Diagnostic[] }).diagnostics);
      };
      this.listeners.push(check);
      check();
    });
  }
}

const lineOf = (text: string, start: string): number => text.split('\n').findIndex((l) => l.startsWith(start));

describe('yaml-language-server on plans made by kehoach init (VS Code YAML)', () => {
  let dir = '';
  let server: ChildProcess;
  let client: Client;

  /** Opens `text` as the file at `path` and returns its diagnostics. */
  const open = async (path: string, text: string): Promise<Diagnostic[]> => {
    const uri = pathToFileURL(path).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return client.diagnostics(uri);
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kehoach-lsp-'));
    await mkdir(join(dir, '.git'));
    expect((await runCli(['init', 'plans/2025/kh-01.yaml'], dir)).code).toBe(0);
    server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    client = new Client(server);
    const root = pathToFileURL(dir).href;
    await client.request('initialize', {
      processId: process.pid,
      rootUri: root,
      workspaceFolders: [{ uri: root, name: 'ke-hoach' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: { completion: { completionItem: { snippetSupport: false } } },
      },
    });
    client.notify('initialized', {});
    // The settings VS Code would send: the project's .vscode/settings.json as `kehoach init` wrote it.
    const settings = JSON.parse(await readFile(join(dir, '.vscode', 'settings.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    client.settings = { yaml: { validate: true, completion: true, hover: true, schemas: settings['yaml.schemas'] } };
    client.notify('workspace/didChangeConfiguration', { settings: client.settings });
  }, 60_000);
  afterAll(async () => {
    server.kill();
    await rm(dir, { recursive: true, force: true });
  });

  it('reports a misspelt key and a bad date on their lines, in Vietnamese', async () => {
    const path = join(dir, 'plans', '2025', 'kh-01.yaml');
    const text = (await readFile(path, 'utf8'))
      .replace(/^signature:/m, 'signiture:')
      .replace(/^date: 2025-08-12/m, 'date: 12/8/2025');
    await writeFile(path, text);
    const diagnostics = await open(path, text);
    const on = (line: number): string[] => diagnostics.filter((d) => d.range.start.line === line).map((d) => d.message);
    expect(on(lineOf(text, 'signiture:'))).toEqual(['Không có trường này. Có phải ý bạn là "signature"?']);
    // Once, as kehoach validate says it: not also as a missing "signature".
    expect(diagnostics.map((d) => d.message).filter((m) => m.includes('phải có đủ'))).toEqual([]);
    expect(on(lineOf(text, 'date:'))).toContainEqual(expect.stringMatching(/^Ngày phải viết dạng năm-tháng-ngày/));
    // No English message from the schema's checks.
    expect(
      diagnostics.map((d) => d.message).filter((m) => /not allowed|Missing property|does not match/.test(m)),
    ).toEqual([]);
  }, 60_000);

  it('names the key meant for each misspelt key, as kehoach validate does, and lists the keys for any other', async () => {
    const path = join(dir, 'plans', '2025', 'kh-03.yaml');
    const slips: [string, string][] = [
      ['purposes:', 'purpose:'], // without its "s"
      ['recipients:', 'Recipients:'], // a capital
      ['archive:', 'ARCHIVE:'], // Caps Lock
      ['forms:', 'fỏms:'], // Telex: "r" after "o" is the hỏi tone
      ['  name: Đảng ủy', '  nmae: Đảng ủy'], // two letters swapped, inside issuer
      ['place:', 'noi-ban-hanh:'], // nothing like a key
    ];
    let text = await readFile(join(dir, 'plans', '2025', 'kh-01.yaml'), 'utf8');
    for (const [from, to] of slips) text = text.replace(new RegExp(`^${from}`, 'm'), to);
    await writeFile(path, text);
    const diagnostics = await open(path, text);
    // "place" written as nothing like it: missing, as the command line says too.
    expect(diagnostics.filter((d) => d.message.includes('phải có đủ'))).toHaveLength(1);
    const validate = await runCli(['validate', path], dir);
    const report = validate.stdout.split('\n');
    for (const [, to] of slips) {
      const line = lineOf(text, to);
      const messages = diagnostics.filter((d) => d.range.start.line === line).map((d) => d.message);
      expect(messages, to).toHaveLength(1);
      const message = messages[0] ?? '';
      const key = to.trim().replace(/:.*$/, '');
      if (to.startsWith('noi-ban-hanh')) {
        expect(message).toMatch(/^Trường này không có ở đây \(gõ sai tên\?\)\. Các trường dùng được: profile, /);
        continue;
      }
      // The same key meant as the command line's message for that line.
      const meant = /Có phải ý bạn là "(\w+)"\?$/.exec(message)?.[1];
      const cli = report.find((l) => l.includes(`:${line + 1}:`) && l.includes(`"${key}"`));
      expect(cli, to).toContain(`Có phải ý bạn là "${meant ?? '?'}"?`);
      expect(message, to).toBe(
        to.startsWith('  nmae')
          ? `Không có trường này. Có phải ý bạn là "name"?`
          : `Không có trường "${key}". Có phải ý bạn là "${meant ?? '?'}"?`,
      );
    }
  }, 60_000);

  it('checks a plan of any name kept in that folder, without the schema comment', async () => {
    const path = join(dir, 'plans', '2025', 'hoi-nghi.yaml');
    const text = (await readFile(join(dir, 'plans', '2025', 'kh-01.yaml'), 'utf8'))
      .replace(/^# yaml-language-server:.*\n/m, '')
      .replace(/^date: .*$/m, 'date: 2025-8-1');
    const diagnostics = await open(path, text);
    expect(
      diagnostics.filter((d) => d.range.start.line === lineOf(text, 'date:')).map((d) => d.message),
    ).toContainEqual(expect.stringMatching(/^Ngày phải viết dạng năm-tháng-ngày/));
  }, 60_000);

  it('completes profile: with both built-in profiles and template: with every built-in template', async () => {
    const path = join(dir, 'plans', '2025', 'kh-02.yaml');
    const text = 'profile: \ntemplate: \n\n';
    const uri = pathToFileURL(path).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const labels = async (line: number, character: number): Promise<string[]> => {
      const result = (await client.request('textDocument/completion', {
        textDocument: { uri },
        position: { line, character },
      })) as { items: { label: string }[] } | { label: string }[];
      return (Array.isArray(result) ? result : result.items).map((i) => i.label);
    };
    expect(await labels(0, 9)).toEqual(expect.arrayContaining(['dang', 'nha-nuoc']));
    expect(await labels(1, 10)).toEqual(expect.arrayContaining(['ke-hoach', 'ke-hoach-tuyen-truyen']));
    // A new key: the plan's keys, none of the slips the schema knows, no placeholder "property".
    const keys = await labels(2, 0);
    expect(keys).toEqual(expect.arrayContaining(['signature', 'purposes', 'recipients']));
    expect(keys.filter((k) => ['Signature', 'purpose', 'SIGNATURE', 'property'].includes(k))).toEqual([]);
  }, 60_000);
});
