import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DOMParser, type Element } from '@xmldom/xmldom';

/** A box in PDF points, y growing downwards from the top of the page (as pdftotext gives it). */
export interface Box {
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface Word extends Box {
  readonly text: string;
}

export interface Line extends Box {
  readonly text: string;
  readonly words: readonly Word[];
}

export interface PdfPage {
  /** 1-based. */
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly lines: readonly Line[];
  readonly words: readonly Word[];
}

const box = (el: Element): Box => ({
  xMin: Number(el.getAttribute('xMin')),
  yMin: Number(el.getAttribute('yMin')),
  xMax: Number(el.getAttribute('xMax')),
  yMax: Number(el.getAttribute('yMax')),
});

/** Parses the XHTML of `pdftotext -bbox-layout`: pages of lines of words, each with its box. */
export const parseBboxLayout = (xhtml: string): PdfPage[] => {
  const doc = new DOMParser().parseFromString(xhtml, 'text/xml');
  return Array.from(doc.getElementsByTagName('page')).map((page, i) => {
    const lines = Array.from(page.getElementsByTagName('line')).map((line) => {
      const words = Array.from(line.getElementsByTagName('word')).map((w) => ({
        ...box(w),
        text: (w.textContent ?? '').normalize('NFC'),
      }));
      return { ...box(line), text: words.map((w) => w.text).join(' '), words };
    });
    return {
      number: i + 1,
      width: Number(page.getAttribute('width')),
      height: Number(page.getAttribute('height')),
      lines,
      words: lines.flatMap((l) => l.words),
    };
  });
};

/** The words of every page of a PDF, with their positions, read by poppler's pdftotext. */
export const readPdfWords = async (pdfPath: string): Promise<PdfPage[]> => {
  const { stdout } = await promisify(execFile)('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdfPath, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return parseBboxLayout(stdout);
};
