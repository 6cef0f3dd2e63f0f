package org.newstrends;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file:}, checksums included) that sets permissions through
 * {@code java.nio} instead of starting a {@code chmod} process. Set it with the Hadoop property
 * {@value #PROPERTY} (the job's {@code conf/spark/*.conf} do, as {@code
 * spark.hadoop.fs.file.impl}).
 *
 * <p>Without Hadoop's native library, which Spark's Maven artifacts do not carry, {@link
 * RawLocalFileSystem} forks {@code chmod} for every folder it creates and every file it writes: the
 * committer's temporary folders, each Parquet file and its checksum file, each {@code _SUCCESS}. A
 * run on the bundled sample started 181 such processes, about 3 ms each, many of them on the
 * driver's path between one query and the next (docs/performance-log.md, "No processes for file
 * permissions"). Here a permission is one system call. A permission {@code java.nio} cannot express
 * (the sticky bit) still goes to Hadoop's own code, as does any file system without POSIX
 * permissions.
 */
public final class NioLocalFileSystem extends LocalFileSystem {
  /** The Hadoop property naming the implementation of the {@code file:} scheme. */
  public static final String PROPERTY = "fs.file.impl";

  public NioLocalFileSystem() {
    super(new Raw());
  }

  /**
   * The checksum file beside {@code file}, its path built from parts: Hadoop's own parses the name
   * ".a:b.jsonl.crc" as a URI with a scheme and fails, so an input file whose name holds a colon
   * could not be opened (one {@code corrupt_input} reject instead of its records).
   */
  @Override
  public Path getChecksumFile(Path file) {
    return new Path(file.getParent(), new Path(null, null, "." + file.getName() + ".crc"));
  }

  /** {@link RawLocalFileSystem} with {@link #setPermission} through {@code java.nio}. */
  static final class Raw extends RawLocalFileSystem {
    private static final boolean POSIX =
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      short mode = permission.toShort();
      if (!POSIX || (mode & ~0777) != 0) {
        super.setPermission(p, permission);
        return;
      }
      Files.setPosixFilePermissions(pathToFile(p).toPath(), permissions(mode));
    }
  }

  /** The nine permission bits, lowest first: others, group, owner; execute, write, read. */
  private static final PosixFilePermission[] BITS = {
    PosixFilePermission.OTHERS_EXECUTE,
    PosixFilePermission.OTHERS_WRITE,
    PosixFilePermission.OTHERS_READ,
    PosixFilePermission.GROUP_EXECUTE,
    PosixFilePermission.GROUP_WRITE,
    PosixFilePermission.GROUP_READ,
    PosixFilePermission.OWNER_EXECUTE,
    PosixFilePermission.OWNER_WRITE,
    PosixFilePermission.OWNER_READ
  };

  /** The permissions of the nine low bits of {@code mode} (owner, group, others; rwx). */
  static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    for (int i = 0; i < BITS.length; i++) {
      if ((mode & (1 << i)) != 0) {
        set.add(BITS[i]);
      }
    }
    return set;
  }
}
