// Synthetic leaf-spine fabric for the benchmark: realistic line counts per switch (≈4,000), EOS and NX-OS
// mixed, /31 links between every leaf and every spine, RoCE QoS on every fabric port.
export function generateFabric(switches, { spines = Math.max(2, Math.round(switches / 32)) } = {}) {
  const leaves = switches - spines;
  const files = new Map();
  const eos = (i) => i % 2 === 0;
  const linkIp = (s, l) => {
    const n = s * leaves + l;
    return [`10.${(n >> 15) & 255}.${(n >> 7) & 255}.${(n & 127) * 2}`, `10.${(n >> 15) & 255}.${(n >> 7) & 255}.${(n & 127) * 2 + 1}`];
  };
  const uplinks = Math.min(spines, 64);
  for (let s = 0; s < spines; s++) {
    const host = `spine${s + 1}`;
    const lines = header(host, eos(s));
    for (let l = 0; l < leaves; l++) {
      if (l % spines !== s % spines && uplinks < spines) continue;
      lines.push(...fabricPort(eos(s), eos(s) ? `Ethernet${l + 1}/1` : `Ethernet1/${l + 1}`, linkIp(s, l)[0], `leaf${l + 1}`));
    }
    pad(lines, eos(s));
    files.set(`${host}.cfg`, lines.join('\n') + '\n');
  }
  for (let l = 0; l < leaves; l++) {
    const host = `leaf${l + 1}`;
    const lines = header(host, eos(l));
    for (let s = 0; s < spines; s++) {
      if (l % spines !== s % spines && uplinks < spines) continue;
      lines.push(...fabricPort(eos(l), eos(l) ? `Ethernet${49 + s}/1` : `Ethernet1/${49 + s}`, linkIp(s, l)[1], `spine${s + 1}`));
    }
    pad(lines, eos(l));
    files.set(`${host}.cfg`, lines.join('\n') + '\n');
  }
  return files;
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
