// File system errors in words a person can act on.
/** `doing`: whether copro was reading or writing, for the one message that differs (permission denied). */
export function describeFsError(error: unknown, doing: 'read' | 'write' = 'read'): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return doing === 'read'
        ? 'permission denied: copro cannot read this'
        : 'permission denied: copro cannot write here';
    case 'ELOOP':
      return 'a symbolic link here points back on itself';
    case 'EISDIR':
      return 'this is a folder, not a file';
    case 'ENOTDIR':
      return 'part of this path is a file, not a folder';
    case 'ENAMETOOLONG':
      return 'this name is too long for the file system';
    case 'ENOSPC':
      return 'the disk is full';
    case 'ENXIO':
      return 'nothing is there to take it (no terminal, device or program behind this name)';
    case 'EBUSY':
      return 'this is in use (a mount point, or the folder a program is in), so it cannot be replaced';
    case 'EROFS':
      return 'this place cannot be written to (read-only)';
    default:
      // No code: a refusal copro itself put in words.
      return code ? `the file system reported ${code}` : (error as Error).message;
  }
}
