import { describe, expect, it } from 'vitest';
import { base64ToBytes, exportNotice } from '../../../renderer/api/saveExport';

describe('saving exports', () => {
  it('turns the base64 the core sends back into the file bytes', () => {
    const bytes = base64ToBytes(Buffer.from('PK\u0003\u0004Begrüßung', 'utf8').toString('base64'));
    expect(Buffer.from(bytes).toString('utf8')).toBe('PK\u0003\u0004Begrüßung');
    expect(base64ToBytes('')).toEqual(new Uint8Array());
  });

  it('says in German what happened to the file', () => {
    expect(exportNotice({ fileName: 'Einladung.docx', outcome: 'saved', path: '/x/Einladung.docx', sizeBytes: 1 })).toBe('„Einladung.docx“ wurde gespeichert.');
    expect(exportNotice({ fileName: 'Einladung.docx', outcome: 'downloaded', path: null, sizeBytes: 1 })).toBe('„Einladung.docx“ wurde heruntergeladen.');
    expect(exportNotice({ fileName: 'Einladung.docx', outcome: 'cancelled', path: null, sizeBytes: 1 })).toBe('Das Speichern wurde abgebrochen; es wurde keine Datei angelegt.');
  });
});
