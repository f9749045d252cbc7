import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/problems/', import.meta.url));
const validate = (file: string) => runCli(['validate', file], FIXTURES);

/**
 * One fixture per problem a clerk can make (test/fixtures/problems/<name>.yaml, each the valid plan
 * with one slip): the exact report `kehoach validate` prints, and its exit code.
 */
describe('kehoach validate: one fixture per problem', () => {
  it('valid.yaml passes', async () => {
    expect(await validate('valid.yaml')).toEqual({ code: 0, stdout: 'valid.yaml: hợp lệ\n', stderr: '' });
  });

  describe('YAML syntax', () => {
    it('bad indentation', async () => {
      const r = await validate('yaml-bad-indent.yaml');
      expect(r.code).toBe(1);
      expect(r.stdout).toMatchInlineSnapshot(`
        "yaml-bad-indent.yaml:5:4: lỗi: Thụt lề không đúng: dòng này thụt vào khác các trường cùng cấp ở trên. Các trường cùng cấp phải thẳng cột với nhau.
        5 |    code: ĐU
               ^

        yaml-bad-indent.yaml: 1 lỗi
        "
      `);
    });
    it('tab used to indent', async () => {
      const r = await validate('yaml-tab.yaml');
      expect(r.code).toBe(1);
      expect(r.stdout).toMatchInlineSnapshot(`
        "yaml-tab.yaml:4:1: lỗi: Dòng này thụt lề bằng ký tự Tab, mà YAML chỉ nhận dấu cách. Hãy thay Tab bằng dấu cách cho thẳng cột với các dòng cùng cấp ("kehoach validate --fix yaml-tab.yaml" tự thay).
        4 | 	name: Đảng ủy phường Uông Bí
            ^

        yaml-tab.yaml: 1 lỗi
        "
      `);
    });
    it('unclosed quote', async () => {
      const r = await validate('yaml-unclosed-quote.yaml');
      expect(r.code).toBe(1);
      expect(r.stdout).toMatchInlineSnapshot(`
        "yaml-unclosed-quote.yaml:7:8: lỗi: Dấu nháy mở ở đây nhưng không được đóng, nên phần còn lại của tệp bị coi là một đoạn chữ. Hãy thêm dấu nháy đóng cùng loại (" hoặc ') ở cuối đoạn chữ.
        7 | place: "Uông Bí
                   ^

        yaml-unclosed-quote.yaml: 1 lỗi
        "
      `);
    });
    it('duplicate key', async () => {
      const r = await validate('yaml-duplicate-key.yaml');
      expect(r.code).toBe(1);
      expect(r.stdout).toMatchInlineSnapshot(`
        "yaml-duplicate-key.yaml:7:1: lỗi: Trường này đã xuất hiện ở trên trong cùng một mục. Hãy xóa hoặc gộp một trong hai.
        7 | number: 46
            ^

        yaml-duplicate-key.yaml: 1 lỗi
        "
      `);
    });
  });

  describe('fields', () => {
    it('wrong types: every problem of the file at once', async () => {
      const r = await validate('wrong-type.yaml');
      expect(r.code).toBe(1);
      expect(r.stdout).toMatchInlineSnapshot(`
        "wrong-type.yaml:6:9: lỗi: Trường "number" (số) phải là một số nguyên dương, ví dụ 5.
        6 | number: bốn lăm
                    ^

        wrong-type.yaml:7:8: lỗi: Trường "place" (địa danh) phải là một đoạn chữ, đang là danh sách.
        7 | place: [Uông Bí]
                   ^

        wrong-type.yaml: 2 lỗi
        "
      `);
    });
    it('missing required field', async () => {
      const r = await validate('missing-field.yaml');
      expect(r.code).toBe(1);
      expect(r.stdout).toMatchInlineSnapshot(`
        "missing-field.yaml:2:1: lỗi: Thiếu trường bắt buộc "place" (địa danh). Hãy thêm trường này.
        2 | issuer:
            ^

        missing-field.yaml: 1 lỗi
        "
      `);
    });
    it('unknown field "recipient": did you mean "recipients"?', async () => {
      const r = await validate('unknown-recipient.yaml');
      expect(r.code).toBe(1);
      expect(r.stdout).toMatchInlineSnapshot(`
        "unknown-recipient.yaml:20:1: lỗi: Không có trường "recipient". Có phải ý bạn là "recipients"?
        20 | recipient:
             ^

        unknown-recipient.yaml: 1 lỗi
        "
      `);
    });
    it('unknown field "signiture": did you mean "signature"?', async () => {
      const r = await validate('unknown-signiture.yaml');
      expect(r.code).toBe(1);
      expect(r.stdout).toMatchInlineSnapshot(`
        "unknown-signiture.yaml:24:1: lỗi: Không có trường "signiture". Có phải ý bạn là "signature"?
        24 | signiture:
             ^

        unknown-signiture.yaml: 1 lỗi
        "
      `);
    });
  });
});
