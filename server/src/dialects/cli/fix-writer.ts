import type { Loc, Located, Position } from '../../model/location';
import { POLICY_TYPE_DIRECTION, type Block, type Device, type Interface, type PolicyClass, type QueueEcn, type ServicePolicyRef } from '../../model/types';
import type { TextEdit } from '../../model/edit';
import { declined, type BandwidthKind, type EcnChange, type EcnValues, type Edits, type FixWriter, type QueueTarget, type WatchdogTimers } from '../fix-writer';
import { normPolicyType } from './context';
import { INDENT, type CliDialect } from './defaults';
import { NoFixWriter } from '../no-fix-writer';

/**
 * Recommended device-wide PFC watchdog lines on EOS. Timers in seconds, after the Arista AI network
 * fabric deployment guide (timeout 0.2, recovery-time 0.2, polling-interval 0.1, action drop; notes §1.1
 * ARISTA-AIDG-SEC, secondary): polling ≤ min(timeout, recovery)/2 as EOS requires.
 */
const EOS_WATCHDOG: readonly { key: 'timeout' | 'recovery' | 'polling' | 'action'; line: string }[] = [
  { key: 'timeout', line: 'priority-flow-control pause watchdog default timeout 0.2' },
  { key: 'recovery', line: 'priority-flow-control pause watchdog default recovery-time 0.2' },
  { key: 'polling', line: 'priority-flow-control pause watchdog default polling-interval 0.1' },
  { key: 'action', line: 'priority-flow-control pause watchdog action drop' },
];

/** EOS line for one device-wide watchdog setting, as eos.ts reads it back. */
function eosWatchdogLine(key: keyof WatchdogTimers, value: number | string): string {
  if (key === 'action') return `priority-flow-control pause watchdog action ${value}`;
  const word = key === 'timeout' ? 'timeout' : key === 'recovery' ? 'recovery-time' : 'polling-interval';
  return `priority-flow-control pause watchdog default ${word} ${seconds(value as number)}`;
}

const RE_EOS_PFC_MODE = /^(?:no\s+priority-flow-control(?:\s+mode)?|(?:default\s+)?priority-flow-control\s+(?:on|off|mode\b.*))\s*$/i;
const RE_EOS_PFC_PRIORITY = /^(?:no\s+|default\s+)?priority-flow-control\s+priority\b/i;
const RE_MODE_LINE = /^(?:no\s+|default\s+)?priority-flow-control\s+mode\b/i;
const RE_NX_IF_WATCHDOG = /^(?:no\s+)?priority-flow-control\s+watch-dog-interval\b/i;
const RE_LINK_PAUSE_ON = /^flowcontrol\s+(?:send|receive)\s+(?:on|desired)\b/i;
const RE_QOS_TRUST = /^(?:no\s+|default\s+)?qos\s+trust\b/i;
const RE_MTU = /^(?:(?:no|default)\s+)?mtu(?:\s|$)/i;
const RE_EOS_PORT_WATCHDOG = /^no\s+priority-flow-control\s+pause\s+watchdog\s*$/i;
const RE_IP_MTU = /^ip\s+mtu\s/i;

/** The NX-OS policy types whose interface direction is fixed by the type. */
const NX_POLICY_TYPES = new Set(Object.keys(POLICY_TYPE_DIRECTION));

/**
 * Edits in the syntax of EOS, NX-OS or IOS. Every method touches only the lines it names. The text primitives
 * (insertInBlock, replaceLine, deleteLine) are this writer's own tools, not FixWriter operations.
 */
export class CliFixWriter extends NoFixWriter implements FixWriter {
  constructor(
    device: Device,
    private readonly dialect: CliDialect,
  ) {
    super(device);
  }

  override setInterfaceMtu(iface: Interface, mtu: number): Edits {
    if (this.dialect === 'ios' && iface.ipMtu) return this.interfaceEdit(iface, RE_IP_MTU, [`ip mtu ${mtu}`]);
    return this.interfaceEdit(iface, RE_MTU, [`mtu ${mtu}`]);
  }

