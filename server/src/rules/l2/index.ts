import type { Rule } from '../types';
import { rule as modeMismatch } from './mode-mismatch';
import { rule as nativeVlanMismatch } from './native-vlan-mismatch';
import { rule as sviVlanNotCarried } from './svi-vlan-not-carried';
import { rule as trunkVlanMismatch } from './trunk-vlan-mismatch';

export const l2Rules: Rule[] = [trunkVlanMismatch, nativeVlanMismatch, modeMismatch, sviVlanNotCarried];
