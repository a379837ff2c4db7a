import type { Rule } from '../types';
import { rule as belowIntent } from './below-intent';
import { rule as edgeExceedsCore } from './edge-exceeds-core';
import { rule as implicitDefault } from './implicit-default';
import { rule as l2LinkMismatch } from './l2-link-mismatch';
import { rule as lagMemberMismatch } from './lag-member-mismatch';
import { rule as linkMismatch } from './link-mismatch';
import { rule as nqosClassBelowIntf } from './nqos-class-below-intf';
import { rule as ospfAdjacency } from './ospf-adjacency';
import { rule as outOfRange } from './out-of-range';
import { rule as rocePath } from './roce-path';
import { rule as subifExceedsParent } from './subif-exceeds-parent';
import { rule as sviExceedsMembers } from './svi-exceeds-members';
import { rule as vxlanOverhead } from './vxlan-overhead';

export const mtuRules: Rule[] = [
  linkMismatch,
  l2LinkMismatch,
  belowIntent,
  implicitDefault,
  lagMemberMismatch,
  subifExceedsParent,
  sviExceedsMembers,
  nqosClassBelowIntf,
  vxlanOverhead,
  rocePath,
  edgeExceedsCore,
  outOfRange,
  ospfAdjacency,
];