  override setInterfaceL2Mtu(iface: Interface, mtu: number): Edits {
    if (this.dialect !== 'eos') return this.setInterfaceMtu(iface, mtu);
    if (iface.l2Mtu) {
      const own = lineAt(iface, iface.l2Mtu.loc);
      if (own) return this.replaceLine(own.loc, `l2 mtu ${mtu}`);
    }
    return this.insertInBlock(iface.block, [`l2 mtu ${mtu}`]);
  }

  override setPolicyClassMtu(cls: PolicyClass, mtu: number): Edits {
    if (this.dialect !== 'nxos') return declined(`${this.dialect} has no network-qos class MTU`);
    if (cls.mtu) return this.replaceLine(cls.mtu.loc, `mtu ${mtu}`);
    return this.insertInBlock(cls.block, [`mtu ${mtu}`]);
  }

  override setInterfacePfc(iface: Interface, priorities: number[]): Edits {
    if (this.dialect !== 'eos') return this.setInterfacePfcModeOn(iface);
    const wanted = [...new Set(priorities)].sort((a, b) => a - b);
    const lines = ['priority-flow-control on', ...wanted.map((p) => `priority-flow-control priority ${p} no-drop`)];
    const match = (t: string): boolean => RE_EOS_PFC_MODE.test(t) || RE_EOS_PFC_PRIORITY.test(t);
    // A priority made no-drop by a line this edit does not replace (a qos profile, a shared range
    // section) must be turned back to drop explicitly.
    const extra = (replaced: Set<number>): string[] =>
      iface.pfc.noDropPriorities
        .filter((p) => !wanted.includes(p.value) && !replaced.has(p.loc.range.start.line))
        .map((p) => `priority-flow-control priority ${p.value} drop`);
    return this.interfaceEdit(iface, match, lines, extra);
  }

  /** Exactly these no-drop priorities: EOS lists them per interface; NX-OS and IOS make classes no-drop in network-qos. */
  override setInterfaceNoDropPriorities(iface: Interface, priorities: number[]): Edits {
    if (this.dialect !== 'eos') return declined(`${this.dialect}: no-drop priorities are set by network-qos classes, not by interface lines`);
    return this.setInterfacePfc(iface, priorities);
  }

  override setInterfacePfcModeOn(iface: Interface): Edits {
    if (this.dialect === 'eos') return this.interfaceEdit(iface, RE_EOS_PFC_MODE, ['priority-flow-control on']);
    return this.interfaceEdit(iface, RE_MODE_LINE, ['priority-flow-control mode on']);
  }

  override enableWatchdog(): Edits {
    const wd = this.device.qos.watchdog;
    if (this.dialect === 'eos') {
      const edits: TextEdit[] = [];
      const add: string[] = [];
      for (const { key, line } of EOS_WATCHDOG) {
        if (key === 'timeout' && wd.timeout && wd.timeout.value <= 0) edits.push(...this.replaceLine(wd.timeout.loc, line));
        else if (!wd[key]) add.push(line);
      }
      if (add.length > 0) {
        const after = [wd.timeout, wd.recovery, wd.polling, wd.action].filter((x): x is Located<number> | Located<string> => !!x);
        const at = after.length > 0 ? maxEnd(after.map((x) => x.loc)) : this.device.topLevelEnd;
        edits.push(this.insertAt(at, add, ''));
      }
      return edits;
    }
    if (this.dialect === 'nxos') {
      if (wd.enabled.value) return [];
      const line = 'priority-flow-control watch-dog-interval on';
      if (!wd.enabled.defaulted) return this.replaceLine(wd.enabled.loc, line);
      return [this.insertAt(this.device.topLevelEnd, [line], '')];
    }
    return declined('IOS has no PFC watchdog');
  }

