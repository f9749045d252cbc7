/** A published line the format rules print otherwise, and the rule that says so. */
export interface RuleDifference {
  readonly published: string;
  readonly printed: string;
  readonly rule: string;
}

const POINT = 'NĐ 30/2020 Phụ lục I, II.8.b, format-spec §4: a point is its letter and a closing parenthesis, "a)"';

/**
 * Lines where the office departed from the format rules the profile applies: kehoach prints the
 * rule's form, so the test expects that form instead, and says why here. Nothing else is forgiven.
 */
export const RULE_DIFFERENCES: Readonly<Record<string, readonly RuleDifference[]>> = {
  'lao-cai-doan-kiem-tra-vlncn-2026': [
    {
      published: 'Độc lập - Tự do - Hạnh Phúc',
      printed: 'Độc lập - Tự do - Hạnh phúc',
      rule: "the national title is the profile's fixed text (NĐ 30/2020 Phụ lục I, format-spec §2)",
    },
    {
      published: 'a. Thu thập tài liệu, báo cáo của đơn vị cung cấp;',
      printed: 'a) Thu thập tài liệu, báo cáo của đơn vị cung cấp;',
      rule: POINT,
    },
    {
      published:
        'b. Kiểm tra, đối chiếu hồ sơ, tài liệu pháp lý do đơn vị cung cấp nêu trên với quy định pháp luật hiện hành.',
      printed:
        'b) Kiểm tra, đối chiếu hồ sơ, tài liệu pháp lý do đơn vị cung cấp nêu trên với quy định pháp luật hiện hành.',
      rule: POINT,
    },
    {
      published:
        'c. Kiểm tra thực tế tại hiện trường bằng phương pháp quan sát ngoại quan (do Đoàn kiểm tra không được trang bị các thiết bị kỹ thuật chuyên ngành chuyên sâu).',
      printed:
        'c) Kiểm tra thực tế tại hiện trường bằng phương pháp quan sát ngoại quan (do Đoàn kiểm tra không được trang bị các thiết bị kỹ thuật chuyên ngành chuyên sâu).',
      rule: POINT,
    },
    {
      published:
        'd. Lập biên bản kiểm tra để ghi nhận kết quả; trường hợp phát hiện vi phạm, lập biên bản vi phạm hành chính theo quy định.',
      printed:
        'd) Lập biên bản kiểm tra để ghi nhận kết quả; trường hợp phát hiện vi phạm, lập biên bản vi phạm hành chính theo quy định.',
      rule: POINT,
    },
    { published: 'a/. Tên Công ty:', printed: 'a) Tên Công ty:', rule: POINT },
    { published: 'b/. Địa chỉ:', printed: 'b) Địa chỉ:', rule: POINT },
    {
      published: 'c/. Điện thoại: ……………………; Fax: ……………….; Email:',
      printed: 'c) Điện thoại: ……………………; Fax: ……………….; Email:',
      rule: POINT,
    },
    {
      published: 'd/. Tổng số cán bộ CNV hiện nay liên quan đến Dự án được kiểm tra:',
      printed: 'd) Tổng số cán bộ CNV hiện nay liên quan đến Dự án được kiểm tra:',
      rule: POINT,
    },
    { published: 'đ/. Hoạt động chính của Công ty:', printed: 'đ) Hoạt động chính của Công ty:', rule: POINT },
    {
      published:
        '6.2 Đối với đơn vị được kiểm tra: Chuẩn bị báo cáo bằng văn bản theo nội dung kiểm tra (theo Đề cương báo cáo tại Phụ lục II kèm theo Kế hoạch này); cử đại diện có thẩm quyền và cán bộ chuyên môn làm việc với Đoàn; cung cấp đầy đủ, trung thực, kịp thời hồ sơ, tài liệu theo yêu cầu.',
      printed:
        '6.2. Đối với đơn vị được kiểm tra: Chuẩn bị báo cáo bằng văn bản theo nội dung kiểm tra (theo Đề cương báo cáo tại Phụ lục II kèm theo Kế hoạch này); cử đại diện có thẩm quyền và cán bộ chuyên môn làm việc với Đoàn; cung cấp đầy đủ, trung thực, kịp thời hồ sơ, tài liệu theo yêu cầu.',
      rule: 'format-spec §4: every "1.1." label ends with a full stop, as 6.1. before it',
    },
    {
      published: '(Kèm theo Kế hoạch số 1105 /KH-ĐKT ngày10 /3/2026 của Đoàn kiểm tra theo Quyết định số 1050/QĐ-SCT)',
      printed: '(Kèm theo Kế hoạch số 1105/KH-ĐKT ngày 10/3/2026 của Đoàn kiểm tra theo Quyết định số 1050/QĐ-SCT)',
      rule: 'format-spec §6 (NĐ 30/2020 Phụ lục I, III.1): the note writes the symbol and date as the header does, "số 05/KH-UBND ngày 05/02/2026"',
    },
  ],
  'lao-cai-tinh-uy-moi-truong-2026': [
    {
      published:
        '6. Ủy ban Kiểm tra Tỉnh ủy thường xuyên kiểm tra, giám sát các cấp uỷ, tổ chức đảng trong việc triển khai thực hiện Chương trình hành động; kịp thời phát hiện, chấn chỉnh, xử lý những hạn chế, sai phạm; bảo đảm thực hiện nghiêm kỷ luật của Đảng.',
      printed:
        '6. Ủy ban Kiểm tra Tỉnh ủy thường xuyên kiểm tra, giám sát các cấp uỷ, tổ chức đảng trong việc triển khai thực hiện Chương trình hành động; kịp thời phát hiện, chấn chỉnh, xử lý những hạn chế, sai phạm; bảo đảm thực hiện nghiêm kỷ luật của Đảng./.',
      rule: 'format-spec §4 (Party): the last body paragraph ends with "./."',
    },
    {
      published: '(Kèm theo Chương trình hành động số CTr/TU ngày /8/2026 của Tỉnh uỷ Lào Cai)',
      printed: '(Kèm theo Chương trình hành động số -CTr/TU ngày /8/2026 của Tỉnh uỷ Lào Cai)',
      rule: 'format-spec §6: the note (both appendices) writes the symbol as the header does, "Số    -CTr/TU"',
    },
  ],
  'lao-cai-khu-cum-cong-nghiep-2026': [
    {
      published: 'Số: 134 /KH-UBND',
      printed: 'Số: 134/KH-UBND',
      rule: 'format-spec §2 (NĐ 30/2020 Phụ lục I): the number and symbol are written together, "Số: 05/KH-UBND"',
    },
  ],
  'bo-tnmt-tin-chi-cac-bon-2024': [
    {
      published: '- Lưu VT, VP(TH), BĐKH.',
      printed: '- Lưu: VT, VP(TH), BĐKH.',
      rule: 'format-spec §5 (NĐ 30/2020 Phụ lục I): the last recipient is "- Lưu: VT, <unit>."',
    },
  ],
  'soc-trang-ho-ngheo-2022': [
    {
      published: 'Sóc Trăng, ngày 27 tháng 09 năm 2022',
      printed: 'Sóc Trăng, ngày 27 tháng 9 năm 2022',
      rule: 'NĐ 30/2020 Phụ lục I, format-spec §2: a zero only before days under 10 and months 1 and 2',
    },
  ],
  'dan-luc-bau-cu-2021': [
    {
      published: 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      printed: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      rule: "the national title is the profile's fixed text (NĐ 30/2020 Phụ lục I, format-spec §2)",
    },
  ],
};

/** The source lines as the format rules print them (each listed difference must be in the source). */
export const asPrinted = (slug: string, lines: readonly string[]): string[] => {
  const differences = RULE_DIFFERENCES[slug] ?? [];
  for (const d of differences)
    if (!lines.includes(d.published)) throw new Error(`${slug}: "${d.published}" is not in source.txt`);
  return lines.map((line) => differences.find((d) => d.published === line)?.printed ?? line);
};
