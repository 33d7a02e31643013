package org.favornet.kinship.gedcom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The parser alone: character sets, continuation lines, dates, pedigree and skipped lines. */
class GedcomFileTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = GedcomFileTest.class.getResourceAsStream("/gedcom/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsEveryIndividualAndFamilyOfBothRealFiles() throws IOException {
        GedcomFile royal = GedcomFile.parse(resource("royal92.ged"));
        assertThat(royal.charset()).isEqualTo("ANSEL");
        assertThat(royal.individuals()).hasSize(3010);
        assertThat(royal.families()).hasSize(1422);
        GedcomFile pres = GedcomFile.parse(resource("pres2020.ged"));
        assertThat(pres.charset()).isEqualTo("UTF-8");
        assertThat(pres.individuals()).hasSize(2322);
        assertThat(pres.families()).hasSize(1115);
        assertThat(pres.individuals().get(0).xref()).isEqualTo("I2184");
    }

    @Test
    void stripsSlashesFromNamesAndKeepsExactDatesAndYears() throws IOException {
        GedcomFile royal = GedcomFile.parse(resource("royal92.ged"));
        GedcomFile.Individual victoria = royal.individuals().stream().filter(i -> i.xref().equals("I1")).findFirst()
                .orElseThrow();
        assertThat(victoria.name()).isEqualTo("Victoria Hanover");
        assertThat(victoria.sex()).isEqualTo("F");
        assertThat(victoria.birthDate()).isEqualTo(LocalDate.of(1819, 5, 24));
        assertThat(victoria.deathDate()).isEqualTo(LocalDate.of(1901, 1, 22));
        assertThat(GedcomDate.parse("ABT 1820")).isEqualTo(new GedcomDate(null, 1820));
        assertThat(GedcomDate.parse("MAY 1820")).isEqualTo(new GedcomDate(null, 1820));
        assertThat(GedcomDate.parse("BET 1820 AND 1825")).isEqualTo(new GedcomDate(null, null));
        assertThat(GedcomDate.parse(" 3 JUN 1865")).isEqualTo(new GedcomDate(LocalDate.of(1865, 6, 3), 1865));
    }

    @Test
    void decodesAnselCombiningMarksAfterTheirBaseLetterAndFlagsUnknownBytes() {
        // E2 = combining acute, E8 = diaeresis, A2 = Ø; 0xFF has no ANSEL meaning
        byte[] ansel = {'R', (byte) 0xE2, 'e', 'n', (byte) 0xE8, 'e', ' ', (byte) 0xA2, 'r', 'n', (byte) 0xFF};
        AnselDecoder.Result r = AnselDecoder.decode(ansel);
        assertThat(r.text()).isEqualTo("Rénë Ørn\uFFFD");
        assertThat(r.unknownOffsets()).containsExactly(10);
    }

    @Test
    void joinsContinuationLinesAndSkipsMalformedOnesWithAReason() {
        String ged = """
                0 HEAD
                1 CHAR UTF-8
                0 @I1@ INDI
                1 NAME Jos\u00e9 /Garc\u00eda/
                1 SEX M
                1 NOTE first
                2 CONC  part
                2 CONT second line
                this line is not gedcom
                3 DATE 1900
                0 @I2@ INDI
                1 NAME Ana //
                1 SEX F
                1 FAMC @F1@
                2 PEDI adopted
                0 @F1@ FAM
                1 HUSB @I1@
                1 CHIL @I2@
                0 TRLR
                """;
        GedcomFile f = GedcomFile.parse(ged.getBytes(StandardCharsets.UTF_8));
        assertThat(f.individuals()).extracting(GedcomFile.Individual::name).containsExactly("José García", "Ana");
        assertThat(f.individuals().get(1).pedigree()).containsEntry("F1", "ADOPTIVE");
        assertThat(f.skipped()).extracting(GedcomFile.Skipped::line).containsExactly(9, 10);
        assertThat(f.skipped().get(0).reason()).contains("not a GEDCOM line");
    }
}
