import { formatBytes } from '../../format/number';

/*
 * The archive travels to the core as base64 inside one JSON request: in the browser as an HTTP body, which the
 * core's server caps (MAX_BODY_BYTES in db/http/server.ts), in the desktop app over IPC, where only the core's own
 * limit applies (archive.import accepts up to 400 million base64 characters). Keep these in step with those.
 */
const HTTP_BODY_LIMIT = 25 * 1024 * 1024;
const CORE_BASE64_LIMIT = 400_000_000;
// {"dataBase64":"…"} around the data.
const JSON_OVERHEAD = 17;

/** The largest archive file (bytes) that can be read in through the given transport. */
export function maxArchiveBytes(desktop: boolean): number {
  const chars = desktop ? CORE_BASE64_LIMIT : HTTP_BODY_LIMIT - JSON_OVERHEAD;
  return Math.floor(chars / 4) * 3;
}

/** Why a file of this size cannot be imported, before it is read at all; undefined when it can. */
export function archiveSizeProblem(bytes: number, desktop: boolean): string | undefined {
  if (bytes === 0) return 'Die Datei ist leer.';
  const max = maxArchiveBytes(desktop);
  if (bytes <= max) return undefined;
  const size = `Die Datei ist ${formatBytes(bytes)} groß; KIM Desk liest Archive bis ${formatBytes(max)}`;
  return desktop
    ? `${size}.`
    : `${size}, wenn es im Browser läuft. Größere Archive bitte in der Desktop-App einlesen.`;
}

export interface ArchiveFileContent {
  text: string;
  dataBase64: string;
}

/** The file as text (for the preview) and as base64 (for the core); the browser does the encoding natively. */
export async function readArchiveFile(file: Blob): Promise<ArchiveFileContent> {
  const [text, dataUrl] = await Promise.all([file.text(), readAsDataUrl(file)]);
  return { text, dataBase64: dataUrl.slice(dataUrl.indexOf(',') + 1) };
}

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