  override setWatchdogTimers(timers: WatchdogTimers): Edits {
    const wd = this.device.qos.watchdog;
    const keys = (['timeout', 'recovery', 'polling', 'action'] as const).filter((k) => timers[k] !== undefined);
    if (keys.length === 0) return [];
    if (this.dialect === 'eos') {
      const edits: TextEdit[] = [];
      const add: string[] = [];
      for (const k of keys) {
        const line = eosWatchdogLine(k, timers[k]!);
        const own = wd[k];
        if (own) edits.push(...this.replaceLine(own.loc, line));
        else add.push(line);
      }
      if (add.length > 0) {
        const near = [wd.timeout, wd.recovery, wd.polling, wd.action].filter((x): x is Located<number> | Located<string> => !!x);
        edits.push(this.insertAt(near.length > 0 ? maxEnd(near.map((x) => x.loc)) : this.device.topLevelEnd, add, ''));
      }
      return edits;
    }
    if (this.dialect === 'nxos') {
      // Only `priority-flow-control watch-dog interval <ms>` is read back (nxos.ts); timeout, recovery
      // and action have no line here, so a request for them cannot be expressed.
      if (keys.some((k) => k !== 'polling')) return declined('NX-OS configures only the watchdog polling interval');
      const ms = timers.polling! * 1000;
      if (!(ms >= 1) || Math.abs(ms - Math.round(ms)) > 1e-6) return declined('NX-OS writes the polling interval in whole milliseconds');
      const line = `priority-flow-control watch-dog interval ${Math.round(ms)}`;
      if (wd.polling) return this.replaceLine(wd.polling.loc, line);
      const at = wd.enabled.defaulted ? this.device.topLevelEnd : wd.enabled.loc.range.end;
      return [this.insertAt(at, [line], '')];
    }
    return declined('IOS has no PFC watchdog');
  }

  override enableInterfaceWatchdog(iface: Interface): Edits {
    if (this.dialect === 'nxos') return this.interfaceEdit(iface, RE_NX_IF_WATCHDOG, ['priority-flow-control watch-dog-interval on']);
    if (this.dialect === 'eos') {
      // On by default per port; only an explicit `no priority-flow-control pause watchdog` turns it off.
      if (!(iface.lines ?? []).some((l) => RE_EOS_PORT_WATCHDOG.test(l.value))) return [];
      return this.interfaceEdit(iface, RE_EOS_PORT_WATCHDOG, ['priority-flow-control pause watchdog']);
    }
    return declined('IOS has no per-interface PFC watchdog');
  }

  override disableInterfacePfc(iface: Interface): Edits {
    if (this.dialect === 'eos') {
      const existing = (iface.lines ?? []).filter((l) => RE_EOS_PFC_MODE.test(l.value) || RE_EOS_PFC_PRIORITY.test(l.value));
      return this.replaceGroup(iface.block, existing, ['no priority-flow-control']);
    }
    if (this.dialect === 'nxos') {
      const existing = (iface.lines ?? []).filter((l) => RE_MODE_LINE.test(l.value));
      return this.replaceGroup(iface.block, existing, ['priority-flow-control mode off']);
    }
    return declined('IOS: PFC is not turned off per interface here');
  }

  override disableLinkPause(iface: Interface): Edits {
    const on = (iface.lines ?? []).filter((l) => RE_LINK_PAUSE_ON.test(l.value));
    return on.flatMap((l) => this.deleteLine(l.loc));
  }

  override setInterfaceTrustDscp(iface: Interface): Edits {
    if (this.dialect !== 'eos') return declined(`${this.dialect} classifies by policy, not by a trust line`);
    return this.interfaceEdit(iface, RE_QOS_TRUST, ['qos trust dscp']);
  }

