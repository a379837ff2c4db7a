import type { Located } from '../../model/location';
import type { ClassMap, PolicyClass, PolicyMap, QueueConfig, QueueEcn, ServicePolicyRef } from '../../model/types';
import { parseCosList, parseDscp, parseDscpList } from '../../model/dscp';
import type { CliLine } from '../../parsing/cli-tree';
import { Ctx, intIn, isSystemClass, kw, normPolicyType, rest, systemClassQueue, type QosSettings } from './context';

/** Class-maps and policy-maps of one device, merged by type+name as the switch merges repeated sections. */
export class QosTables {
  readonly classMaps = new Map<string, ClassMap>();
  readonly policyMaps = new Map<string, PolicyMap>();
  readonly policyByName = new Map<string, PolicyMap[]>();
  /** Classes of each policy by name, so repeated class sections merge without a scan. */
  readonly classIndex = new Map<PolicyMap, Map<string, PolicyClass>>();
}

const RD_UNITS = new Set(['bytes', 'kbytes', 'mbytes', 'segments', 'milliseconds', 'microseconds', 'packets', 'percent', 'cells']);

/** Type written for untyped class/policy maps: EOS and NX-OS default to qos; IOS MQC has no type. */
function implicitType(ctx: Ctx): string {
  return ctx.dialect === 'ios' ? '' : 'qos';
}

/** `class-map [type T] [match-any|match-all] NAME` */
export function readClassMap(ctx: Ctx, tables: QosTables, line: CliLine): void {
  let i = 1;
  let type = implicitType(ctx);
  if (kw(line, i) === 'type') {
    type = kw(line, i + 1);
    i += 2;
  }
  let matchAll: boolean | undefined;
  const m = kw(line, i);
  if (m === 'match-any' || m === 'match-all') {
    matchAll = m === 'match-all';
    i++;
  }
  const nameWord = line.words[i];
  if (!nameWord) {
    ctx.note('warning', 'missing-name', 'class-map without a name', line);
    return;
  }
  const name = nameWord.text;
  const key = `${type}\u0000${name}`;
  let cm = tables.classMaps.get(key);
  const block = ctx.block(line);
  if (!cm) {
    // EOS class-maps are match-any only; NX-OS and IOS default to match-all.
    cm = { name, type, matchAll: matchAll ?? ctx.dialect !== 'eos', loc: block.header, block, matchDscp: [], matchCos: [] };
    tables.classMaps.set(key, cm);
    // A repeated section merges into the first (as on the switch): one definition, at the first header.
    ctx.def({ kind: 'class-map', subtype: normPolicyType(type), name, loc: block.header, block }, nameWord);
  } else {
    ctx.redefined('class-map', normPolicyType(type), name, nameWord);
    cm.block = block;
    if (matchAll !== undefined) cm.matchAll = matchAll;
  }
  for (const child of line.children) {
    const neg = kw(child, 0) === 'no';
    const o = neg ? 1 : 0;
    if (kw(child, o) !== 'match') continue;
    let j = o + 1;
    if (kw(child, j) === 'not') continue;
    if (kw(child, j) === 'ip' || kw(child, j) === 'ipv6') j++;
    const what = kw(child, j);
    if (what === 'qos-group') {
      if (neg) delete cm.matchQosGroup;
      else {
        const n = ctx.int(child, j + 1, 0, 7, 'match qos-group');
        if (n !== undefined) cm.matchQosGroup = ctx.at(n, child);
      }
      continue;
    }
    if (what !== 'dscp' && what !== 'cos') continue;
    const parsed = what === 'dscp' ? parseDscpList(rest(child, j + 1)) : parseCosList(rest(child, j + 1));
    for (const bad of parsed.bad) ctx.note('warning', `bad-${what}`, `match ${what}: cannot read ${bad}`, child);
    const list = what === 'dscp' ? cm.matchDscp : cm.matchCos;
    if (neg) {
      const drop = new Set(parsed.values);
      for (const entry of list) entry.value = entry.value.filter((v) => !drop.has(v));
    } else if (parsed.values.length > 0) {
      list.push(ctx.at(parsed.values, child));
    }
  }
}

