// A file copro replaces keeps what made it the user's: its mode (a 0600 report stays private)
// and, where copro may set it, its owner.
import { fchmodSync, fchownSync, type Stats } from 'node:fs';

/** Gives the open replacement `fd` the mode and owner of `previous`, the file it will replace. */
export function keepModeAndOwner(fd: number, previous: Stats): void {
  fchmodSync(fd, previous.mode & 0o7777);
  if (previous.uid === process.getuid?.() && previous.gid === process.getgid?.()) return;
  try {
    fchownSync(fd, previous.uid, previous.gid);
  } catch {
    // Only root may give a file away; anyone else's report becomes theirs, as any editor's would.
  }
}
