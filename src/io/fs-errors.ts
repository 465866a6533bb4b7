// File system errors in words a person can act on.
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: copro cannot read this';
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
    case 'EROFS':
      return 'this place cannot be written to (read-only)';
    default:
      return `the file system reported ${code ?? (error as Error).message}`;
  }
}
