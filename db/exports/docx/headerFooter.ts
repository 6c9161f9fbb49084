import { AlignmentType, BorderStyle, Footer, Header, PageNumber, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { COLOR, STYLE } from './styles';
import { TEXT_WIDTH } from './page';

/** The sender block from the office settings (settings.get / readOfficeSettings). */
export interface Letterhead {
  officeName: string;
  officeUnit?: string | null;
  addressLines?: string | null;
  email?: string | null;
  phone?: string | null;
}

const rule = { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR.rule, space: 4 } };

function lines(letterhead: Letterhead): string[] {
  const address = (letterhead.addressLines ?? '').split(/\n|;\s*/).map((l) => l.trim()).filter(Boolean);
  const contact = [letterhead.phone ? `Tel. ${letterhead.phone}` : '', letterhead.email ? `E-Mail ${letterhead.email}` : '']
    .filter(Boolean).join(' · ');
  return [letterhead.officeUnit ?? '', ...address, contact].filter((l) => l !== '');
}

/** The full sender block, right-aligned above a rule: the first page of a letter. */
export function letterheadHeader(letterhead: Letterhead): Header {
  const rest = lines(letterhead);
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.letterhead,
        alignment: AlignmentType.RIGHT,
        border: rest.length === 0 ? rule : undefined,
        spacing: rest.length === 0 ? { after: 280 } : undefined,
        children: [new TextRun({ text: letterhead.officeName, bold: true, size: 22, color: COLOR.heading })],
      }),
      ...rest.map((text, i) => new Paragraph({
        style: STYLE.letterhead,
        alignment: AlignmentType.RIGHT,
        border: i === rest.length - 1 ? rule : undefined,
        // The block is taller than the top margin; the space keeps the first line of the letter off the rule.
        spacing: i === rest.length - 1 ? { after: 280 } : undefined,
        children: [new TextRun(text)],
      })),
    ],
  });
}

/** One line with the office name and the document's title: the pages after the first. */
export function slimHeader(letterhead: Letterhead | null, title: string): Header {
  return new Header({
    children: [new Paragraph({
      style: STYLE.letterhead,
      border: rule,
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      children: [new TextRun(letterhead?.officeName ?? ''), new TextRun({ children: [new Tab(), title] })],
    })],
  });
}

/** "Seite X von Y" on the right, the document's label on the left; Word and LibreOffice fill in the numbers. */
export function pageNumberFooter(label: string): Footer {
  return new Footer({
    children: [new Paragraph({
      style: STYLE.letterhead,
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      children: [
        new TextRun(label),
        new TextRun({ children: [new Tab(), 'Seite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES] }),
      ],
    })],
  });
}
