import { formatBytes } from '../../format/number';
import { isJsonLinesHeader } from './archiveHeader';

/*
 * The limits are on the file as chosen: an archive of format 2 is gzip, about a tenth of its JSON, so even the
 * browser's limit holds an office of ordinary size. The archive travels to the core as base64 inside one JSON request: in the browser as an HTTP body, which the
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
  const size = `Die Datei ist ${formatBytes(bytes)} groß; KIM Desk liest Archivdateien bis ${formatBytes(max)}`;
  return desktop
    ? `${size}.`
    : `${size}, wenn es im Browser läuft. Größere Archive bitte in der Desktop-App einlesen.`;
}

export type ArchiveHead = { ok: true; text: string } | { ok: false; message: string };

const UNPACK_FAILED = 'Die Archivdatei ist unvollständig oder beschädigt: Sie lässt sich nicht entpacken.';
/** No header line is this long; a file without a line break this early is no archive of format 2. */
const HEAD_LIMIT = 1024 * 1024;

/**
 * What the preview needs of a file: of a gzip archive (format 2) only the header line, unpacked by the browser
 * (DecompressionStream) as far as that line goes; of a plain file its first line when that is a format 2 header
 * (an archive unpacked by hand), otherwise the whole text (format 1 is one JSON document).
 */
export async function readArchiveHead(file: Blob): Promise<ArchiveHead> {
  const magic = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const compressed = magic[0] === 0x1f && magic[1] === 0x8b;
  try {
    const bytes = compressed ? file.stream().pipeThrough(new DecompressionStream('gzip')) : file.stream();
    const line = await firstLine(bytes);
    return { ok: true, text: compressed || isJsonLinesHeader(line) ? line : await file.text() };
  } catch {
    return { ok: false, message: compressed ? UNPACK_FAILED : 'Die Datei ließ sich nicht lesen. Bitte die Datei erneut wählen.' };
  }
}

async function firstLine(bytes: ReadableStream<Uint8Array<ArrayBuffer>>): Promise<string> {
  const reader = bytes.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text;
      text += value;
      const end = text.indexOf('\n');
      if (end >= 0) return text.slice(0, end);
      if (text.length > HEAD_LIMIT) return text.slice(0, HEAD_LIMIT);
    }
  } finally {
    // The rest of the file is not needed: stop unpacking it.
    reader.cancel().catch(() => undefined);
  }
}

/** The file as base64 for the core; the browser does the encoding natively. */
export async function readArchiveBase64(file: Blob): Promise<string> {
  const dataUrl = await readAsDataUrl(file);
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
