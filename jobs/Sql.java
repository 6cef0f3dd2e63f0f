import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;

/** Runs each argument as a DuckDB query and prints the result as a '|'-separated table. */
public class Sql {
  public static void main(String[] queries) throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      for (String query : queries) {
        try (Statement s = db.createStatement();
            ResultSet rs = s.executeQuery(query)) {
          ResultSetMetaData meta = rs.getMetaData();
          StringBuilder line = new StringBuilder();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            line.append(i > 1 ? " | " : "").append(meta.getColumnLabel(i));
          }
          System.out.println(line);
          while (rs.next()) {
            line.setLength(0);
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              line.append(i > 1 ? " | " : "").append(rs.getString(i));
            }
            System.out.println(line);
          }
          System.out.println();
        }
      }
    }
  }
}
