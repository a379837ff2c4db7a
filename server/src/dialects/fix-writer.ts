import type { Loc } from '../model/location';
import type { Block, Device, Interface, PolicyClass } from '../model/types';
import type { TextEdit } from '../model/edit';

/** PFC watchdog settings for FixWriter.setWatchdogTimers; timers in seconds, as in PfcWatchdog. */
export interface WatchdogTimers {
  timeout?: number;
  recovery?: number;
  polling?: number;
  action?: string;
}

/**
 * Turns a semantic change into edits in the dialect of one device's file. Rules call these and never
 * write config text themselves, so a fix on a Junos device writes Junos. Each method returns the
 * edits for one file; an empty array means "this dialect cannot express it".
 * Add a method here when a rule needs a new kind of change, and implement it in every writer.
 * Line breaks in edit text are written `\n`: wherever edits are applied or sent (--fix, the editor,
 * JSON and SARIF output) they take the line ending of the file they land in (engine/source-text withEol).
 */
export interface FixWriter {
  readonly device: Device;
  /** Set the interface's L3 MTU: replace the existing line, or insert one in the interface section. */
  setInterfaceMtu(iface: Interface, mtu: number): TextEdit[];
  /**
   * Set the largest bridged frame payload of a switchport: EOS `l2 mtu N`, NX-OS/IOS the switchport's `mtu N`.
   * Replaces the existing line or inserts one. Added for mtu/l2-link-mismatch and mtu/svi-exceeds-members.
   */
  setInterfaceL2Mtu(iface: Interface, mtu: number): TextEdit[];
  /** NX-OS: set the `mtu` of a network-qos policy class (replace, or insert into the class). Added for mtu/nqos-class-below-intf. */
  setPolicyClassMtu(cls: PolicyClass, mtu: number): TextEdit[];
  /** Turn PFC on for the interface and make exactly these priorities no-drop. */
  setInterfacePfc(iface: Interface, priorities: number[]): TextEdit[];
  /** NX-OS: `priority-flow-control mode on` (replacing `mode auto`). */
  setInterfacePfcModeOn(iface: Interface): TextEdit[];
  /** Device-wide PFC watchdog with the dialect's recommended defaults. */
  enableWatchdog(): TextEdit[];
  /**
   * Set device-wide PFC watchdog timers (seconds) and action to these values: replace each existing line,
   * or insert it next to the other watchdog lines (at the top level). EOS writes all four
   * (`priority-flow-control pause watchdog default timeout|recovery-time|polling-interval`, `… action`);
   * NX-OS only the polling interval (`priority-flow-control watch-dog interval <ms>`), and returns [] when
   * asked for anything else. Other dialects: []. Added for pfc/watchdog-inconsistent.
   */
  setWatchdogTimers(timers: WatchdogTimers): TextEdit[];
  /** Per-interface watchdog where the dialect needs one (NX-OS). */
  enableInterfaceWatchdog(iface: Interface): TextEdit[];
  /** Turn PFC off on the interface: EOS `no priority-flow-control` (dropping its priority lines), NX-OS `priority-flow-control mode off`. */
  disableInterfacePfc(iface: Interface): TextEdit[];
  /** Remove 802.3x link pause from the interface (its `flowcontrol send|receive on` lines). */
  disableLinkPause(iface: Interface): TextEdit[];
  setInterfaceTrustDscp(iface: Interface): TextEdit[];
  addServicePolicy(iface: Interface, type: string, direction: 'input' | 'output', name: string): TextEdit[];
  /** Map these DSCP values to a class (EOS `qos map dscp … to traffic-class`). */
  setDscpToClass(dscp: number[], cls: number): TextEdit[];
  /**
   * EOS: send traffic class `cls` to egress queue `queue` (`qos map traffic-class N to tx-queue Q`),
   * replacing the line that maps this class alone, else adding a line after the other maps (a later
   * map of the same class wins). Other dialects: []. Added for pfc/class-queue-misaligned.
   */
  setClassToQueue(cls: number, queue: number): TextEdit[];
  /** Attach a policy under `system qos`, creating the section if it is missing. */
  attachSystemPolicy(type: string, direction: 'input' | 'output' | 'none', name: string): TextEdit[];
  /** Insert child lines (written by the caller in this dialect) at the end of a section. */
  insertInBlock(block: Block, lines: string[]): TextEdit[];
  /**
   * Replace exactly the text at loc (a word the model located, e.g. the name in a reference), nothing
   * around it. Added for qos/undefined-reference (rename to the closest existing name).
   */
  replaceWord(loc: Loc, text: string): TextEdit[];
  /** Replace the whole line at loc, keeping its indentation. */
  replaceLine(loc: Loc, text: string): TextEdit[];
  /** Delete the whole line at loc (and, for a section header, the section). */
  deleteLine(loc: Loc, block?: Block): TextEdit[];
  /**
   * Table-structured configs (SONiC config_db): set `field` of entry `key` in `table` to `value`, replacing
   * the value or inserting the member, creating the entry (and the table) when missing. Other dialects: [].
   * Added for pfc/sonic-table-misuse.
   */
  setTableField(table: string, key: string, field: string, value: string): TextEdit[];
  /** Table-structured configs: remove `field` from entry `key` of `table`. Other dialects: []. */
  deleteTableField(table: string, key: string, field: string): TextEdit[];
}