/** `policy-map [type T] NAME` with its classes. */
export function readPolicyMap(ctx: Ctx, tables: QosTables, line: CliLine): void {
  let i = 1;
  let type = implicitType(ctx);
  if (kw(line, i) === 'type') {
    type = kw(line, i + 1);
    i += 2;
  }
  const nameWord = line.words[i];
  if (!nameWord) {
    ctx.note('warning', 'missing-name', 'policy-map without a name', line);
    return;
  }
  const name = nameWord.text;
  const key = `${normPolicyType(type)}\u0000${name}`;
  const block = ctx.block(line);
  let pm = tables.policyMaps.get(key);
  if (!pm) {
    pm = { name, type, loc: block.header, block, classes: [] };
    // NX-OS ships `default-nq-8e-policy`, `default-8q-out-policy` …; a file may print them (`show running-config all`).
    if (ctx.dialect === 'nxos' && /^default-/i.test(name)) pm.builtin = true;
    tables.policyMaps.set(key, pm);
    const list = tables.policyByName.get(name);
    if (list) list.push(pm);
    else tables.policyByName.set(name, [pm]);
    ctx.def({ kind: 'policy-map', subtype: normPolicyType(type), name, loc: block.header, block }, nameWord);
  } else {
    ctx.redefined('policy-map', normPolicyType(type), name, nameWord);
    pm.block = block;
  }
  const ntype = normPolicyType(type);
  for (const child of line.children) {
    if (kw(child, 0) !== 'class') continue;
    let j = 1;
    let ctype: string | undefined;
    if (kw(child, j) === 'type') {
      ctype = kw(child, j + 1);
      j += 2;
    }
    const cw = child.words[j];
    if (!cw) {
      ctx.note('warning', 'missing-name', 'class without a name', child);
      continue;
    }
    const cname = cw.text;
    if (!isSystemClass(cname)) {
      ctx.ref({ kind: 'class-map', subtype: normPolicyType(ctype ?? ntype), name: cname, usage: 'policy-class', loc: ctx.loc(cw.range) });
    }
    const cblock = ctx.block(child);
    let index = tables.classIndex.get(pm);
    if (!index) {
      index = new Map();
      tables.classIndex.set(pm, index);
    }
    let pc = index.get(cname);
    if (!pc) {
      pc = { name: cname, loc: cblock.header, block: cblock };
      pm.classes.push(pc);
      index.set(cname, pc);
    } else {
      pc.block = cblock;
    }
    // NX-OS class-default of a queuing / network-qos policy is the default system class (queue 0).
    const qn =
      systemClassQueue(cname) ??
      (ctx.dialect === 'nxos' && cname.toLowerCase() === 'class-default' && (ntype === 'queuing' || ntype === 'network-qos') ? 0 : undefined);
    for (const line2 of child.children) readPolicyClassLine(ctx, pc, line2, qn, ntype);
  }
}

/** `police … conform drop` / `conform-action drop`, on the line or (IOS) on a child line of the policer. */
function policerDropsConforming(line: CliLine): boolean {
  const words = [line, ...line.children].flatMap((l) => l.words.map((w) => w.text.toLowerCase()));
  const i = words.findIndex((w) => w === 'conform' || w === 'conform-action');
  return i >= 0 && words[i + 1] === 'drop';
}

function ensureQueue(pc: PolicyClass, qn: number | undefined): QueueConfig {
  if (!pc.queue) pc.queue = { queue: qn ?? -1, block: pc.block };
  return pc.queue;
}

