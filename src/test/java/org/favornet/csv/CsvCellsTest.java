package org.favornet.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void aFileToCorrectNeutralisesFormulasButKeepsNumbersAndIdentifiers() {
        assertThat(CsvCells.forCorrecting("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CsvCells.forCorrecting("\uFF1D1+1")).isEqualTo("'\uFF1D1+1");
        assertThat(CsvCells.forCorrecting("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvCells.forCorrecting("-12.5")).isEqualTo("-12.5");
        assertThat(CsvCells.forCorrecting("-x")).isEqualTo("'-x");
        assertThat(CsvCells.forCorrecting("11010119680202123X")).isEqualTo("11010119680202123X");
        assertThat(CsvCells.forCorrecting(null)).isEmpty();
    }

    @Test
    void aFileToReadAlsoKeepsLongDigitStringsAsText() {
        assertThat(CsvCells.forReading("11010119680202123X", false)).isEqualTo("'11010119680202123X");
        assertThat(CsvCells.forReading("0123", false)).isEqualTo("'0123");
        assertThat(CsvCells.forReading("-1200.5", true)).isEqualTo("-1200.5");
        assertThat(CsvCells.forReading("-1200.5", false)).isEqualTo("'-1200.5");
    }

    @Test
    void whatTheWriterQuotesTheReaderReadsBackUnchanged() throws Exception {
        Random rnd = new Random(20261203L);
        String alphabet = "ab,\"\n\r 王'=-\t1";
        for (int round = 0; round < 500; round++) {
            List<String> cells = new ArrayList<>();
            int n = 1 + rnd.nextInt(6);
            for (int i = 0; i < n; i++) {
                StringBuilder cell = new StringBuilder("k");
                for (int j = rnd.nextInt(8); j > 0; j--) {
                    cell.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
                cells.add(cell.toString());
            }
            String line = String.join(",", cells.stream().map(CsvCells::field).toList()) + "\r\n";
            try (CsvReader reader = new CsvReader(new StringReader(line), 1000)) {
                assertThat(reader.next().fields()).as(line).containsExactlyElementsOf(cells);
                assertThat(reader.next()).isNull();
            }
        }
    }
}