  override addServicePolicy(iface: Interface, type: string, direction: 'input' | 'output', name: string): Edits {
    const t = normPolicyType(type.toLowerCase());
    const text =
      this.dialect === 'ios'
        ? `service-policy ${direction} ${name}`
        : `service-policy type ${this.dialect === 'eos' && t === 'qos' ? 'qos' : type} ${direction} ${name}`;
    const ownLines = new Set(
      iface.servicePolicies
        .filter((p) => normPolicyType(p.value.type) === t && p.value.direction === direction && lineAt(iface, p.loc))
        .map((p) => p.loc.range.start.line),
    );
    return this.interfaceEdit(iface, (_text, line) => ownLines.has(line), [text]);
  }

  override setDscpToClass(dscp: number[], cls: number): Edits {
    if (this.dialect !== 'eos') return declined(`${this.dialect} maps DSCP in classification policies (set qos-group)`);
    if (dscp.length === 0) return [];
    const text = `qos map dscp ${[...new Set(dscp)].sort((a, b) => a - b).join(' ')} to traffic-class ${cls}`;
    const explicitLocs = this.device.qos.dscpToClass.filter((s) => s && !s.defaulted).map((s) => s!.loc);
    const at = explicitLocs.length > 0 ? maxEnd(explicitLocs) : this.device.topLevelEnd;
    return [this.insertAt(at, [text], '')];
  }

  override setClassToQueue(cls: number, queue: number): Edits {
    if (this.dialect !== 'eos') return declined(`${this.dialect}: the queue of a class is not a map line`);
    const text = `qos map traffic-class ${cls} to tx-queue ${queue}`;
    const maps = this.device.qos.classToQueue;
    const own = maps[cls];
    if (own && !own.defaulted) {
      // A line listing other classes too (`qos map traffic-class 3 5 to tx-queue 3`) stays; the later line wins for cls.
      const line = own.loc.range.start.line;
      const shared = maps.some((s, t) => t !== cls && s && !s.defaulted && s.loc.uri === own.loc.uri && s.loc.range.start.line === line);
      if (!shared) return this.replaceLine(own.loc, text);
    }
    const explicitLocs = maps.filter((s) => s && !s.defaulted).map((s) => s!.loc);
    return [this.insertAt(explicitLocs.length > 0 ? maxEnd(explicitLocs) : this.device.topLevelEnd, [text], '')];
  }

  override attachSystemPolicy(type: string, direction: 'input' | 'output' | 'none', name: string): Edits {
    if (this.dialect !== 'nxos') return declined(`${this.dialect} has no system qos`);
    const text = `service-policy type ${type}${direction === 'none' ? '' : ` ${direction}`} ${name}`;
    const t = normPolicyType(type.toLowerCase());
    const same = this.device.qos.systemPolicies.find((p) => normPolicyType(p.value.type) === t && (p.value.direction === direction || t === 'network-qos'));
    if (same) return this.replaceLine(same.loc, text);
    const block = this.device.qos.systemQosBlock;
    if (block) return this.insertInBlock(block, [text]);
    return [this.insertAt(this.device.topLevelEnd, ['system qos', `${INDENT.nxos}${text}`], '')];
  }

  /** Text primitive: child lines (in this dialect) at the end of a section. */
  insertInBlock(block: Block, lines: string[]): TextEdit[] {
    if (lines.length === 0) return [];
    return [{ uri: block.header.uri, range: { start: block.end, end: block.end }, newText: lines.map((l) => `\n${block.childIndent}${l}`).join('') }];
  }

  /** Text primitive: the whole line at loc (its indentation stays). */
  replaceLine(loc: Loc, text: string): TextEdit[] {
    return [{ uri: loc.uri, range: loc.range, newText: text }];
  }

  override renameReference(loc: Loc, name: string): Edits {
    return [{ uri: loc.uri, range: loc.range, newText: name }];
  }

  override removeSetting(loc: Loc, block?: Block): Edits {
    return this.deleteLine(loc, block);
  }