function readPolicyClassLine(ctx: Ctx, pc: PolicyClass, line: CliLine, qn: number | undefined, ptype = ''): void {
  const neg = kw(line, 0) === 'no';
  const o = neg ? 1 : 0;
  const k = kw(line, o);
  switch (k) {
    case 'set': {
      let j = o + 1;
      if (kw(line, j) === 'ip') j++;
      const what = kw(line, j);
      if (neg) {
        if (what === 'qos-group') delete pc.setQosGroup;
        else if (what === 'traffic-class') delete pc.setTrafficClass;
        else if (what === 'dscp') delete pc.setDscp;
        else if (what === 'cos') delete pc.setCos;
        return;
      }
      if (what === 'qos-group') {
        const n = ctx.int(line, j + 1, 0, 7, 'set qos-group');
        if (n !== undefined) pc.setQosGroup = ctx.at(n, line);
      } else if (what === 'traffic-class') {
        const n = ctx.int(line, j + 1, 0, 7, 'set traffic-class');
        if (n !== undefined) pc.setTrafficClass = ctx.at(n, line);
      } else if (what === 'dscp') {
        const w = line.words[j + 1];
        const n = w ? parseDscp(w.text) : undefined;
        if (n === undefined) ctx.note('warning', 'bad-dscp', `set dscp: cannot read ${w?.text ?? '(missing)'}`, w ?? line);
        else pc.setDscp = ctx.at(n, line);
      } else if (what === 'cos') {
        const n = ctx.int(line, j + 1, 0, 7, 'set cos');
        if (n !== undefined) pc.setCos = ctx.at(n, line);
      }
      return;
    }
    case 'drop':
      if (neg) delete pc.drop;
      else pc.drop = ctx.at(true, line);
      return;
    case 'police': {
      // Only a policer that drops what conforms drops everything; one that transmits it limits the rate.
      if (neg) delete pc.drop;
      else if (policerDropsConforming(line)) pc.drop = ctx.at(true, line);
      return;
    }
    case 'pause': {
      if (neg) {
        delete pc.pausePfcCos;
        delete pc.pauseNoDrop;
        return;
      }
      let idx = -1;
      for (let j = o + 1; j < line.words.length; j++) if (kw(line, j) === 'pfc-cos') idx = j;
      if (idx >= 0) {
        const parsed = parseCosList(rest(line, idx + 1));
        for (const bad of parsed.bad) ctx.note('warning', 'bad-cos', `pause pfc-cos: cannot read ${bad}`, line);
        if (parsed.values.length > 0) pc.pausePfcCos = ctx.at(parsed.values, line);
      } else if (kw(line, o + 1) === 'no-drop') {
        const n = systemClassQueue(pc.name);
        if (n !== undefined) pc.pausePfcCos = ctx.at([n], line);
        // A user class (`class-map type network-qos X` / `match qos-group N`): its CoS is the one
        // classified into qos-group N, known once every policy is read (extract.ts resolvePauseNoDrop).
        else pc.pauseNoDrop = ctx.at(true, line);
      }
      return;
    }
    case 'service-policy': {
      // Hierarchical MQC (IOS `class class-default` / `service-policy CHILD`): a use of the child policy.
      // Added so qos/unused-definition and qos/undefined-reference see nested policies.
      if (neg) return;
      // A child policy has its parent's type unless the line says otherwise.
      const ref = readServicePolicy(ctx, line, o);
      const w = line.words[line.words.length - 1];
      const typed = kw(line, o + 1) === 'type';
      if (ref && w)
        ctx.ref({ kind: 'policy-map', subtype: normPolicyType(typed ? ref.type : ptype), name: ref.name, usage: 'nested-policy', loc: ctx.loc(w.range) });
      return;
    }
    case 'mtu': {
      if (neg) {
        delete pc.mtu;
        return;
      }
      const n = ctx.int(line, o + 1, 64, 65535, 'mtu');
      if (n !== undefined) pc.mtu = ctx.at(n, line);
      return;
    }
    default:
      readQueueLine(ctx, () => ensureQueue(pc, qn), line, neg, o);
  }
}

/**
 * NX-OS sections that attach a policy outside interfaces and `system qos`: `control-plane` and
 * `vlan configuration N` (IOS `control-plane` is read in ios.ts). Only their references are recorded (they are not on the RoCE path).
 */
export function readOtherAttachments(ctx: Ctx, line: CliLine, usage: string, implicit: string): void {
  for (const child of line.children) {
    if (kw(child, 0) !== 'service-policy') continue;
    const ref = readServicePolicy(ctx, child, 0);
    if (!ref) continue;
    const typed = kw(child, 1) === 'type';
    const w = child.words[child.words.length - 1]!;
    ctx.ref({ kind: 'policy-map', subtype: normPolicyType(typed ? ref.type : implicit), name: ref.name, usage, loc: ctx.loc(w.range) });
  }
}

/**
 * Queue settings shared by NX-OS/IOS queuing classes and EOS tx-queues: priority, bandwidth, random-detect.
 * Returns true when the line was one of them.
 */
