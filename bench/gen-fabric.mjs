// Synthetic RoCE fabric for the benchmark: realistic line counts per switch (≈4,000), EOS and NX-OS mixed, /31 links,
// RoCE QoS on every fabric port.
//
// Up to what one spine tier can hold (a spine of at most 576 ports, the largest modular chassis), every leaf is linked to
// every spine (two tiers: 512 switches = 16 spines × 496 leaves, 7,936 links). Beyond that a fabric is built as real ones
// are, in pods of 32 leaves and 4 spines, each spine linked to the 4 super-spines of its plane (three tiers: 2,048 switches
// = 16 super-spines and 56 pods of 36 switches, 8,064 links). Before 2026-12-07 the 2,048-switch bench linked every one
// of 1,984 leaves to each of 64 spines (126,976 links, 1,984 ports per spine): a fabric no switch can build.
const MAX_SPINE_PORTS = 576;
const POD_LEAVES = 32;
const POD_SPINES = 4;
const PLANE_SUPERS = 4;

export function generateFabric(switches, { spines = Math.max(2, Math.round(switches / 32)) } = {}) {
  const leaves = switches - spines;
  if (leaves > MAX_SPINE_PORTS) return threeTier(switches);
  const files = new Map();
  const linkIp = (s, l) => p2p(s * leaves + l);
  const uplinks = Math.min(spines, 64);
  for (let s = 0; s < spines; s++) {
    const host = `spine${s + 1}`;
    const lines = header(host, eos(s));
    for (let l = 0; l < leaves; l++) {
      if (l % spines !== s % spines && uplinks < spines) continue;
      lines.push(...fabricPort(eos(s), downPort(eos(s), l), linkIp(s, l)[0], `leaf${l + 1}`));
    }
    pad(lines, eos(s));
    files.set(`${host}.cfg`, lines.join('\n') + '\n');
  }
  for (let l = 0; l < leaves; l++) {
    const host = `leaf${l + 1}`;
    const lines = header(host, eos(l));
    for (let s = 0; s < spines; s++) {
      if (l % spines !== s % spines && uplinks < spines) continue;
      lines.push(...fabricPort(eos(l), upPort(eos(l), s), linkIp(s, l)[1], `spine${s + 1}`));
    }
    pad(lines, eos(l));
    files.set(`${host}.cfg`, lines.join('\n') + '\n');
  }
  return files;
}

/** Pods of POD_LEAVES leaves and POD_SPINES spines; spine k of every pod is linked to the PLANE_SUPERS super-spines of plane k. */
function threeTier(switches) {
  const supers = POD_SPINES * PLANE_SUPERS;
  const podSize = POD_LEAVES + POD_SPINES;
  const pods = Math.ceil((switches - supers) / podSize);
  const files = new Map();
  const ports = new Map();
  let links = 0;
  const link = (hostA, portA, hostB, portB) => {
    const [ipA, ipB] = p2p(links++);
    for (const [host, port, ip, peer] of [
      [hostA, portA, ipA, hostB],
      [hostB, portB, ipB, hostA],
    ]) {
      if (!ports.has(host)) ports.set(host, []);
      ports.get(host).push([port, ip, peer]);
    }
  };
  const hosts = [];
  let made = supers;
  for (let x = 0; x < supers; x++) hosts.push(`superspine${x + 1}`);
  for (let p = 0; p < pods && made < switches; p++) {
    const spineIds = [];
    for (let k = 0; k < POD_SPINES && made < switches; k++, made++) spineIds.push(p * POD_SPINES + k);
    for (const id of spineIds) hosts.push(`spine${id + 1}`);
    for (let l = 0; l < POD_LEAVES && made < switches; l++, made++) {
      const leafId = p * POD_LEAVES + l;
      hosts.push(`leaf${leafId + 1}`);
      spineIds.forEach((id, k) => link(`spine${id + 1}`, downPort(eos(id), l), `leaf${leafId + 1}`, upPort(eos(leafId), k)));
    }
    spineIds.forEach((id, k) => {
      for (let x = 0; x < PLANE_SUPERS; x++) {
        const sup = k * PLANE_SUPERS + x;
        link(`superspine${sup + 1}`, downPort(eos(sup), p), `spine${id + 1}`, upPort(eos(id), x));
      }
    });
  }
  for (const host of hosts) {
    const isEos = eos(Number(host.replace(/\D/g, '')) - 1);
    const lines = header(host, isEos);
    for (const [port, ip, peer] of ports.get(host) ?? []) lines.push(...fabricPort(isEos, port, ip, peer));
    pad(lines, isEos);
    files.set(`${host}.cfg`, lines.join('\n') + '\n');
  }
  return files;
}

/**
 * Gives the first `count` leaves' first uplink MTU 9000 against the spine's 9214 (in place), so that a bench fabric has
 * findings to carry: MTU mismatches on `count` links, their ends in the error colour.
 */
