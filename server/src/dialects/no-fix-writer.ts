import type { Device } from '../model/types';
import { declined, type Edits, type FixWriter } from './fix-writer';

/**
 * Every change declined. The writer of a dialect with nothing to write yet, and the base of every dialect's
 * writer, which overrides only the changes its syntax can say; a method added to FixWriter is then declined
 * everywhere until a dialect learns it.
 */
export class NoFixWriter implements FixWriter {
  constructor(readonly device: Device) {}

  /** Why this writer cannot express a change: the dialect has no such setting (or none this tool can write yet). */
  protected cannot(what: string): Edits {
    return declined(`${this.device.dialect}: ${what} cannot be written in this dialect`);
  }

  setInterfaceMtu(..._args: unknown[]): Edits {
    return this.cannot('an interface MTU');
  }
  setInterfaceL2Mtu(..._args: unknown[]): Edits {
    return this.cannot('a bridged (L2) MTU');
  }
  setPolicyClassMtu(..._args: unknown[]): Edits {
    return this.cannot('a policy class MTU');
  }
  setInterfacePfc(..._args: unknown[]): Edits {
    return this.cannot('interface PFC');
  }
  setInterfaceNoDropPriorities(..._args: unknown[]): Edits {
    return this.cannot('a per-interface no-drop priority list');
  }
  setInterfacePfcModeOn(..._args: unknown[]): Edits {
    return this.cannot('PFC mode on');
  }
  disableInterfacePfc(..._args: unknown[]): Edits {
    return this.cannot('PFC off');
  }
  disableLinkPause(..._args: unknown[]): Edits {
    return this.cannot('link pause removal');
  }
  enableWatchdog(..._args: unknown[]): Edits {
    return this.cannot('the PFC watchdog');
  }
  setWatchdogTimers(..._args: unknown[]): Edits {
    return this.cannot('PFC watchdog timers');
  }
  enableInterfaceWatchdog(..._args: unknown[]): Edits {
    return this.cannot('a per-interface PFC watchdog');
  }
  setInterfaceTrustDscp(..._args: unknown[]): Edits {
    return this.cannot('DSCP trust');
  }
  setDscpToClass(..._args: unknown[]): Edits {
    return this.cannot('a DSCP-to-class map');
  }
  setClassToQueue(..._args: unknown[]): Edits {
    return this.cannot('a class-to-queue map');
  }
  setClassQosGroup(..._args: unknown[]): Edits {
    return this.cannot('a classification class qos-group');
  }
  setQueueEcn(..._args: unknown[]): Edits {
    return this.cannot('queue ECN marking');
  }
  setEcnThresholds(..._args: unknown[]): Edits {
    return this.cannot('ECN thresholds');
  }
  markEcnInsteadOfDrop(..._args: unknown[]): Edits {
    return this.cannot('ECN marking instead of WRED drop');
  }
  setQueueStrictPriority(..._args: unknown[]): Edits {
    return this.cannot('strict priority');
  }
  setBandwidthShare(..._args: unknown[]): Edits {
    return this.cannot('a bandwidth share');
  }
  setQueueBufferProfile(..._args: unknown[]): Edits {
    return this.cannot('a queue buffer profile');
  }
  addServicePolicy(..._args: unknown[]): Edits {
    return this.cannot('an interface service policy');
  }
  attachSystemPolicy(..._args: unknown[]): Edits {
    return this.cannot('a system policy');
  }
  setServicePolicyType(..._args: unknown[]): Edits {
    return this.cannot('a service policy type');
  }
  bindPortQosMap(..._args: unknown[]): Edits {
    return this.cannot('a port QoS map binding');
  }
  unbindPortQosMap(..._args: unknown[]): Edits {
    return this.cannot('a port QoS map binding');
  }
  setPortPfcEnable(..._args: unknown[]): Edits {
    return this.cannot('a port PFC priority list');
  }
  renameReference(..._args: unknown[]): Edits {
    return this.cannot('a renamed reference');
  }
  removeSetting(..._args: unknown[]): Edits {
    return this.cannot('a removed setting');
  }
}