  /** Text primitive: the whole line at loc, and for a section header the section. */
  deleteLine(loc: Loc, block?: Block): TextEdit[] {
    const last = block ? block.end.line : loc.range.end.line;
    return [{ uri: loc.uri, range: { start: { line: loc.range.start.line, character: 0 }, end: { line: last + 1, character: 0 } }, newText: '' }];
  }

  override setClassQosGroup(cls: PolicyClass & { setQosGroup: Located<number> }, group: number): Edits {
    return this.replaceLine(cls.setQosGroup.loc, `set qos-group ${group}`);
  }

  /**
   * NX-OS: a WRED line without `ecn` gets `ecn` appended (its thresholds stay). Otherwise a marking line goes into
   * the queue's section, else a new EOS `tx-queue` of the interface or a new NX-OS queuing class of the policy.
   */
  override setQueueEcn(target: QueueTarget, values: EcnValues): Edits {
    const wred = target.config?.wredDrop;
    if (this.dialect === 'nxos' && wred?.value.text && !/\becn\b/i.test(wred.value.text)) return this.replaceLine(wred.loc, `${wred.value.text} ecn`);
    const line = this.ecnLine(values);
    if (target.config?.block) return this.insertInBlock(target.config.block, [line]);
    if (this.dialect === 'eos' && target.iface)
      return this.insertInBlock(target.iface.block, [`tx-queue ${target.queue}`, `${target.iface.block.childIndent}${line}`]);
    if (this.dialect === 'nxos' && target.policyClass) return this.insertInBlock(target.policyClass.block, [line]);
    if (this.dialect === 'nxos' && target.policy) {
      const indent = target.policy.block.childIndent;
      return this.insertInBlock(target.policy.block, [`class type queuing c-out-8q-q${target.queue}`, `${indent}${line}`]);
    }
    return declined('no section schedules this queue');
  }

  override setEcnThresholds(entry: Located<QueueEcn>, change: EcnChange): Edits {
    const text = entry.value.text;
    if (!text) return declined('the line was not read as written');
    return this.replaceLine(entry.loc, rewriteEcnText(text, change));
  }

  /** NX-OS: append `ecn` to the WRED line. EOS: drop the WRED line when the queue marks ECN already, else make it mark. */
  override markEcnInsteadOfDrop(wred: Located<QueueEcn>, alsoMarksEcn: boolean): Edits {
    const text = wred.value.text;
    if (this.dialect === 'nxos' && text) return this.replaceLine(wred.loc, `${text} ecn`);
    if (this.dialect === 'eos') {
      if (alsoMarksEcn) return this.deleteLine(wred.loc);
      if (text)
        return this.replaceLine(
          wred.loc,
          text.replace(/^random-detect\s+drop\b/i, 'random-detect ecn').replace(/\bdrop-probability\b/i, 'max-mark-probability'),
        );
    }
    return declined('the WRED line was not read as written');
  }

  /**
   * EOS: turn the queue's own `no priority` into `priority strict` (strict priority runs from the highest queue
   * down, so a weighted higher queue cannot be fixed by this queue's line). NX-OS: `priority level 1` in the
   * queuing class, replacing its bandwidth shares, or a new queuing class.
   */
  override setQueueStrictPriority(target: QueueTarget): Edits {
    const q = target.queue;
    if (this.dialect === 'eos') {
      const iface = target.iface;
      if (!iface) return declined('EOS queues are scheduled per interface');
      const higher = iface.queues.some((x) => x.queue > q && x.strictPriority && !x.strictPriority.value);
      const own = iface.queues.find((x) => x.queue === q && x.strictPriority && !x.strictPriority.value);
      if (higher) return declined(`a higher queue than ${q} is weighted`);
      if (!own) return [];
      return this.replaceLine(own.strictPriority!.loc, 'priority strict');
    }
    if (target.policyClass) {
      const cfg = target.policyClass.queue;
      const bw = [cfg?.bandwidthPercent, cfg?.bandwidthRemainingPercent].filter((x) => x !== undefined);
      if (bw.length === 0) return this.insertInBlock(target.policyClass.block, ['priority level 1']);
      return [...this.replaceLine(bw[0]!.loc, 'priority level 1'), ...bw.slice(1).flatMap((b) => this.deleteLine(b.loc))];
    }
    if (target.policy) {
      const indent = target.policy.block.childIndent;
      return this.insertInBlock(target.policy.block, [`class type queuing c-out-8q-q${q}`, `${indent}priority level 1`]);
    }
    return declined('no queuing policy schedules this queue');
  }

