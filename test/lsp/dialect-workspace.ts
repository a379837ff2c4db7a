import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from './harness';

/**
 * A scratch workspace with the example fabric (examples/leaf-spine: EOS and NX-OS) and one real config of every
 * other dialect the server reads, from test/corpus and the fixtures: IOS, Junos braces and `set`, SONiC
 * config_db.json, Cumulus ifupdown2 and NCLU, SR Linux. File names say the dialect; their content decides it.
 */
export const DIALECT_FILES: Readonly<Record<string, string>> = {
  'eos-qos.cfg': 'test/corpus/eos/avd-eos-cli-config-gen-features/qos.cfg',
  'ios-qos.cfg': 'test/corpus/ios/batfish-unit-test-configs/cisco_qos',
  'junos-braces.conf': 'test/corpus/junos/jvd-5stage-evpn-vxlan/compute-leaf1_qfx5120-48ym.conf',
  'junos-set.conf': 'test/corpus/junos/batfish-juniper-grammar-testconfigs/class-of-service-comprehensive',
  'sonic/config_db.json': 'test/corpus/sonic/sonic-buildimage-qos-samples-2/qos-arista7050.json',
  'cumulus-sw1/interfaces': 'test/corpus/nvue/containerlab-cvx-ifupdown2/cvx01/sw1/interfaces',
  'nclu-exitgateway.cfg': 'test/corpus/nvue/batfish-cumulus-nclu-evpn-type5/configs/exitgateway',
  'srlinux-leaf.cfg': 'test/fixtures/extract/srlinux/roce-leaf1.cfg',
};

export function dialectWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-nav-'));
  fs.cpSync(path.join(REPO_ROOT, 'examples', 'leaf-spine'), dir, { recursive: true });
  for (const [name, src] of Object.entries(DIALECT_FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.copyFileSync(path.join(REPO_ROOT, src), path.join(dir, name));
  }
  return dir;
}
