import * as assert from 'node:assert/strict';
import { DEFAULT_SERVER_SETTINGS, normalizeSettings } from '../../server/src/lsp/settings';

describe('server settings', () => {
  it('keeps the intent path inside the workspace folder', () => {
    const intent = (v: unknown): string => normalizeSettings({ intentPath: v }).intentPath;
    assert.equal(intent('intent/fabric.yaml'), 'intent/fabric.yaml');
    assert.equal(intent('./intent\\fabric.yaml'), 'intent/fabric.yaml');
    for (const outside of ['/etc/passwd', '../other/fabric-intent.yaml', 'a/../../b.yaml', 'C:/x.yaml', '', 5, null]) {
      assert.equal(intent(outside), DEFAULT_SERVER_SETTINGS.intentPath, JSON.stringify(outside));
    }
  });

  it('turns malformed values into the defaults', () => {
    assert.deepEqual(normalizeSettings({ rules: 'x', include: 7, exclude: [null, 'archive/**'], dialects: { a: 'cobol', b: 'EOS' } }), {
      ...DEFAULT_SERVER_SETTINGS,
      exclude: ['archive/**'],
      dialects: { b: 'eos' },
    });
  });
});
