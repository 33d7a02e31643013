/** Record import: reads the CSV files of records.md, validates every row and writes them to the graph in batches. */
package org.favornet.ingest;