export function readQueueLine(ctx: Ctx, queue: () => QueueConfig, line: CliLine, neg: boolean, o: number): boolean {
  const k = kw(line, o);
  if (k === 'priority') {
    const q = queue();
    if (neg) q.strictPriority = ctx.at(false, line);
    else q.strictPriority = ctx.at(true, line);
    return true;
  }
  if (k === 'bandwidth') {
    const q = queue();
    const k1 = kw(line, o + 1);
    if (neg) {
      delete q.bandwidthPercent;
      delete q.bandwidthRemainingPercent;
      return true;
    }
    if (k1 === 'percent') {
      const n = ctx.int(line, o + 2, 0, 100, 'bandwidth percent');
      if (n !== undefined) q.bandwidthPercent = ctx.at(n, line);
    } else if (k1 === 'remaining' && kw(line, o + 2) === 'percent') {
      const n = ctx.int(line, o + 3, 0, 100, 'bandwidth remaining percent');
      if (n !== undefined) q.bandwidthRemainingPercent = ctx.at(n, line);
    }
    return true;
  }
  if (k === 'random-detect') {
    const q = queue();
    if (neg) {
      const k1 = kw(line, o + 1);
      if (k1 !== 'drop') delete q.ecn;
      if (k1 !== 'ecn') delete q.wredDrop;
      return true;
    }
    const rd = readRandomDetect(ctx, line, o + 1);
    if (rd === 'ignore') return true;
    if (rd.ecn) q.ecn = ctx.at(rd, line);
    else q.wredDrop = ctx.at(rd, line);
    return true;
  }
  return false;
}

/** `random-detect [ecn|drop] [drop-precedence N] minimum-threshold A U maximum-threshold B U [max-mark-probability|drop-probability P] [weight W] [ecn]` */
function readRandomDetect(ctx: Ctx, line: CliLine, from: number): QueueEcn | 'ignore' {
  const r: QueueEcn = { ecn: false };
  let sawThreshold = false;
  for (let j = from; j < line.words.length; j++) {
    const t = kw(line, j);
    switch (t) {
      case 'ecn':
        r.ecn = true;
        if (kw(line, j + 1) === 'count') return 'ignore';
        break;
      case 'count':
        return 'ignore';
      case 'minimum-threshold':
      case 'maximum-threshold': {
        const n = ctx.num(line, j + 1, t);
        const unit = kw(line, j + 2);
        const hasUnit = RD_UNITS.has(unit);
        if (n !== undefined) {
          sawThreshold = true;
          if (t === 'minimum-threshold') {
            r.minThreshold = n;
            if (hasUnit) r.unit = unit;
          } else {
            r.maxThreshold = n;
            if (hasUnit) r.maxUnit = unit;
          }
        }
        j += hasUnit ? 2 : 1;
        break;
      }
      case 'max-mark-probability':
      case 'drop-probability': {
        const n = ctx.num(line, j + 1, t);
        if (n !== undefined) r.probability = n;
        j++;
        break;
      }
      case 'weight':
      case 'drop-precedence':
        j++;
        break;
      default:
        break;
    }
  }
  if (r.unit === undefined && r.maxUnit !== undefined) r.unit = r.maxUnit;
  if (r.maxUnit === undefined && r.unit !== undefined && r.maxThreshold !== undefined) r.maxUnit = r.unit;
  if (!sawThreshold && !r.ecn) return 'ignore';
  r.text = line.text;
  return r;
}

/**
 * QoS lines an interface and an EOS qos profile share: PFC, trust, service-policy, tx-queue.
 * Returns true when the line was one of them.
 */
