import { FileError } from './kehoach-error.js';

/**
 * The .docx was written but its PDF could not be made (LibreOffice missing, failed or too slow).
 * A FileError, so it prints the same way; exit code 3, so scripts can tell "no PDF" from "nothing written".
 */
export class PdfError extends FileError {}
