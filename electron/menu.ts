import type { MenuItemConstructorOptions } from 'electron';

export interface MenuSetup {
  isDev: boolean;
  onAbout(): void;
}

/** A small German menu; roles bring the platform's shortcuts and behaviour with them. */
export function menuTemplate({ isDev, onAbout }: MenuSetup): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    ...(isDev
      ? [
        { label: 'Neu laden', role: 'reload' },
        { label: 'Entwicklerwerkzeuge', role: 'toggleDevTools' },
        { type: 'separator' },
      ] satisfies MenuItemConstructorOptions[]
      : []),
    { label: 'Originalgröße', role: 'resetZoom' },
    { label: 'Vergrößern', role: 'zoomIn' },
    { label: 'Verkleinern', role: 'zoomOut' },
    { type: 'separator' },
    { label: 'Vollbild', role: 'togglefullscreen' },
  ];
  return [
    { label: 'Datei', submenu: [{ label: 'Beenden', role: 'quit' }] },
    {
      label: 'Bearbeiten',
      submenu: [
        { label: 'Rückgängig', role: 'undo' },
        { label: 'Wiederholen', role: 'redo' },
        { type: 'separator' },
        { label: 'Ausschneiden', role: 'cut' },
        { label: 'Kopieren', role: 'copy' },
        { label: 'Einfügen', role: 'paste' },
        { label: 'Alles auswählen', role: 'selectAll' },
      ],
    },
    { label: 'Ansicht', submenu: view },
    { label: 'Hilfe', submenu: [{ label: 'Über KIM Desk', click: () => onAbout() }] },
  ];
}

export function aboutText(version: string): { title: string; message: string; detail: string } {
  return {
    title: 'Über KIM Desk',
    message: `KIM Desk ${version}`,
    detail: 'Arbeitsplatz für die Koordinierungsstellen des Kommunalen Integrationsmanagements (KIM) NRW.',
  };
}