export function readQosLine(ctx: Ctx, qs: QosSettings, line: CliLine, usage: string): boolean {
  const first = kw(line, 0);
  const neg = first === 'no';
  const dflt = first === 'default';
  let o = neg || dflt ? 1 : 0;
  const k = kw(line, o);
  switch (k) {
    case 'priority-flow-control':
      readPfcLine(ctx, qs, line, neg || dflt, o);
      return true;
    case 'mls':
    case 'qos': {
      // EOS/NX-OS `qos trust dscp`; Catalyst IOS `mls qos trust dscp`
      if (k === 'mls') {
        if (kw(line, o + 1) !== 'qos') return false;
        o++;
      }
      if (kw(line, o + 1) !== 'trust') return false;
      if (dflt) delete qs.trust;
      else if (neg) qs.trust = ctx.at('none', line);
      else {
        const t = kw(line, o + 2);
        if (t === 'dscp' || t === 'cos') qs.trust = ctx.at(t, line);
        else ctx.note('warning', 'bad-value', `qos trust: unknown value ${t || '(missing)'}`, line);
      }
      return true;
    }
    case 'service-policy': {
      const ref = readServicePolicy(ctx, line, o);
      if (!ref) return true;
      const key = `${normPolicyType(ref.type)}|${ref.direction}`;
      if (neg || dflt) qs.policies.delete(key);
      else {
        qs.policies.set(key, ctx.at(ref, line));
        const w = line.words[line.words.length - 1]!;
        ctx.ref({ kind: 'policy-map', subtype: normPolicyType(ref.type), name: ref.name, usage, loc: ctx.loc(w.range) });
      }
      return true;
    }
    case 'tx-queue':
    case 'uc-tx-queue': {
      // mc-tx-queue (multicast) settings are not part of the RoCE chain and are not modelled.
      const n = ctx.int(line, o + 1, 0, 15, k);
      if (n === undefined) return true;
      let q = qs.queues.get(n);
      if (!q) {
        q = { queue: n, block: ctx.block(line) };
        qs.queues.set(n, q);
      } else {
        q.block = ctx.block(line);
      }
      const qq = q;
      for (const child of line.children) {
        const cneg = kw(child, 0) === 'no';
        readQueueLine(ctx, () => qq, child, cneg, cneg ? 1 : 0);
      }
      return true;
    }
    default:
      return false;
  }
}

/** `service-policy [type T] input|output NAME` (NX-OS network-qos has no direction). */
export function readServicePolicy(ctx: Ctx, line: CliLine, o: number): ServicePolicyRef | undefined {
  let j = o + 1;
  let type = ctx.dialect === 'ios' ? '' : 'qos';
  if (kw(line, j) === 'type') {
    type = kw(line, j + 1);
    j += 2;
  }
  let direction: ServicePolicyRef['direction'] = 'none';
  const d = kw(line, j);
  if (d === 'input' || d === 'output') {
    direction = d;
    j++;
  }
  const name = line.words[j];
  if (!name) {
    ctx.note('warning', 'missing-name', 'service-policy without a policy name', line);
    return undefined;
  }
  return { type, direction, name: name.text };
}

function readPfcLine(ctx: Ctx, qs: QosSettings, line: CliLine, neg: boolean, o: number): void {
  const k1 = kw(line, o + 1);
  if (k1 === '') {
    // `no priority-flow-control`
    if (neg) qs.pfcMode = ctx.at('off', line);
    return;
  }
  if (k1 === 'on' || k1 === 'off') {
    qs.pfcMode = ctx.at(neg ? 'off' : k1, line);
    return;
  }
  if (k1 === 'mode') {
    if (neg) {
      delete qs.pfcMode;
      return;
    }
    const m = kw(line, o + 2);
    if (m === 'on' || m === 'off' || m === 'auto') qs.pfcMode = ctx.at(m, line);
    else ctx.note('warning', 'bad-value', `priority-flow-control mode: unknown value ${m || '(missing)'}`, line);
    return;
  }
  if (k1 === 'priority') {
    const n = ctx.int(line, o + 2, 0, 7, 'priority-flow-control priority');
    if (n === undefined) return;
    const what = kw(line, o + 3);
    if (neg) qs.pfcPriorities.set(n, ctx.at(false, line));
    else if (what === 'no-drop') qs.pfcPriorities.set(n, ctx.at(true, line));
    else if (what === 'drop') qs.pfcPriorities.set(n, ctx.at(false, line));
    else ctx.note('warning', 'bad-value', `priority-flow-control priority ${n}: expected drop or no-drop`, line);
    return;
  }
  if (k1 === 'pause' && kw(line, o + 2) === 'watchdog') {
    // EOS per-port switch: `priority-flow-control pause watchdog` (port action / timer lines are tuning).
    if (line.words.length === o + 3) qs.watchdog = ctx.at(!neg, line);
    return;
  }
  if (k1 === 'watch-dog-interval') {
    // NX-OS per-interface switch.
    const v = kw(line, o + 2);
    qs.watchdog = ctx.at(!neg && v !== 'off', line);
  }
}

/** Per-class located values of a located list, for building DSCP/CoS tables. */
export function flatten(list: Located<number[]>[]): Located<number>[] {
  const out: Located<number>[] = [];
  for (const e of list) for (const v of e.value) out.push({ value: v, loc: e.loc });
  return out;
}

export function intOrUndefined(text: string | undefined, min: number, max: number): number | undefined {
  return text === undefined ? undefined : intIn(text, min, max);
}
