/**
 * The number of pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree nodes,
 * ISO 32000 §7.7.3.3). LibreOffice writes them uncompressed, also in PDF/A; a PDF keeping its
 * objects in compressed object streams has none in sight, and gives null (not known).
 */
export const pdfPageCount = (pdf: Uint8Array): number | null => {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  return pages > 0 ? pages : null;
};
