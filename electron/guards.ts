import path from 'node:path';

/**
 * The shell's security decisions as pure functions, so every rule is unit-tested without Electron.
 * Anything the renderer asks for is refused unless a rule here allows it.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'kim-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** `standard` gives app:// a real origin (so 'self' in the CSP works), `secure` makes it a secure context. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
} as const;

/** Sites the app may open in the user's browser. Everything else stays closed. */
export const EXTERNAL_HOSTS: readonly string[] = [
  'kim.nrw',
  'www.kim.nrw',
  'www.mkjfgfi.nrw',
  'recht.nrw.de',
];

export const SHELL_PREFIX = 'shell.';
const MAX_METHOD_NAME = 100;

function parseUrl(url: unknown): URL | undefined {
  if (typeof url !== 'string' || url.length > 8192) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** A URL of the app itself: app://kim-desk/… with nothing that could disguise another host. */
function isAppUrl(url: unknown): boolean {
  const parsed = parseUrl(url);
  return parsed !== undefined
    && parsed.protocol === `${APP_SCHEME}:`
    && parsed.hostname === APP_HOST
    && parsed.port === ''
    && parsed.username === ''
    && parsed.password === '';
}

/** The window may only ever show the app's own pages. */
export function isAllowedNavigation(url: unknown): boolean {
  return isAppUrl(url);
}

/** IPC is answered only for frames showing the app's own pages. */
export function isAllowedSender(frameUrl: unknown): boolean {
  return isAppUrl(frameUrl);
}

/** https links to a short list of official sites open in the browser; nothing else leaves the app. */
export function isAllowedExternalUrl(url: unknown): boolean {
  const parsed = parseUrl(url);
  return parsed !== undefined
    && parsed.protocol === 'https:'
    && parsed.port === ''
    && parsed.username === ''
    && parsed.password === ''
    && EXTERNAL_HOSTS.includes(parsed.hostname);
}

/** `shell.*` names must be shell methods, every other name a core method; anything else is refused. */
export function isAllowedMethod(
  name: unknown,
  coreMethodNames: Iterable<string>,
  shellMethodNames: Iterable<string>,
): name is string {
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_METHOD_NAME) return false;
  const known = name.startsWith(SHELL_PREFIX) ? shellMethodNames : coreMethodNames;
  for (const candidate of known) if (candidate === name) return true;
  return false;
}

/** Camera, microphone, notifications, geolocation, clipboard reads …: the app needs none of them. */
export function decidePermission(): false {
  return false;
}

/**
 * Maps the path of an app:// URL to a file inside root, or undefined when it could leave root.
 * Decodes once, then refuses NUL, backslashes, drive letters and `..` segments outright instead of
 * normalising them away, and checks containment again on the result. `pathApi` lets tests run the
 * Windows rules on any machine.
 */
export function resolveAppPath(
  root: string,
  urlPath: string,
  pathApi: path.PlatformPath = path,
): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..' || segment.includes(':'))) return undefined;
  const base = pathApi.resolve(root);
  const target = pathApi.resolve(base, ...segments);
  return isInside(base, target, pathApi) ? target : undefined;
}

/** True when target is root itself or lies below it. */
export function isInside(root: string, target: string, pathApi: path.PlatformPath = path): boolean {
  const relative = pathApi.relative(pathApi.resolve(root), pathApi.resolve(target));
  return relative === '' || (!relative.startsWith('..') && !pathApi.isAbsolute(relative));
}

/**
 * Files the app produces or reads (documents, exports, backups' folders). Opening anything else,
 * an .exe in a chosen folder for instance, would let a compromised renderer start programs.
 */
export const OPENABLE_EXTENSIONS: readonly string[] = [
  '.docx', '.pdf', '.odt', '.xlsx', '.ods', '.csv', '.ics', '.txt', '.png', '.jpg', '.jpeg',
];

export function isOpenableFile(file: string, pathApi: path.PlatformPath = path): boolean {
  return OPENABLE_EXTENSIONS.includes(pathApi.extname(file).toLowerCase());
}