export function withMtuMismatches(files, count = 8) {
  const leaves = [...files.keys()].filter((f) => f.startsWith('leaf')).slice(0, count);
  for (const f of leaves) files.set(f, files.get(f).replace('mtu 9214', 'mtu 9000'));
  return files;
}

const eos = (i) => i % 2 === 0;

/** The n-th /31: both addresses. */
function p2p(n) {
  return [`10.${(n >> 15) & 255}.${(n >> 7) & 255}.${(n & 127) * 2}`, `10.${(n >> 15) & 255}.${(n >> 7) & 255}.${(n & 127) * 2 + 1}`];
}

/** A port toward the tier below (leaves, or spines of pods), numbered from 1. */
function downPort(isEos, i) {
  return isEos ? `Ethernet${i + 1}/1` : `Ethernet1/${i + 1}`;
}

/** A port toward the tier above, after the 48 host ports. */
function upPort(isEos, i) {
  return isEos ? `Ethernet${49 + i}/1` : `Ethernet1/${49 + i}`;
}

function header(host, isEos) {
  if (isEos) {
    return [
      `! device: ${host} (DCS-7060DX5-64S, EOS-4.31.2F)`,
      '!',
      `hostname ${host}`,
      '!',
      'qos map dscp 26 to traffic-class 3',
      'qos map dscp 48 to traffic-class 6',
      'priority-flow-control pause watchdog default timeout 0.2',
      'priority-flow-control pause watchdog action drop',
      '!',
    ];
  }
  return [
    '!Command: show running-config',
    'version 10.3(4a)',
    `hostname ${host}`,
    'feature bgp',
    '',
    'class-map type qos match-any ROCE',
    '  match dscp 26',
    'class-map type qos match-any CNP',
    '  match dscp 48',
    'policy-map type qos ROCE_CLASSIFY',
    '  class ROCE',
    '    set qos-group 3',
    '  class CNP',
    '    set qos-group 6',
    'policy-map type queuing ROCE_QUEUING',
    '  class type queuing c-out-8q-q6',
    '    priority level 1',
    '  class type queuing c-out-8q-q3',
    '    bandwidth remaining percent 60',
    '    random-detect minimum-threshold 150 kbytes maximum-threshold 1500 kbytes drop-probability 100 weight 0 ecn',
    '  class type queuing c-out-8q-q-default',
    '    bandwidth remaining percent 40',
    'policy-map type network-qos ROCE_NQ',
    '  class type network-qos c-8q-nq3',
    '    mtu 9216',
    '    pause pfc-cos 3',
    'system qos',
    '  service-policy type queuing output ROCE_QUEUING',
    '  service-policy type network-qos ROCE_NQ',
    'priority-flow-control watch-dog-interval on',
    '',
  ];
}

function fabricPort(isEos, name, ip, peer) {
  if (isEos) {
    return [
      `interface ${name}`,
      `   description P2P_LINK_TO_${peer.toUpperCase()}`,
      '   no switchport',
      '   mtu 9214',
      `   ip address ${ip}/31`,
      '   priority-flow-control on',
      '   priority-flow-control priority 3 no-drop',
      '   tx-queue 3',
      '      random-detect ecn minimum-threshold 150 kbytes maximum-threshold 1500 kbytes max-mark-probability 100',
      '!',
    ];
  }
  return [
    `interface ${name}`,
    `  description P2P_LINK_TO_${peer.toUpperCase()}`,
    '  no switchport',
    '  mtu 9214',
    '  priority-flow-control mode on',
    '  service-policy type qos input ROCE_CLASSIFY',
    `  ip address ${ip}/31`,
    '  no shutdown',
    '',
  ];
}

/** Host ports, VLANs and routing boilerplate up to ≈4,000 lines, as real switch configs have. */
function pad(lines, isEos) {
  const ind = isEos ? '   ' : '  ';
  for (let p = 1; lines.length < 3600 && p <= 48; p++) {
    lines.push(
      isEos ? `interface Ethernet${p}/2` : `interface Ethernet1/${p + 64}`,
      `${ind}description GPU_NODE_${p}`,
      `${ind}switchport access vlan 100`,
      `${ind}mtu 9214`,
      ...(isEos
        ? [
            `${ind}priority-flow-control on`,
            `${ind}priority-flow-control priority 3 no-drop`,
            `${ind}tx-queue 3`,
            `${ind}   random-detect ecn minimum-threshold 150 kbytes maximum-threshold 1500 kbytes max-mark-probability 100`,
            '!',
          ]
        : [`${ind}priority-flow-control mode on`, `${ind}service-policy type qos input ROCE_CLASSIFY`, '']),
    );
  }
  for (let v = 1; lines.length < 4000; v++) lines.push(`vlan ${v}`, `${ind}name VLAN_${v}`, isEos ? '!' : '');
}