  override setBandwidthShare(share: Located<number>, kind: BandwidthKind, percent: number): Edits {
    return this.replaceLine(share.loc, kind === 'percent' ? `bandwidth percent ${percent}` : `bandwidth remaining percent ${percent}`);
  }

  /** NX-OS: each policy type has one interface direction (qos input, queuing output); EOS keeps what the line says. */
  override setServicePolicyType(ref: Located<ServicePolicyRef>, type: string): Edits {
    if (this.dialect !== 'nxos' && this.dialect !== 'eos') return declined(`${this.dialect} service policies have no type`);
    const dir =
      this.dialect === 'nxos' || ref.value.direction === 'none' ? (NX_POLICY_TYPES.has(type) ? POLICY_TYPE_DIRECTION[type]! : 'input') : ref.value.direction;
    return this.replaceLine(ref.loc, `service-policy type ${type}${dir === 'none' ? '' : ` ${dir}`} ${ref.value.name}`);
  }

  /** The dialect's line that marks ECN with these thresholds. */
  private ecnLine(v: EcnValues): string {
    if (this.dialect === 'nxos')
      return `random-detect minimum-threshold ${v.min} ${v.unit} maximum-threshold ${v.max} ${v.unit} drop-probability ${v.probability} weight 0 ecn`;
    return `random-detect ecn minimum-threshold ${v.min} ${v.unit} maximum-threshold ${v.max} ${v.unit} max-mark-probability ${v.probability}`;
  }

  /**
   * Writes `lines` for one interface, replacing its lines that `match`. When a matching line (or, with
   * none, the interface's last section) is shared with other interfaces (`interface Ethernet1/1-4`),
   * editing it would change them too: a new section for this interface alone is added after its last
   * section instead (later lines win on all three dialects). `extra` adds lines for values set by
   * lines the edit does not replace (given the lines it does).
   */
  private interfaceEdit(
    iface: Interface,
    match: RegExp | ((text: string, line: number) => boolean),
    lines: string[],
    extra?: (replaced: Set<number>) => string[],
  ): TextEdit[] {
    const test = typeof match === 'function' ? match : (t: string): boolean => match.test(t);
    const existing = (iface.lines ?? []).filter((l) => test(l.value, l.loc.range.start.line));
    const isolate = existing.some((l) => this.inSharedSection(iface, l.loc)) || (existing.length === 0 && this.isShared(iface.block.header));
    if (isolate) {
      const all = [...lines, ...(extra ? extra(new Set()) : [])];
      const indent = iface.block.childIndent;
      const text = [`interface ${this.interfaceHeaderName(iface.name)}`, ...all.map((l) => `${indent}${l}`)];
      return [{ uri: iface.block.header.uri, range: { start: iface.block.end, end: iface.block.end }, newText: text.map((l) => `\n${l}`).join('') }];
    }
    const replaced = new Set(existing.map((l) => l.loc.range.start.line));
    return this.replaceGroup(iface.block, existing, [...lines, ...(extra ? extra(replaced) : [])]);
  }

  /** header line → number of interfaces opened by it (range headers open several). */
  private headerUse: Map<string, number> | undefined;

