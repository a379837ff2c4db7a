import type { DialectNavigation } from '../types';

/**
 * Cumulus Linux as navigation sees it: ifupdown2 stanzas and NVUE YAML nest by indentation (NCLU and `nv set`
 * lines are flat). Its QoS (traffic.conf, NVUE `qos` profiles) is not read into named structures, so no name is
 * referred to, completed or renamed here.
 */
export const cumulusNavigation: DialectNavigation = {
  folding: 'indentation',
  referenceSlot: () => undefined,
  renamable: new Set(),
  invalidName: () => 'Cumulus files define no structure fabric-lint renames',
  isBuiltin: () => false,
};
