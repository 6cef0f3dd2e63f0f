package org.apache.hadoop.fs;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * A local file system under the scheme {@code fulldisk:} whose disk is full for one file name (the
 * Hadoop property {@value #FAIL}): a file of that name is created, and writing to it throws what
 * Hadoop's local file system throws on a full disk, an {@link FSError} (an {@code Error}) around
 * "No space left on device". In Hadoop's package only because {@link FSError}'s constructor is
 * package-private. Seen on 2026-12-04: a run whose report filled the disk ended in that Error and
 * left its staging directory and lock behind.
 */
public final class FullDiskFileSystem extends RawLocalFileSystem {

  public static final String SCHEME = "fulldisk";

  /** The Hadoop property naming the file that does not fit on the disk. */
  public static final String FAIL = "fulldisk.fail.name";

  @Override
  public URI getUri() {
    return URI.create(SCHEME + ":///");
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public FSDataOutputStream create(
      Path f,
      boolean overwrite,
      int bufferSize,
      short replication,
      long blockSize,
      Progressable progress)
      throws IOException {
    return full(f, super.create(f, overwrite, bufferSize, replication, blockSize, progress));
  }

  @Override
  public FSDataOutputStream create(
      Path f,
      FsPermission permission,
      boolean overwrite,
      int bufferSize,
      short replication,
      long blockSize,
      Progressable progress)
      throws IOException {
    return full(
        f, super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress));
  }

  /** The file is created; writing to it fails, as on a disk that fills up. */
  private FSDataOutputStream full(Path f, FSDataOutputStream real) throws IOException {
    if (!f.getName().equals(getConf().get(FAIL))) {
      return real;
    }
    OutputStream noSpace =
        new OutputStream() {
          @Override
          public void write(int b) {
            throw new FSError(new IOException("No space left on device"));
          }

          @Override
          public void write(byte[] b, int off, int len) {
            throw new FSError(new IOException("No space left on device"));
          }

          @Override
          public void close() throws IOException {
            real.close();
          }
        };
    return new FSDataOutputStream(noSpace, null);
  }
}
