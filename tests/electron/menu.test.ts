import { describe, expect, it, vi } from 'vitest';
import { aboutText, menuTemplate } from '../../electron/menu';

type MenuItemConstructorOptions = ReturnType<typeof menuTemplate>[number];

const labels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label ?? `—${item.type ?? ''}`);
const submenu = (items: MenuItemConstructorOptions[], label: string) =>
  items.find((item) => item.label === label)!.submenu as MenuItemConstructorOptions[];

describe('the application menu', () => {
  it('has the German top-level menus', () => {
    expect(labels(menuTemplate({ isDev: false, onAbout: vi.fn() }))).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Hilfe']);
  });

  it('quits from Datei and edits with the platform roles', () => {
    const menu = menuTemplate({ isDev: false, onAbout: vi.fn() });
    expect(submenu(menu, 'Datei')).toEqual([{ label: 'Beenden', role: 'quit' }]);
    const roles = submenu(menu, 'Bearbeiten').map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers reload and developer tools only in development; zoom always', () => {
    const installed = submenu(menuTemplate({ isDev: false, onAbout: vi.fn() }), 'Ansicht').map((item) => item.role);
    expect(installed).not.toContain('reload');
    expect(installed).not.toContain('toggleDevTools');
    expect(installed).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']));
    const dev = submenu(menuTemplate({ isDev: true, onAbout: vi.fn() }), 'Ansicht');
    expect(dev.find((item) => item.role === 'reload')?.label).toBe('Neu laden');
  });

  it('shows the about box from Hilfe', () => {
    const onAbout = vi.fn();
    const [about] = submenu(menuTemplate({ isDev: false, onAbout }), 'Hilfe');
    expect(about.label).toBe('Über KIM Desk');
    (about.click as () => void)();
    expect(onAbout).toHaveBeenCalledTimes(1);
    expect(aboutText('0.1.0')).toMatchObject({ title: 'Über KIM Desk', message: 'KIM Desk 0.1.0' });
  });
});
