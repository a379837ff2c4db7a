import type { Rule } from '../types';
import { rule as ambiguousSubnet } from './ambiguous-subnet';
import { rule as descriptionDisagrees } from './description-disagrees';
import { rule as duplicateAddress } from './duplicate-address';
import { rule as sourceConflict } from './source-conflict';
import { rule as speedFecMismatch } from './speed-fec-mismatch';
import { rule as unpairedP2p } from './unpaired-p2p';

export const linkRules: Rule[] = [unpairedP2p, ambiguousSubnet, duplicateAddress, descriptionDisagrees, speedFecMismatch, sourceConflict];
