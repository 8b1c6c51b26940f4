// The pieces every Word copy is made of (docx library): Persian runs and right-to-left paragraphs
// in Vazirmatn, table cells, the embedded fonts, and the A4 page the printed sheets use. The
// minutes, the invitation and the letters are built from them; nothing of the page: no DOM.
import {
  AlignmentType,
  BorderStyle,
  CharacterSet,
  type IPropertiesOptions,
  Paragraph,
  TableCell,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';

export const FONT = { ascii: 'Vazirmatn', hAnsi: 'Vazirmatn', cs: 'Vazirmatn', eastAsia: 'Vazirmatn' };
/**
 * The page numbers' font: Vazirmatn FD draws the digits 0-9 as ۰-۹. Word and LibreOffice write a
 * PAGE or NUMPAGES field in Latin digits whatever its format (no field switch or `pgNumType`
 * format gives Persian digits: `hindiNumbers` is Arabic-Indic in Word and Latin in LibreOffice),
 * so the font draws them Persian, in every program that opens the file.
 */
export const PAGE_NUMBER_FONT = {
  ascii: 'Vazirmatn FD',
  hAnsi: 'Vazirmatn FD',
  cs: 'Vazirmatn FD',
  eastAsia: 'Vazirmatn FD',
};
export const persian = { bidirectional: 'fa-IR', value: 'fa-IR' };

export function run(text: string, bold = false): TextRun {
  return new TextRun({ text, bold, boldComplexScript: bold, rightToLeft: true, font: FONT, language: persian });
}

export interface ParaOptions {
  center?: boolean;
  spaceAfter?: number;
  /** On the same page as the next paragraph, and never split across two pages (short lines only). */
  keep?: boolean;
  /**
   * On the same page as the next paragraph, but free to run across pages when longer than one
   * (with keepLines too, a page-long attendance line left the signatures alone in LibreOffice).
   */
  keepNext?: boolean;
}

export function para(children: ParagraphChild[], options: ParaOptions = {}): Paragraph {
  return new Paragraph({
    bidirectional: true,
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.START,
    spacing: { after: options.spaceAfter ?? 80 },
    ...(options.keep ? { keepNext: true, keepLines: true } : options.keepNext ? { keepNext: true } : {}),
    children,
  });
}

export const labelled = (label: string, value: string, keepNext = false) =>
  para([run(`${label}: `, true), run(value)], { keepNext });
/** A heading stays with what it heads. */
export const heading = (text: string) => para([run(text, true)], { spaceAfter: 40, keep: true });
export const dash = (text: string) => para([run(`- ${text}`)], { spaceAfter: 20 });

export const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
export const borders = { top: border, bottom: border, left: border, right: border };

export function cell(paragraphs: Paragraph[], widthPct: number, shaded = false): TableCell {
  return new TableCell({
    children: paragraphs,
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    borders,
    shading: shaded ? { fill: 'E6E6E6' } : undefined,
  });
}

/** Bytes of a font file, as docx embeds them (it types them Buffer but only reads them as bytes). */
type FontData = NonNullable<IPropertiesOptions['fonts']>[number]['data'];

/** The TrueType files the Word copy embeds (resources/fonts/; Word embeds no woff2). */
export const docxFontFiles = {
  regular: 'Vazirmatn-Regular.ttf',
  bold: 'Vazirmatn-Bold.ttf',
  pageNumbers: 'Vazirmatn-FD-Regular.ttf',
} as const;
export type DocxFonts = Record<keyof typeof docxFontFiles, Uint8Array>;

/**
 * The fonts go inside the file, so it looks the same on a computer without Vazirmatn (Word and
 * LibreOffice use embedded fonts; without them they fall back to another face, Latin digits
 * and all).
 */
export function embedded(fonts: DocxFonts): IPropertiesOptions['fonts'] {
  const data = (bytes: Uint8Array) => bytes as unknown as FontData;
  return [
    { name: 'Vazirmatn', data: data(fonts.regular), bold: data(fonts.bold), characterSet: CharacterSet.ARABIC },
    { name: 'Vazirmatn FD', data: data(fonts.pageNumbers), characterSet: CharacterSet.ARABIC },
  ];
}

/** A4 portrait, margins as on the printed sheet (14 mm; twentieths of a point). */
export const a4Page = {
  size: { width: 11906, height: 16838 },
  margin: { top: 794, bottom: 1020, left: 794, right: 794 },
} as const;
