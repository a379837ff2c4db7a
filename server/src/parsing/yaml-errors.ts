/**
 * The first line of a `yaml` library error, in words a user can act on. The library catches its own
 * stack overflow on input nested hundreds of levels deep and reports it in the engine's words; that
 * bounds the depth of every YAML value fabric-lint walks afterwards.
 */
export function yamlErrorText(message: string): string {
  const first = message.split('\n')[0]!.trim();
  return /Maximum call stack size exceeded/.test(first) ? 'nested too deeply (hundreds of levels); what is inside is not read' : first;
}
