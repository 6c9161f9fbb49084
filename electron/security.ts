import type { Session, WebContents } from 'electron';
import { decidePermission, isAllowedExternalUrl, isAllowedNavigation } from './guards';

/**
 * Applies the navigation and permission rules of guards.ts to live Electron objects. Installed for
 * every web contents the app creates, so a future second window is covered without extra code.
 */

export type OpenExternal = (url: string) => void;

export function hardenWebContents(contents: WebContents, openExternal: OpenExternal): void {
  // window.open and target=_blank never create windows; allow-listed https links go to the browser.
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    if (isAllowedExternalUrl(event.url)) openExternal(event.url);
  });
  // Covers subframes too; external links are opened only from the top-level handler above.
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Every permission request and check is denied: the app needs no camera, location, notifications … */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(decidePermission()));
  session.setPermissionCheckHandler(() => decidePermission());
  session.setDevicePermissionHandler(() => decidePermission());
}
