// isAppUrl: only the app's own page counts, on POSIX and Windows paths alike.
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../electron/main/app-url';

const page = '/opt/Dabir/resources/app.asar/out/renderer/index.html';
const pageUrl = pathToFileURL(page).href;

describe('isAppUrl (POSIX)', () => {
  it('accepts the page itself, with a query or a router fragment', () => {
    expect(isAppUrl(pageUrl, page, false)).toBe(true);
    expect(isAppUrl(`${pageUrl}#/sessions/12`, page, false)).toBe(true);
    expect(isAppUrl(`${pageUrl}?print=1`, page, false)).toBe(true);
  });

  it('accepts a percent-encoded path (a Persian user name)', () => {
    const persian = '/home/دبیرخانه/Dabir/out/renderer/index.html';
    expect(isAppUrl(pathToFileURL(persian).href, persian, false)).toBe(true);
  });

  it('refuses other files, other schemes, hosts, traversal and garbage', () => {
    expect(isAppUrl('file:///etc/passwd', page, false)).toBe(false);
    expect(isAppUrl(pathToFileURL('/opt/Dabir/resources/app.asar/out/renderer/other.html').href, page, false)).toBe(
      false,
    );
    expect(isAppUrl('file://evil.example/opt/Dabir/resources/app.asar/out/renderer/index.html', page, false)).toBe(
      false,
    );
    expect(isAppUrl('https://example.com/index.html', page, false)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', page, false)).toBe(false);
    expect(isAppUrl('data:text/html,<h1>hi</h1>', page, false)).toBe(false);
    expect(isAppUrl('about:blank', page, false)).toBe(false);
    expect(isAppUrl('not a url', page, false)).toBe(false);
    expect(isAppUrl('', page, false)).toBe(false);
  });

  it('normalises dot segments before comparing, so ../ cannot reach another file', () => {
    expect(isAppUrl('file:///opt/Dabir/resources/app.asar/out/main/../renderer/index.html', page, false)).toBe(true);
    expect(isAppUrl('file:///opt/Dabir/resources/app.asar/out/renderer/../../secret/index.html', page, false)).toBe(
      false,
    );
  });
});

describe('isAppUrl (Windows)', () => {
  const winPage =
    'C:\\Users\\secretary\\AppData\\Local\\Programs\\Dabir\\resources\\app.asar\\out\\renderer\\index.html';

  it('accepts the page whatever the drive letter case', () => {
    expect(
      isAppUrl(
        'file:///C:/Users/secretary/AppData/Local/Programs/Dabir/resources/app.asar/out/renderer/index.html#/',
        winPage,
        true,
      ),
    ).toBe(true);
    expect(
      isAppUrl(
        'file:///c:/Users/secretary/AppData/Local/Programs/Dabir/resources/app.asar/out/renderer/index.html',
        winPage,
        true,
      ),
    ).toBe(true);
  });

  it('refuses UNC hosts and other files', () => {
    expect(isAppUrl('file://server/share/out/renderer/index.html', winPage, true)).toBe(false);
    expect(isAppUrl('file:///C:/Windows/win.ini', winPage, true)).toBe(false);
  });
});
