import { convertMillimetersToTwip } from 'docx';

/** A4 portrait with DIN 5008-like margins; every table is sized against TEXT_WIDTH so Word and LibreOffice agree. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: {
    top: convertMillimetersToTwip(30),
    bottom: convertMillimetersToTwip(22),
    left: convertMillimetersToTwip(25),
    right: convertMillimetersToTwip(20),
    header: convertMillimetersToTwip(10),
    footer: convertMillimetersToTwip(10),
  },
} as const;

/** Usable line width in twips (twentieths of a point). */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
