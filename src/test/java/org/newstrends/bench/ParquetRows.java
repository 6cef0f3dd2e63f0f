package org.newstrends.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * Rows per table of an output directory, from the Parquet footers (no Spark, no data read): for
 * jobs/bench.sh, after the timed run. Each immediate subdirectory holding {@code .parquet} files is
 * a table; hidden ({@code .}, {@code _}) entries are skipped. Prints {@code TABLE<TAB>ROWS} lines
 * sorted by table name.
 *
 * <p>Usage: {@code ParquetRows OUTPUT_DIR}
 */
public final class ParquetRows {

  private ParquetRows() {}

  /** Table name -> rows, for every table directory under {@code dir}. */
  public static Map<String, Long> count(String dir) throws IOException {
    Configuration conf = new Configuration();
    Path root = new Path(dir);
    FileSystem fs = root.getFileSystem(conf);
    Map<String, Long> rows = new TreeMap<>();
    for (FileStatus table : fs.listStatus(root)) {
      String name = table.getPath().getName();
      if (!table.isDirectory() || name.startsWith(".") || name.startsWith("_")) {
        continue;
      }
      long n = 0;
      boolean any = false;
      RemoteIterator<LocatedFileStatus> files = fs.listFiles(table.getPath(), true);
      List<Path> parquet = new ArrayList<>();
      while (files.hasNext()) {
        Path p = files.next().getPath();
        if (p.getName().endsWith(".parquet") && !hidden(p, table.getPath())) {
          parquet.add(p);
        }
      }
      for (Path p : parquet) {
        try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(p, conf))) {
          n += r.getRecordCount();
          any = true;
        }
      }
      if (any) {
        rows.put(name, n);
      }
    }
    return rows;
  }

  private static boolean hidden(Path p, Path under) {
    for (Path q = p; q != null && !q.equals(under); q = q.getParent()) {
      if (q.getName().startsWith(".") || q.getName().startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ParquetRows OUTPUT_DIR");
      System.exit(2);
    }
    count(args[0]).forEach((table, n) -> System.out.println(table + "\t" + n));
  }
}
