package org.newstrends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newstrends.testing.SparkPropertiesFile;
import org.newstrends.testing.TestSpark;

class NioLocalFileSystemTest {

  @TempDir Path dir;

  @Test
  void modeBitsMapToTheirPosixPermissions() {
    assertEquals(
        PosixFilePermissions.fromString("rwxr-xr-x"), NioLocalFileSystem.permissions(0755));
    assertEquals(
        PosixFilePermissions.fromString("rw-r--r--"), NioLocalFileSystem.permissions(0644));
    assertEquals(
        PosixFilePermissions.fromString("-w---x-wx"), NioLocalFileSystem.permissions(0213));
    assertEquals(PosixFilePermissions.fromString("---------"), NioLocalFileSystem.permissions(0));
  }

  @Test
  void foldersAndFilesGetTheModesHadoopGivesThem() throws IOException {
    Configuration conf = new Configuration();
    conf.set(NioLocalFileSystem.PROPERTY, NioLocalFileSystem.class.getName());
    conf.set("fs.permissions.umask-mode", "027");
    try (FileSystem fs = FileSystem.newInstance(URI.create("file:///"), conf)) {
      assertInstanceOf(NioLocalFileSystem.class, fs);
      org.apache.hadoop.fs.Path folder = new org.apache.hadoop.fs.Path(dir.resolve("a/b").toUri());
      assertTrue(fs.mkdirs(folder));
      org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(folder, "part.parquet");
      try (FSDataOutputStream out = fs.create(file)) {
        out.write(new byte[] {1, 2, 3});
      }
      // Hadoop's defaults (0777 for folders, 0666 for files) less the umask.
      assertEquals("rwxr-x---", mode(dir.resolve("a")));
      assertEquals("rwxr-x---", mode(dir.resolve("a/b")));
      assertEquals("rw-r-----", mode(dir.resolve("a/b/part.parquet")));
      // The checksum file the local file system writes beside it, with the same mode.
      assertEquals("rw-r-----", mode(dir.resolve("a/b/.part.parquet.crc")));
      assertEquals(3, fs.getFileStatus(file).getLen());

      fs.setPermission(file, new FsPermission((short) 0604));
      assertEquals("rw----r--", mode(dir.resolve("a/b/part.parquet")));
      assertEquals(new FsPermission((short) 0604), fs.getFileStatus(file).getPermission());

      assertThrows(
          IOException.class,
          () ->
              fs.setPermission(
                  new org.apache.hadoop.fs.Path(folder, "missing"),
                  new FsPermission((short) 0644)));
      assertFalse(Files.exists(dir.resolve("a/b/missing")));
    }
  }

  // A file named "a:b.jsonl" could not be read: Hadoop built its checksum file's path by parsing
  // ".a:b.jsonl.crc", a URI with the scheme ".a".
  @Test
  void aFileWhoseNameHoldsAColonIsReadWithItsChecksum() throws IOException {
    Configuration conf = new Configuration();
    conf.set(NioLocalFileSystem.PROPERTY, NioLocalFileSystem.class.getName());
    try (FileSystem fs = FileSystem.newInstance(URI.create("file:///"), conf)) {
      org.apache.hadoop.fs.Path file =
          new org.apache.hadoop.fs.Path(dir.resolve("a:b.jsonl").toUri());
      try (FSDataOutputStream out = fs.create(file)) {
        out.write("{}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      assertTrue(Files.exists(dir.resolve(".a:b.jsonl.crc")), "written with its checksum");
      try (java.io.InputStream in = fs.open(file)) {
        assertEquals(
            "{}\n", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
      Files.writeString(dir.resolve("a:b.jsonl"), "{]\n"); // changed behind the checksum's back
      assertThrows(
          org.apache.hadoop.fs.ChecksumException.class,
          () -> {
            try (java.io.InputStream in = fs.open(file)) {
              in.readAllBytes();
            }
          });
    }
  }

  @Test
  void theJobsSparkPropertiesAndTheTestsHadoopConfigurationNameIt() throws IOException {
    for (String file : List.of("conf/spark/local.conf", "conf/spark/cluster.conf")) {
      assertEquals(
          NioLocalFileSystem.class.getName(),
          SparkPropertiesFile.property(
              Path.of(file), "spark.hadoop." + NioLocalFileSystem.PROPERTY),
          file);
    }
    // src/test/resources/core-site.xml: the tests' own configurations and the test session's.
    Configuration sessions = TestSpark.session().sparkContext().hadoopConfiguration();
    for (Configuration conf : List.of(new Configuration(), sessions)) {
      try (FileSystem fs = FileSystem.newInstance(URI.create("file:///"), conf)) {
        assertInstanceOf(NioLocalFileSystem.class, fs);
      }
    }
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
