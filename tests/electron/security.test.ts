import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents } from '../../electron/security';

type OpenHandler = (details: { url: string }) => { action: string };

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: OpenHandler | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: OpenHandler) => {
      openHandler = handler;
    },
  });
  const openExternal = vi.fn();
  hardenWebContents(contents as never, openExternal);
  const fire = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    emitter.emit(name, event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { open: (url: string) => openHandler!({ url }), fire, openExternal, emitter };
}

describe('every web contents', () => {
  it('never opens a new window, and hands only allow-listed https links to the browser', () => {
    const { open, openExternal } = fakeContents();
    expect(open('https://kim.nrw/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://kim.nrw/');
    for (const url of ['https://evil.example/', 'http://kim.nrw/', 'file:///etc/passwd', 'app://kim-desk/index.html']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('stays on app://kim-desk: other navigations are prevented, allow-listed ones open externally', () => {
    const { fire, openExternal } = fakeContents();
    expect(fire('will-navigate', 'app://kim-desk/gremien')).toBe(false);
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
    expect(fire('will-navigate', 'https://recht.nrw.de/')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://recht.nrw.de/');
  });

  it('prevents foreign frame navigations and redirects without opening anything', () => {
    const { fire, openExternal } = fakeContents();
    for (const name of ['will-frame-navigate', 'will-redirect']) {
      expect(fire(name, 'app://kim-desk/index.html'), name).toBe(false);
      expect(fire(name, 'https://kim.nrw/'), name).toBe(true);
      expect(fire(name, 'http://localhost:5173/'), name).toBe(true);
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses to attach webviews', () => {
    const { emitter } = fakeContents();
    const event = { preventDefault: vi.fn() };
    emitter.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('the session', () => {
  it('denies every permission request, permission check and device access', () => {
    const handlers: Record<string, (...args: unknown[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: never) => { handlers.request = h; },
      setPermissionCheckHandler: (h: never) => { handlers.check = h; },
      setDevicePermissionHandler: (h: never) => { handlers.device = h; },
    };
    hardenSession(session as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      handlers.request({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(handlers.check({}, permission, 'app://kim-desk', {}), permission).toBe(false);
    }
    expect(handlers.device({ deviceType: 'usb' })).toBe(false);
  });
});
