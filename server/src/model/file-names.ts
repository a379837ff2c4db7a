/**
 * Names taken from a file's uri or path: its base name, its stem, its folder, and the device a config stands for
 * when the config names none. One place for the rules every reader shares (either slash, query and fragment
 * dropped, segments percent-decoded where they decode); what differs per dialect is data (`FileNaming`).
 */

/** Path segments of a uri or a path, percent-decoded where they decode; the scheme and authority are not segments. */
function segments(uriOrPath: string): string[] {
  const path = uriOrPath.replace(/[?#].*$/, '').replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  return path
    .split(/[\\/]/)
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s; // keep as written
      }
    });
}

/** The file's name: `file:///cfg/spine1.cfg` → `spine1.cfg`. */
export function baseName(uriOrPath: string): string {
  return segments(uriOrPath).at(-1) ?? '';
}

/** The name of the folder holding the file: `file:///cfg/sw1/interfaces` → `sw1`; '' at the root. */
export function folderName(uriOrPath: string): string {
  return segments(uriOrPath).at(-2) ?? '';
}

/** `name` without its last extension; a leading dot is not one (`.cfg` stays). */
function dropExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** File name without its last extension: `spine1.cfg` → `spine1`, `dir/leaf1` → `leaf1`. */
export function stem(uriOrPath: string): string {
  return dropExtension(baseName(uriOrPath));
}

/** How a dialect's files are named after their device, where that differs from "the file name less its extension". */
export interface FileNaming {
  /** The extensions a file of the dialect has, dropped from the name; by default whatever follows the last dot. */
  extension?: RegExp;
  /** Names every device's file has (`interfaces`, `config_db`): such a file is named after its folder. */
  genericStem?: RegExp;
  /** Folders that hold a generic file without naming a device (`/etc/network/interfaces`). */
  genericFolder?: RegExp;
  /** A tail of the name that is not part of the device's name (`leaf1_config_db` → `leaf1`). */
  suffix?: RegExp;
}

/**
 * The device a config file stands for when the config names none: the file name less its extension, or the
 * folder's name for a file every device has (sw1/interfaces). Can be '' (a uri that names no file); callers
 * that need a name give their own fallback.
 */
export function hostnameFromUri(uri: string, naming: FileNaming = {}): string {
  const file = baseName(uri);
  const name = naming.extension ? file.replace(naming.extension, '') : dropExtension(file);
  if (naming.genericStem?.test(name)) {
    const folder = folderName(uri);
    return folder && !naming.genericFolder?.test(folder) ? folder : name;
  }
  return naming.suffix ? name.replace(naming.suffix, '') : name;
}
