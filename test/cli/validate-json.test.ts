import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/problems/', import.meta.url));

interface Report {
  problems: {
    file: string;
    line: number | null;
    column: number | null;
    severity: string;
    code: string;
    message: string;
  }[];
  files: { file: string; errors: number; warnings: number; fixed: number }[];
}

describe('validate --format json', () => {
  it('every fixture of test/fixtures/problems has its stable code (the folder checked as build reads it)', async () => {
    const r = await runCli(['validate', '--format', 'json', '.'], FIXTURES);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    const codes = Object.fromEntries(
      report.files.map(({ file }) => [
        file,
        report.problems.filter((p) => p.file === file).map((p) => `${p.severity} ${p.code}`),
      ]),
    );
    expect(codes).toEqual({
      'alias-bomb.yaml': ['error YAML_TOO_MANY_ALIASES'],
      'archive-in-recipients.yaml': ['warning ARCHIVE_IN_RECIPIENTS'],
      'archive-missing.yaml': ['warning ARCHIVE_MISSING'],
      'authority-state-prefix.yaml': ['warning AUTHORITY_PREFIX'],
      'blank.yaml': ['error FILE_EMPTY'],
      'date-before-guidance.yaml': ['warning GUIDANCE_AFTER_PLAN'],
      'date-far-future.yaml': ['warning DATE_FAR_FUTURE', 'warning RULES_UNCONFIRMED'],
      'date-impossible.yaml': ['error DATE_IMPOSSIBLE'],
      'empty.yaml': ['error FILE_EMPTY'],
      'encoding-nfd.yaml': ['warning TEXT_DECOMPOSED'],
      'encoding-tcvn3.yaml': ['warning TEXT_LEGACY_ENCODING'],
      'encoding-vni.yaml': ['warning TEXT_LEGACY_ENCODING'],
      'issuer-code.yaml': ['warning ISSUER_CODE_MISMATCH'],
      'missing-field.yaml': ['error FIELD_MISSING'],
      'not-yaml.yaml': ['error NOT_A_PLAN'],
      'number-decimal.yaml': ['error NUMBER_INVALID'],
      'number-negative.yaml': ['error NUMBER_INVALID'],
      'number-zero.yaml': ['error NUMBER_INVALID'],
      // The problem is in the template file, reported under its own name.
      'template-missing-field.yaml': [],
      'template-missing-parent.yaml': [],
      'unknown-recipient.yaml': ['error FIELD_UNKNOWN'],
      'unknown-signiture.yaml': ['error FIELD_UNKNOWN'],
      'valid.yaml': [],
      'wrong-type.yaml': ['error NUMBER_INVALID', 'error FIELD_TYPE'],
      'yaml-bad-indent.yaml': ['error YAML_OVER_INDENT'],
      'yaml-duplicate-key.yaml': ['error YAML_DUPLICATE_KEY'],
      'yaml-tab.yaml': ['error YAML_TAB_AS_INDENT'],
      'yaml-unclosed-quote.yaml': ['error YAML_UNCLOSED_QUOTE'],
    });
    expect(report.problems.filter((p) => p.file.endsWith('template.hbs')).map((p) => p.code)).toEqual([
      'TEMPLATE_FIELD_MISSING',
      'TEMPLATE_FIELD_MISSING',
    ]);
    expect(report.files.find((f) => f.file === 'wrong-type.yaml')).toEqual({
      file: 'wrong-type.yaml',
      errors: 2,
      warnings: 0,
      fixed: 0,
    });
  });

  it('each problem: file, line, column, severity, code and the message the text report prints', async () => {
    const json = JSON.parse(
      (await runCli(['validate', '--format', 'json', 'yaml-tab.yaml'], FIXTURES)).stdout,
    ) as Report;
    expect(json.problems).toEqual([
      {
        file: 'yaml-tab.yaml',
        line: 4,
        column: 1,
        severity: 'error',
        code: 'YAML_TAB_AS_INDENT',
        message:
          'Dòng này thụt lề bằng ký tự Tab, mà YAML chỉ nhận dấu cách. Hãy thay Tab bằng dấu cách cho thẳng cột với các dòng cùng cấp ("kehoach validate --fix yaml-tab.yaml" tự thay).',
      },
    ]);
    const text = (await runCli(['validate', 'yaml-tab.yaml'], FIXTURES)).stdout;
    expect(text.split('\n')[0]).toBe(`yaml-tab.yaml:4:1: lỗi: ${json.problems[0]?.message}`);
  });

  it('a problem of the whole file has no line or column', async () => {
    const json = JSON.parse((await runCli(['validate', '--format', 'json', 'empty.yaml'], FIXTURES)).stdout) as Report;
    expect(json.problems.map((p) => [p.line, p.column, p.code])).toEqual([[null, null, 'FILE_EMPTY']]);
  });

  it('takes files, folders and patterns as build does', async () => {
    const r = await runCli(['validate', '--format', 'json', 'yaml-*.yaml', 'valid.yaml', '../encodings'], FIXTURES);
    const files = (JSON.parse(r.stdout) as Report).files.map(
      (f) => `${f.file.replace(/^.*[/\\]encodings[/\\]/, '../encodings/')} ${f.errors}`,
    );
    expect(files).toEqual([
      'yaml-bad-indent.yaml 1',
      'yaml-duplicate-key.yaml 1',
      'yaml-tab.yaml 1',
      'yaml-unclosed-quote.yaml 1',
      'valid.yaml 0',
      '../encodings/ke-hoach-utf16.yaml 0',
      '../encodings/ke-hoach-utf8.yaml 0',
      '../encodings/ke-hoach-windows-1258.yaml 1',
    ]);
  });

  it('an unknown format is a usage error pointing at the command help', async () => {
    const r = await runCli(['validate', '--format', 'xml', 'valid.yaml'], FIXTURES);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('lỗi: --format nhận text hoặc json, không nhận "xml".\nXem "kehoach validate --help".\n');
  });
});
