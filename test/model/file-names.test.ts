import * as assert from 'node:assert/strict';
import { baseName, folderName, hostnameFromUri, stem } from '../../server/src/model/file-names';
import { sonicHostFromUri } from '../../server/src/links/read-sonic';
import { fragmentName } from '../../server/src/dialects/sonic/metadata';

describe('file names (model/file-names.ts)', () => {
  it('takes the last segment of a uri or a path, decoded, without query or fragment', () => {
    assert.equal(baseName('file:///cfg/leaf%201.cfg?x=1#L3'), 'leaf 1.cfg');
    assert.equal(baseName('C:\\cfg\\spine1.cfg'), 'spine1.cfg');
    assert.equal(baseName('file:///cfg/100%25.cfg'), '100%.cfg');
    assert.equal(baseName('file:///cfg/bad%zz.cfg'), 'bad%zz.cfg', 'a segment that does not decode is kept as written');
    assert.equal(folderName('file:///lab/sw1/interfaces'), 'sw1');
    assert.equal(folderName('file:///interfaces'), '', 'the scheme is not a folder');
    assert.equal(stem('file:///cfg/spine1.eos.cfg'), 'spine1.eos');
    assert.equal(stem('file:///cfg/.cfg'), '.cfg');
  });

  it('names a device after its file, or after its folder where every device has that file', () => {
    assert.equal(hostnameFromUri('file:///cfg/spine1.cfg'), 'spine1');
    assert.equal(hostnameFromUri('file:///cfg/'), 'cfg');
    const cumulus = { extension: /\.(conf|txt)$/i, genericStem: /^interfaces$/i, genericFolder: /^network$/i };
    assert.equal(hostnameFromUri('file:///lab/leaf01.dc1.conf', cumulus), 'leaf01.dc1', "only the dialect's extensions are dropped");
    assert.equal(hostnameFromUri('file:///lab/sw1/interfaces', cumulus), 'sw1');
    assert.equal(hostnameFromUri('file:///etc/network/interfaces', cumulus), 'interfaces', 'a system folder names no device');
    assert.equal(sonicHostFromUri('file:///lab/leaf1_config_db.json'), 'leaf1');
    assert.equal(sonicHostFromUri('file:///lab/leaf2/config_db.json'), 'leaf2');
    assert.equal(sonicHostFromUri('file:///config_db.json'), 'config_db');
    assert.equal(fragmentName('file:///device/mlnx/sn2700/qos.json'), 'sn2700/qos');
  });
});
