import type { Device } from '../model/types';
import type { TextEdit } from '../model/edit';
import type { FixWriter } from './fix-writer';

/**
 * Every change answered with "cannot express" (no edit). The writer of a dialect with nothing to write yet,
 * and the base of every dialect's writer, which overrides only the changes its syntax can say; a method
 * added to FixWriter is then "not yet" everywhere until a dialect learns it.
 */
export class NoFixWriter implements FixWriter {
  constructor(readonly device: Device) {}

  setInterfaceMtu(..._args: unknown[]): TextEdit[] {
    return [];
  }
  setInterfacePfc(..._args: unknown[]): TextEdit[] {
    return [];
  }
  setInterfaceL2Mtu(..._args: unknown[]): TextEdit[] {
    return [];
  }
  setPolicyClassMtu(..._args: unknown[]): TextEdit[] {
    return [];
  }
  setInterfacePfcModeOn(..._args: unknown[]): TextEdit[] {
    return [];
  }
  enableWatchdog(..._args: unknown[]): TextEdit[] {
    return [];
  }
  enableInterfaceWatchdog(..._args: unknown[]): TextEdit[] {
    return [];
  }
  disableInterfacePfc(..._args: unknown[]): TextEdit[] {
    return [];
  }
  disableLinkPause(..._args: unknown[]): TextEdit[] {
    return [];
  }
  setInterfaceTrustDscp(..._args: unknown[]): TextEdit[] {
    return [];
  }
  addServicePolicy(..._args: unknown[]): TextEdit[] {
    return [];
  }
  setDscpToClass(..._args: unknown[]): TextEdit[] {
    return [];
  }
  setClassToQueue(..._args: unknown[]): TextEdit[] {
    return [];
  }
  setWatchdogTimers(..._args: unknown[]): TextEdit[] {
    return [];
  }
  attachSystemPolicy(..._args: unknown[]): TextEdit[] {
    return [];
  }
  insertInBlock(..._args: unknown[]): TextEdit[] {
    return [];
  }
  replaceLine(..._args: unknown[]): TextEdit[] {
    return [];
  }
  replaceWord(..._args: unknown[]): TextEdit[] {
    return [];
  }
  deleteLine(..._args: unknown[]): TextEdit[] {
    return [];
  }
  setTableField(..._args: unknown[]): TextEdit[] {
    return [];
  }
  deleteTableField(..._args: unknown[]): TextEdit[] {
    return [];
  }
}
