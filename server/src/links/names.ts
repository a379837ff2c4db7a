/** The one place links code gets interface-name canonicalization from (model/interface-names). */
import { canonicalInterfaceName as canonical } from '../model/interface-names';

/** Canonical interface name; never throws on odd input (a topology file may hold anything). */
export function canonicalInterfaceName(raw: string): string {
  try {
    return canonical(raw);
  } catch {
    return raw.trim();
  }
}
