import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  decidePermission,
  isAllowedExternalUrl,
  isAllowedMethod,
  isAllowedNavigation,
  isAllowedSender,
  isInside,
  isOpenableFile,
  resolveAppPath,
} from '../../electron/guards';

const FOREIGN_URLS = [
  'file:///etc/passwd',
  'file:///C:/Windows/System32/calc.exe',
  'http://localhost:5173/',
  'http://127.0.0.1/index.html',
  'https://kim-desk/index.html',
  'app://evil/index.html',
  'app://kim-desk.evil.example/',
  'app://evil@kim-desk/index.html',
  'app://kim-desk:8080/index.html',
  'APP2://kim-desk/',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  '',
  'not a url',
];

describe('navigation and IPC senders', () => {
  it('allow the app’s own pages, with any path, query or hash', () => {
    for (const url of [APP_ENTRY_URL, 'app://kim-desk/', 'app://kim-desk/gremien?id=1#top', 'app://kim-desk']) {
      expect(isAllowedNavigation(url), url).toBe(true);
      expect(isAllowedSender(url), url).toBe(true);
    }
  });

  it('refuse every foreign origin', () => {
    for (const url of FOREIGN_URLS) {
      expect(isAllowedNavigation(url), url).toBe(false);
      expect(isAllowedSender(url), url).toBe(false);
    }
  });

  it('refuse values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, new URL(APP_ENTRY_URL)]) {
      expect(isAllowedNavigation(value)).toBe(false);
      expect(isAllowedSender(value)).toBe(false);
    }
  });
});

describe('external links', () => {
  it('open only https links to the allow-listed official sites', () => {
    expect(isAllowedExternalUrl('https://kim.nrw/')).toBe(true);
    expect(isAllowedExternalUrl('https://www.mkjfgfi.nrw/integration')).toBe(true);
    expect(isAllowedExternalUrl('https://recht.nrw.de/lmi/owa/br_text_anzeigen?v_id=1')).toBe(true);
  });

  it('refuse http, look-alike hosts, credentials, ports and other schemes', () => {
    for (const url of [
      'http://kim.nrw/',
      'https://kim.nrw.evil.example/',
      'https://evilkim.nrw/',
      'https://kim.nrw@evil.example/',
      'https://user:pw@kim.nrw/',
      'https://kim.nrw:8443/',
      'https://example.org/',
      'file:///etc/passwd',
      'mailto:info@kim.nrw',
      APP_ENTRY_URL,
      undefined,
    ]) {
      expect(isAllowedExternalUrl(url), String(url)).toBe(false);
    }
  });
});

describe('method names', () => {
  const core = ['municipalities.list', 'meta.enums'];
  const shell = ['shell.chooseFolder', 'shell.openPath'];

  it('accept known core and shell methods', () => {
    expect(isAllowedMethod('municipalities.list', core, shell)).toBe(true);
    expect(isAllowedMethod('shell.openPath', core, shell)).toBe(true);
  });

  it('refuse unknown names and names that are not strings', () => {
    for (const name of ['municipalities.drop', 'constructor', '__proto__', 'toString', '', 'x'.repeat(500), 42, null, undefined, {}]) {
      expect(isAllowedMethod(name, core, shell), String(name)).toBe(false);
    }
  });

  it('look shell.* names up only among shell methods, and core names only among core methods', () => {
    expect(isAllowedMethod('shell.unknown', core, shell)).toBe(false);
    expect(isAllowedMethod('shell.openPath', core, [])).toBe(false);
    expect(isAllowedMethod('shell.openPath', [...core, 'shell.openPath'], [])).toBe(false);
    expect(isAllowedMethod('meta.enums', [], [...shell, 'meta.enums'])).toBe(false);
  });

  it('accept any iterable of names, such as a Set', () => {
    expect(isAllowedMethod('meta.enums', new Set(core), new Set(shell))).toBe(true);
  });
});

describe('permissions and the app scheme', () => {
  it('deny every permission', () => {
    expect(decidePermission()).toBe(false);
  });

  it('register app:// as a standard, secure scheme with fetch support and nothing more', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true });
  });
});

describe('resolveAppPath', () => {
  const root = path.resolve('/srv/kim/dist/renderer');

  it('maps URL paths to files inside the root', () => {
    expect(resolveAppPath(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath(root, '/')).toBe(root);
    expect(resolveAppPath(root, '/assets/Stra%C3%9Fe.png')).toBe(path.join(root, 'assets', 'Straße.png'));
  });

  it('treats an absolute-looking URL path as relative to the root', () => {
    expect(resolveAppPath(root, '//etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
  });

  it('refuses traversal, plain and encoded', () => {
    for (const attempt of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/..%2fsecret.txt',
      '/..%2F..%2Fetc%2Fpasswd',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2F%2E%2E%2Fsecret.txt',
      '/..%5csecret.txt',
      '/assets\\..\\..\\secret.txt',
    ]) {
      expect(resolveAppPath(root, attempt), attempt).toBeUndefined();
    }
  });

  it('refuses encoded NUL bytes and malformed escapes', () => {
    expect(resolveAppPath(root, '/index.html%00.png')).toBeUndefined();
    expect(resolveAppPath(root, '/%E0%A4%A')).toBeUndefined();
  });

  it('decodes only once, so double-encoded dots stay a harmless file name', () => {
    expect(resolveAppPath(root, '/%252e%252e/secret.txt')).toBe(path.join(root, '%2e%2e', 'secret.txt'));
  });

  it('refuses Windows drive letters and UNC paths under Windows path rules', () => {
    const winRoot = 'C:\\Programme\\KIM Desk\\resources\\app.asar\\dist\\renderer';
    expect(resolveAppPath(winRoot, '/index.html', path.win32)).toBe(`${winRoot}\\index.html`);
    for (const attempt of ['/C:/Windows/win.ini', '/C:%5cWindows%5cwin.ini', '/%5c%5cserver%5cshare', '/..%5c..%5cwin.ini']) {
      expect(resolveAppPath(winRoot, attempt, path.win32), attempt).toBeUndefined();
    }
  });
});

describe('paths the shell may open', () => {
  it('isInside accepts the root and its descendants only', () => {
    expect(isInside('/data', '/data')).toBe(true);
    expect(isInside('/data', '/data/backups/a.sqlite')).toBe(true);
    expect(isInside('/data', '/data-other/x')).toBe(false);
    expect(isInside('/data', '/data/../etc/passwd')).toBe(false);
    expect(isInside('C:\\Daten', 'D:\\Daten\\x', path.win32)).toBe(false);
  });

  it('only documents and exports are openable files, never programs or scripts', () => {
    for (const file of ['/x/Bericht.docx', '/x/Bericht.PDF', '/x/termine.ics', '/x/liste.csv']) {
      expect(isOpenableFile(file), file).toBe(true);
    }
    for (const file of ['/x/setup.exe', '/x/run.sh', '/x/a.desktop', '/x/a.bat', '/x/a.lnk', '/x/a.html', '/x/kim-desk.sqlite', '/x/noext']) {
      expect(isOpenableFile(file), file).toBe(false);
    }
  });
});