  private isShared(header: Loc): boolean {
    if (!this.headerUse) {
      this.headerUse = new Map();
      for (const i of this.device.interfaces.values()) {
        for (const h of i.headers) {
          const k = `${h.uri}#${h.range.start.line}`;
          this.headerUse.set(k, (this.headerUse.get(k) ?? 0) + 1);
        }
      }
    }
    return (this.headerUse.get(`${header.uri}#${header.range.start.line}`) ?? 0) > 1;
  }

  /** The section of a child line is the nearest header of this interface above it. */
  private inSharedSection(iface: Interface, loc: Loc): boolean {
    let best: Loc | undefined;
    for (const h of iface.headers) {
      if (h.uri === loc.uri && h.range.start.line < loc.range.start.line && (!best || h.range.start.line > best.range.start.line)) best = h;
    }
    return best ? this.isShared(best) : false;
  }

  private interfaceHeaderName(name: string): string {
    if (this.dialect !== 'nxos') return name;
    // NX-OS prints these lower case (port-channel10, loopback0).
    if (name.startsWith('Port-Channel')) return `port-channel${name.slice('Port-Channel'.length)}`;
    if (name.startsWith('Loopback')) return `loopback${name.slice('Loopback'.length)}`;
    return name;
  }

  /** Replace the first of `existing` with `lines` (one per line, same indentation), delete the rest; insert when none. */
  private replaceGroup(block: Block, existing: Located<string>[], lines: string[]): TextEdit[] {
    if (existing.length === 0) return this.insertInBlock(block, lines);
    const [first, ...others] = existing;
    const indent = block.childIndent;
    const edits = this.replaceLine(first!.loc, lines.join(`\n${indent}`));
    for (const o of others) edits.push(...this.deleteLine(o.loc));
    return edits;
  }

  private insertAt(at: Position, lines: string[], indent: string): TextEdit {
    return { uri: this.device.uri, range: { start: at, end: at }, newText: lines.map((l) => `\n${indent}${l}`).join('') };
  }
}

/** The interface's own line at loc (not a profile's), if any. */
function lineAt(iface: Interface, loc: Loc): Located<string> | undefined {
  for (const l of iface.lines ?? []) {
    if (l.loc.uri === loc.uri && l.loc.range.start.line === loc.range.start.line) return l;
  }
  return undefined;
}

function maxEnd(locs: Loc[]): Position {
  let best = locs[0]!.range.end;
  for (const l of locs) {
    const e = l.range.end;
    if (e.line > best.line || (e.line === best.line && e.character > best.character)) best = e;
  }
  return best;
}

/** Rewrites the thresholds / probability of a `random-detect` line, keeping its other words. */
export function rewriteEcnText(text: string, v: EcnChange): string {
  let t = text;
  if (v.min !== undefined)
    t = t.replace(
      /(minimum-threshold\s+)\S+(\s+(?:bytes|kbytes|mbytes|segments|milliseconds|microseconds|packets|percent|cells))?/i,
      (_m, a: string, u?: string) => `${a}${v.min}${v.unit ? ` ${v.unit}` : (u ?? '')}`,
    );
  if (v.max !== undefined)
    t = t.replace(
      /(maximum-threshold\s+)\S+(\s+(?:bytes|kbytes|mbytes|segments|milliseconds|microseconds|packets|percent|cells))?/i,
      (_m, a: string, u?: string) => `${a}${v.max}${(v.maxUnit ?? v.unit) ? ` ${v.maxUnit ?? v.unit}` : (u ?? '')}`,
    );
  if (v.probability !== undefined) t = t.replace(/((?:max-mark-probability|drop-probability)\s+)\S+/i, (_m, a: string) => `${a}${v.probability}`);
  return t;
}

/** Seconds as EOS writes them: 0.2, 1, 0.05 (no binary-float tails such as 0.30000000000000004). */
function seconds(n: number): string {
  return String(Number(n.toFixed(6)));
}
