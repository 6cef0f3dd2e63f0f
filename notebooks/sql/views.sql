-- One view per published table of a newstrends output; ${out} is the output directory.
-- Every query file in this folder reads these views (notebooks/newstrends_sql.py, NotebookQueriesTest).
CREATE OR REPLACE VIEW articles AS
  SELECT * FROM read_parquet('${out}/articles/**/*.parquet', hive_partitioning = true, union_by_name = true);
CREATE OR REPLACE VIEW mentions AS
  SELECT * FROM read_parquet('${out}/mentions/**/*.parquet', hive_partitioning = true, union_by_name = true);
CREATE OR REPLACE VIEW entity_trends AS
  SELECT * FROM read_parquet('${out}/entity_trends/**/*.parquet', hive_partitioning = true, union_by_name = true);
CREATE OR REPLACE VIEW cooccurrence AS
  SELECT * FROM read_parquet('${out}/cooccurrence/**/*.parquet', hive_partitioning = true, union_by_name = true);
CREATE OR REPLACE VIEW term_actor AS
  SELECT * FROM read_parquet('${out}/term_actor/**/*.parquet', hive_partitioning = true, union_by_name = true);
CREATE OR REPLACE VIEW outlets AS
  SELECT * FROM read_parquet('${out}/outlets/**/*.parquet', hive_partitioning = true, union_by_name = true);
CREATE OR REPLACE VIEW entities AS
  SELECT * FROM read_parquet('${out}/entities/**/*.parquet', hive_partitioning = true, union_by_name = true);
CREATE OR REPLACE VIEW corpus_stats AS
  SELECT * FROM read_parquet('${out}/corpus_stats/**/*.parquet', hive_partitioning = true, union_by_name = true);
