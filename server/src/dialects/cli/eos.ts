import { parseCosList, parseDscpList, parseValueList } from '../../model/dscp';
import type { CliLine } from '../../parsing/cli-tree';
import { Ctx, intIn, kw, newQosSettings, rest } from './context';
import type { Globals } from './globals';
import { readQosLine } from './qos';

/** EOS top-level lines that are not shared with NX-OS/IOS. Returns true when handled. */
export function readEosTopLevel(ctx: Ctx, g: Globals, line: CliLine, neg: boolean, o: number): boolean {
  const k = kw(line, o);
  if (k === 'qos') return readEosQos(ctx, g, line, neg, o);
  if (k === 'priority-flow-control') {
    readEosPfcGlobal(ctx, g, line, neg, o);
    return true;
  }
  if (k === 'switchport' && kw(line, o + 1) === 'default' && kw(line, o + 2) === 'mode') {
    // `switchport default mode routed|access`
    g.eosSwitchportDefaultRouted = ctx.at(!neg && kw(line, o + 3) === 'routed', line);
    return true;
  }
  if (k === 'interface' && kw(line, o + 1) === 'defaults' && line.words.length === o + 2) {
    for (const child of line.children) {
      const c0 = kw(child, 0);
      if (c0 === 'mtu') {
        const n = ctx.int(child, 1, 68, 65535, 'interface defaults mtu');
        if (n !== undefined) g.defaultMtu = ctx.at(n, child);
      } else if (c0 === 'no' && kw(child, 1) === 'mtu') {
        delete g.defaultMtu;
      } else if (c0 === 'ethernet') {
        for (const e of child.children) {
          const e0 = kw(e, 0);
          if (e0 === 'shutdown') g.eosEthernetShutdown = ctx.at(true, e);
          else if (e0 === 'no' && kw(e, 1) === 'shutdown') g.eosEthernetShutdown = ctx.at(false, e);
        }
      }
    }
    return true;
  }
  return false;
}

function readEosQos(ctx: Ctx, g: Globals, line: CliLine, neg: boolean, o: number): boolean {
  const k1 = kw(line, o + 1);
  if (k1 === 'rewrite' && kw(line, o + 2) === 'dscp') {
    g.dscpRewrite = ctx.at(!neg, line);
    return true;
  }
  if (k1 === 'profile') {
    const nameWord = line.words[o + 2];
    if (!nameWord || neg) return true;
    const block = ctx.block(line);
    let p = g.profiles.get(nameWord.text);
    if (!p) {
      p = { qs: newQosSettings(), loc: block.header, block };
      g.profiles.set(nameWord.text, p);
      ctx.def({ kind: 'qos-profile', name: nameWord.text, loc: block.header, block }, nameWord);
    } else {
      ctx.redefined('qos-profile', undefined, nameWord.text, nameWord);
      p.block = block;
    }
    for (const child of line.children) readQosLine(ctx, p.qs, child, 'qos-profile');
    return true;
  }
  if (k1 !== 'map') return false;
  // qos map dscp|cos <list> to traffic-class N ; qos map traffic-class <list> to tx-queue N
  const from = kw(line, o + 2);
  let to = -1;
  for (let j = o + 3; j < line.words.length; j++) {
    if (kw(line, j) === 'to') {
      to = j;
      break;
    }
  }
  if (to < 0) return true;
  const target = kw(line, to + 1);
  const values = rest(line, o + 3).slice(0, to - (o + 3));
  if (from === 'dscp' || from === 'cos') {
    if (target !== 'traffic-class') return true;
    const parsed = from === 'dscp' ? parseDscpList(values) : parseCosList(values);
    for (const bad of parsed.bad) ctx.note('warning', `bad-${from}`, `qos map ${from}: cannot read ${bad}`, line);
    const map = from === 'dscp' ? g.dscpMap : g.cosMap;
    if (neg) {
      for (const v of parsed.values) map.delete(v);
      return true;
    }
    const tc = ctx.int(line, to + 2, 0, 7, `qos map ${from} to traffic-class`);
    if (tc === undefined) return true;
    for (const v of parsed.values) map.set(v, ctx.at(tc, line));
    return true;
  }
  if (from === 'traffic-class' && (target === 'tx-queue' || target === 'uc-tx-queue')) {
    const parsed = parseValueList(values, (t) => intIn(t, 0, 7));
    for (const bad of parsed.bad) ctx.note('warning', 'bad-value', `qos map traffic-class: cannot read ${bad}`, line);
    if (neg) {
      for (const v of parsed.values) g.tcToQueue.delete(v);
      return true;
    }
    const q = ctx.int(line, to + 2, 0, 15, 'qos map traffic-class to tx-queue');
    if (q === undefined) return true;
    for (const v of parsed.values) g.tcToQueue.set(v, ctx.at(q, line));
  }
  return true;
}

/** `priority-flow-control all off`, `priority-flow-control pause watchdog default timeout|recovery-time|polling-interval X`, `… action drop`. */
function readEosPfcGlobal(ctx: Ctx, g: Globals, line: CliLine, neg: boolean, o: number): void {
  const k1 = kw(line, o + 1);
  if (k1 === 'all' && kw(line, o + 2) === 'off') {
    g.pfcAllOff = ctx.at(!neg, line);
    return;
  }
  if (k1 !== 'pause' || kw(line, o + 2) !== 'watchdog') return;
  const k3 = kw(line, o + 3);
  if (k3 === 'default') {
    const what = kw(line, o + 4);
    const wd = g.watchdog;
    if (neg) {
      if (what === 'timeout') {
        delete wd.timeout;
        delete wd.enabled;
      } else if (what === 'recovery-time') delete wd.recovery;
      else if (what === 'polling-interval') delete wd.polling;
      return;
    }
    const n = ctx.num(line, o + 5, `priority-flow-control pause watchdog default ${what}`);
    if (n === undefined) return;
    if (what === 'timeout') {
      wd.timeout = ctx.at(n, line);
      // The watchdog runs once a non-zero default timeout is configured.
      wd.enabled = ctx.at(n > 0, line);
    } else if (what === 'recovery-time') wd.recovery = ctx.at(n, line);
    else if (what === 'polling-interval') wd.polling = ctx.at(n, line);
    return;
  }
  if (k3 === 'action') {
    if (neg) delete g.watchdog.action;
    else if (line.words[o + 4]) g.watchdog.action = ctx.at(kw(line, o + 4), line);
  }
  // `… override action drop`, `… hardware …` tune an already-enabled watchdog: not modelled.
}
