import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ dialog: { showSaveDialog: vi.fn() } }));
vi.mock('electron', () => electron);

import { createExportSaver } from '../../electron/exportSave';

let dir: string;
const win = { id: 1 };
const file = { fileName: 'Einladung 3. Sitzung.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', dataBase64: Buffer.from('Begrüßung').toString('base64') };

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kim-export-'));
  vi.clearAllMocks();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('shell.saveExport', () => {
  it('runs the export, asks where to save and writes the bytes there', async () => {
    const runExport = vi.fn(async () => file);
    const grantFile = vi.fn();
    const target = path.join(dir, 'Einladung.docx');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const saver = createExportSaver({ getWindow: () => win as never, runExport, grantFile });

    await expect(saver['shell.saveExport']({ method: 'exports.invitation', input: { meetingId: 'm1' } }))
      .resolves.toEqual({ path: target, fileName: file.fileName, sizeBytes: Buffer.byteLength('Begrüßung') });
    expect(runExport).toHaveBeenCalledWith('exports.invitation', { meetingId: 'm1' });
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(win, {
      defaultPath: file.fileName, filters: [{ name: 'Word-Dokument', extensions: ['docx'] }],
    });
    expect(readFileSync(target, 'utf8')).toBe('Begrüßung');
    expect(grantFile).toHaveBeenCalledWith(target);
  });

  it('writes nothing when the user cancels', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    const saver = createExportSaver({ getWindow: () => null, runExport: async () => file });
    await expect(saver['shell.saveExport']({ method: 'exports.calendar' })).resolves.toEqual({ path: null, fileName: file.fileName, sizeBytes: Buffer.byteLength('Begrüßung') });
  });

  it('runs only export methods', async () => {
    const runExport = vi.fn();
    const saver = createExportSaver({ getWindow: () => null, runExport });
    for (const method of ['backup.restore', 'exports.x/../y', 'municipalities.delete']) {
      await expect(saver['shell.saveExport']({ method })).rejects.toMatchObject({ code: 'VALIDATION' });
    }
    expect(runExport).not.toHaveBeenCalled();
  });

  it('keeps only the bare file name a core method suggests', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    const saver = createExportSaver({ getWindow: () => null, runExport: async () => ({ ...file, fileName: '../../etc/evil.docx' }) });
    await saver['shell.saveExport']({ method: 'exports.agenda' });
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: 'evil.docx' }));
  });
});
