/**
 * What tells an SR Linux configuration from the others. SR Linux names its ports `ethernet-1/1` and its routing
 * contexts `network-instance`, which no other dialect writes; the flat form starts its lines with `set / ` (or
 * `set /interface …`), which Junos `set` lines never do. These must be tried before the Junos braces clue
 * (`system {`, which an SR Linux `info` also prints) and before the CLI family's `interface …` indentation sniff.
 * Line patterns use `[ \t]`, not `\s`, next to `^` (detection runs on the first 16 KiB; see engine/detect.ts).
 */
export const SRLINUX_FLAT = /^[ \t]*set \/[ \t]*(interface|network-instance|system|qos|routing-policy|tunnel-interface|acl|platform|bfd|lldp)\b/m;
export const SRLINUX_BRACES = /^[ \t]*(interface (ethernet-\d+\/\d+(\/\d+)?|mgmt0|system0|lag\d+|irb\d+|lo\d+)|network-instance \S+) \{[ \t]*\r?$/m;
