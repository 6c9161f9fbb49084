/** What every export method returns: JSON-safe, so IPC and HTTP carry it alike; the shell or browser saves it. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  dataBase64: string;
}

export const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ics: 'text/calendar; charset=utf-8',
} as const;

/**
 * A file name Windows, macOS and Outlook attachments accept: no path or reserved characters, no control
 * characters, no trailing dots, dashes or spaces; umlauts stay.
 */
export function safeFileName(base: string, extension: string): string {
  const cleaned = base
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[-. ]+$/, '')
    .trim()
    .slice(0, 150);
  return `${cleaned || 'Export'}.${extension}`;
}

export function exportFile(baseName: string, extension: keyof typeof MIME, data: Buffer | string): ExportFile {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return { fileName: safeFileName(baseName, extension), mimeType: MIME[extension], dataBase64: bytes.toString('base64') };
}
