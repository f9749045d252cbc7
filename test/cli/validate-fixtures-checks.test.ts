import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/problems/', import.meta.url));
const validate = (file: string) => runCli(['validate', file], FIXTURES);

/**
 * Continued from validate-fixtures.test.ts: one fixture per problem a clerk can make, the exact
 * report `kehoach validate` prints and its exit code.
 */
describe('kehoach validate: one fixture per problem (checks after the schema, files that are not plans)', () => {
  describe('dates', () => {
    it('impossible date', async () => {
      const r = await validate('date-impossible.yaml');
      expect(r.code).toBe(1);
      expect(r.stdout).toMatchInlineSnapshot(`
        "date-impossible.yaml:8:7: lỗi: Trường "date" (ngày, dạng YYYY-MM-DD) là ngày không có thật trên lịch. Hãy kiểm tra lại ngày và tháng.
        8 | date: 2025-02-30
                  ^

        date-impossible.yaml: 1 lỗi
        "
      `);
    });
    it('plan dated before its guidance (warning)', async () => {
      const r = await validate('date-before-guidance.yaml');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatchInlineSnapshot(`
        "date-before-guidance.yaml:8:7: cảnh báo: Ngày kế hoạch (01/8/2025) sớm hơn ngày của văn bản hướng dẫn mà kế hoạch thực hiện (05/8/2025). Hãy kiểm tra lại "date" hoặc "opening.guidance.date".
        8 | date: 2025-08-01
                  ^

        date-before-guidance.yaml: 1 cảnh báo
        "
      `);
    });
    it('date far in the future (warning)', async () => {
      const r = await validate('date-far-future.yaml');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatchInlineSnapshot(`
        "date-far-future.yaml:8:7: cảnh báo: Ngày kế hoạch (12/8/2095) còn hơn một năm nữa mới tới. Hãy kiểm tra lại năm trong "date".
        8 | date: 2095-08-12
                  ^

        date-far-future.yaml: 1 cảnh báo
        "
      `);
    });
  });

  describe('numbers and codes', () => {
    it.each([
      ['number-zero.yaml', '6:9: lỗi: Trường "number" (số) phải là số nguyên dương (từ 1 trở lên).'],
      ['number-negative.yaml', '6:9: lỗi: Trường "number" (số) phải là số nguyên dương (từ 1 trở lên).'],
      ['number-decimal.yaml', '6:9: lỗi: Trường "number" (số) phải là số nguyên (không có phần thập phân).'],
    ])('%s', async (file, line) => {
      const r = await validate(file);
      expect(r.code).toBe(1);
      expect(r.stdout.split('\n')[0]).toBe(`${file}:${line}`);
    });
    it('body code that does not match the issuer (warning)', async () => {
      const r = await validate('issuer-code.yaml');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatchInlineSnapshot(`
        "issuer-code.yaml:5:9: cảnh báo: Ký hiệu cơ quan "TU" không khớp với tên cơ quan ban hành "Đảng ủy phường Uông Bí": ký hiệu ghép từ chữ cái đầu của tên (Đảng ủy → ĐU, Tỉnh ủy → TU, Chi bộ → CB). Hãy kiểm tra lại "issuer.code" hoặc "issuer.name".
        5 |   code: TU
                    ^

        issuer-code.yaml: 1 cảnh báo
        "
      `);
    });
  });

  describe('closing', () => {
    it('no archive line (warning)', async () => {
      const r = await validate('archive-missing.yaml');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatchInlineSnapshot(`
        "archive-missing.yaml:21:3: cảnh báo: Nơi nhận chưa có dòng lưu cuối cùng ("- Lưu ..."). Hãy thêm trường "archive", ví dụ "archive: VPĐU" (in ra "- Lưu VPĐU.").
        21 |   - Thường trực Đảng ủy
               ^

        archive-missing.yaml: 1 cảnh báo
        "
      `);
    });
    it('archive line typed among the recipients (warning)', async () => {
      const r = await validate('archive-in-recipients.yaml');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatchInlineSnapshot(`
        "archive-in-recipients.yaml:23:5: cảnh báo: Dòng lưu "Lưu VPĐU." không viết trong "recipients". Hãy xóa dòng này và viết "archive: VPĐU"; chương trình tự in "- Lưu ..." ở cuối nơi nhận.
        23 |   - Lưu VPĐU.
                 ^

        archive-in-recipients.yaml: 1 cảnh báo
        "
      `);
    });
    it('State authority prefix in a Party plan (warning)', async () => {
      const r = await validate('authority-state-prefix.yaml');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatchInlineSnapshot(`
        "authority-state-prefix.yaml:25:14: cảnh báo: Tiền tố thẩm quyền ký "TM." không thuộc thể thức "dang" (Thể thức văn bản của Đảng (Hướng dẫn 36-HD/VPTW)), thể thức này dùng: T/M, K/T, T/L. Có phải ý bạn là "T/M"?
        25 |   authority: TM. Ban Thường vụ
                          ^

        authority-state-prefix.yaml: 1 cảnh báo
        "
      `);
    });
  });

  describe('text encoding (warnings with the corrected text)', () => {
    it('TCVN3 (ABC)', async () => {
      const r = await validate('encoding-tcvn3.yaml');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatchInlineSnapshot(`
        "encoding-tcvn3.yaml:7:8: cảnh báo: Trường "place" (địa danh) được gõ bằng bảng mã cũ TCVN3 (ABC, phông .VnTime) nên hiện thành "U«ng BÝ". Chữ đúng: "Uông Bí". Hãy chạy "kehoach validate --fix" để tự sửa, hoặc gõ lại bằng bảng mã Unicode.
        7 | place: U«ng BÝ
                   ^

        encoding-tcvn3.yaml: 1 cảnh báo
        "
      `);
    });
    it('VNI', async () => {
      const r = await validate('encoding-vni.yaml');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatchInlineSnapshot(`
        "encoding-vni.yaml:27:9: cảnh báo: Trường "name" (tên) được gõ bằng bảng mã cũ VNI (phông VNI-Times) nên hiện thành "Ñaøo Ngoïc Sôn". Chữ đúng: "Đào Ngọc Sơn". Hãy chạy "kehoach validate --fix" để tự sửa, hoặc gõ lại bằng bảng mã Unicode.
        27 |   name: Ñaøo Ngoïc Sôn
                     ^

        encoding-vni.yaml: 1 cảnh báo
        "
      `);
    });
    it('decomposed Unicode', async () => {
      const r = await validate('encoding-nfd.yaml');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatchInlineSnapshot(`
        "encoding-nfd.yaml:7:8: cảnh báo: Trường "place" (địa danh) được gõ bằng Unicode tổ hợp (dấu tách rời khỏi chữ, Word có thể in sai dấu). Chữ đúng: "Uông Bí". Hãy chạy "kehoach validate --fix" để tự sửa, hoặc gõ lại bằng bảng mã Unicode.
        7 | place: Uông Bí
                   ^

        encoding-nfd.yaml: 1 cảnh báo
        "
      `);
    });
  });

  it('template that uses a field the plan lacks: the template file, its line and the field', async () => {
    const r = await validate('template-missing-field.yaml');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatchInlineSnapshot(`
      "../templates/missing-field/template.hbs:3:18: lỗi: Mẫu lời văn dùng trường "issuer.email" nhưng kế hoạch không có trường này. Hãy thêm "issuer.email" vào tệp kế hoạch, hoặc sửa mẫu để bỏ qua khi trường vắng (bọc trong {{#if}}).
      3 | @para Liên hệ: {{issuer.email}}
                           ^

      template-missing-field.yaml: 1 lỗi
      "
    `);
  });

  it('plan without a field the template reads into (opening.text without opening)', async () => {
    const r = await validate('template-missing-parent.yaml');
    expect(r.code).toBe(1);
    // The built-in template lies outside the fixtures: its path is shown whole.
    expect(r.stdout.replaceAll(fileURLToPath(new URL('../../', import.meta.url)), '<kehoach>/')).toMatchInlineSnapshot(`
      "<kehoach>/templates/ke-hoach-tuyen-truyen/template.hbs:11:1: lỗi: Mẫu lời văn dùng trường "opening.text" nhưng kế hoạch không có trường "opening". Hãy thêm "opening" vào tệp kế hoạch, hoặc sửa mẫu để bỏ qua khi trường vắng (bọc trong {{#if opening}}).
      11 | {{#if opening.text}}
           ^

      template-missing-parent.yaml: 1 lỗi
      "
    `);
  });

  describe('files that are not plans', () => {
    it.each(['empty.yaml', 'blank.yaml'])('%s', async (file) => {
      const r = await validate(file);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe(
        `${file}: lỗi: Tệp rỗng. Hãy viết kế hoạch vào tệp, hoặc tạo tệp mẫu bằng lệnh "kehoach init".\n\n${file}: 1 lỗi\n`,
      );
    });
    it('prose, not YAML fields', async () => {
      const r = await validate('not-yaml.yaml');
      expect(r.code).toBe(1);
      expect(r.stdout).toMatchInlineSnapshot(`
        "not-yaml.yaml:1:1: lỗi: Tệp này không phải một kế hoạch: kế hoạch gồm các trường dạng "tên: giá trị" (issuer, number, date, subject...), còn tệp chứa một giá trị đơn "Kính gửi các đồng chí, Đây là một bức th". Hãy xem tệp mẫu tạo bằng lệnh "kehoach init".
        1 | Kính gửi các đồng chí,
            ^

        not-yaml.yaml: 1 lỗi
        "
      `);
    });
    it('YAML alias bomb', async () => {
      const r = await validate('alias-bomb.yaml');
      expect(r.code).toBe(1);
      expect(r.stdout).toMatchInlineSnapshot(`
        "alias-bomb.yaml:1:1: lỗi: Tệp dùng quá nhiều bí danh YAML (*tên), nội dung bung ra quá lớn để đọc. Hãy viết trực tiếp nội dung thay cho bí danh.
        1 | # Bom bí danh YAML: mỗi dòng gấp chín lần dòng trên.
            ^

        alias-bomb.yaml: 1 lỗi
        "
      `);
    });
    it('a file that does not exist', async () => {
      const r = await validate('khong-co.yaml');
      expect(r.code).toBe(1);
      expect(r.stdout).toMatchInlineSnapshot(`
        "khong-co.yaml: lỗi: không đọc được tệp (không có tệp này). Hãy kiểm tra đường dẫn.

        khong-co.yaml: 1 lỗi
        "
      `);
    });
  });

  it('reports every file given, and fails when any has an error', async () => {
    const r = await runCli(['validate', 'valid.yaml', 'date-impossible.yaml', 'issuer-code.yaml'], FIXTURES);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => /^[\w-]+\.yaml: /.test(l))).toEqual([
      'valid.yaml: hợp lệ',
      'date-impossible.yaml: 1 lỗi',
      'issuer-code.yaml: 1 cảnh báo',
    ]);
  });
});
