package org.newstrends.output;

import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A table that crosses the writer's exchange and sort as narrow rows: its sort keys packed into one
 * long ({@link PackedSortKey#COLUMN}) and the few columns nothing else derives from, completed into
 * the table's columns only after the sort ({@link ParquetTableWriter#write(PackedTable, String,
 * OutputDirectory, long, Dataset)}). The shuffle, the sorter's memory and its spills then hold a
 * few longs per row instead of the whole row with its strings.
 *
 * @param rows the narrow rows: {@link PackedSortKey#COLUMN} and the columns the key does not hold
 * @param keys rows with the table's sort-key columns ({@link Tables#sortKeys}) to their packed key
 *     (one column {@link PackedSortKey#COLUMN}), for drawing the files' key ranges
 * @param complete the narrow rows, sorted, to the table's columns in their published order; only
 *     projections, so the order of the rows is kept
 */
public record PackedTable(
    Dataset<Row> rows, UnaryOperator<Dataset<Row>> keys, UnaryOperator<Dataset<Row>> complete) {}
