/** Vietnamese messages for a PDF that could not be made; each ends by saying the .docx is still there. */

const kept = (docxPaths: readonly string[]): string =>
  docxPaths.length === 1 ? `Tệp .docx vẫn được giữ nguyên: ${docxPaths[0]}.` : `Các tệp .docx vẫn được giữ nguyên.`;

export const sofficeNotFound = (override: string | undefined, docxPaths: readonly string[]): string =>
  override
    ? `không tạo được PDF: biến môi trường KEHOACH_SOFFICE chỉ tới "${override}" nhưng không chạy được chương trình này. ` +
      `Hãy sửa KEHOACH_SOFFICE thành đường dẫn tới soffice của LibreOffice, hoặc bỏ biến này đi. ${kept(docxPaths)}`
    : 'không tạo được PDF: máy chưa cài LibreOffice (không tìm thấy lệnh soffice hay libreoffice). Hãy cài LibreOffice: ' +
      'trên Debian/Ubuntu chạy "sudo apt-get install libreoffice-writer-nogui fonts-liberation2"; trên Windows, macOS tải ' +
      'tại https://www.libreoffice.org/download/ ; hoặc đặt biến môi trường KEHOACH_SOFFICE là đường dẫn tới soffice. ' +
      kept(docxPaths);

export const sofficeTimedOut = (seconds: number, docxPaths: readonly string[]): string =>
  `không tạo được PDF: LibreOffice chạy quá ${seconds} giây mà chưa xong nên đã bị dừng. Hãy chạy lại; nếu vẫn vậy, ` +
  `hãy thử mở tệp .docx bằng LibreOffice để xem có lỗi gì. ${kept(docxPaths)}`;

export const sofficeFailed = (docxPath: string, detail: string): string =>
  `không tạo được PDF từ ${docxPath}: LibreOffice không chuyển được tệp này${detail ? ` (${detail})` : ''}. ` +
  `Hãy thử mở tệp bằng LibreOffice để xem có lỗi gì. ${kept([docxPath])}`;

export const pdfNotWritten = (reason: string, docxPath: string): string =>
  `không ghi được tệp PDF: ${reason} ${kept([docxPath])}`;
