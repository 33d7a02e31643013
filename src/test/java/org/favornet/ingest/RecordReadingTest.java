package org.favornet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.favornet.csv.CsvReader;
import org.favornet.csv.CsvRecord;
import org.junit.jupiter.api.Test;

/** The reader, the encoding detection, the row checks and the household rules, without a database. */
class RecordReadingTest {

    static List<CsvRecord> read(String text) throws IOException {
        List<CsvRecord> out = new ArrayList<>();
        try (CsvReader r = new CsvReader(new StringReader(text), FieldLimits.READ_CHARS)) {
            CsvRecord rec;
            while ((rec = r.next()) != null) {
                out.add(rec);
            }
        }
        return out;
    }

    @Test
    void readsQuotedCommasDoubledQuotesAndNewlinesWithThePhysicalStartLine() throws IOException {
        List<CsvRecord> records = read("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n\r\n2,\"line1\nline2\r\nline3\",z\n3,,\n\"4\"");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 4L, 7L, 8L);
        assertThat(records.get(1).fields()).containsExactly("1", "x, y", "say \"hi\"");
        assertThat(records.get(2).fields()).containsExactly("2", "line1\nline2\r\nline3", "z");
        assertThat(records.get(3).fields()).containsExactly("3", "", "");
        assertThat(records.get(4).fields()).containsExactly("4");
        assertThat(records.get(4).unterminated()).isFalse();
    }

    @Test
    void flagsAQuoteThatIsNeverClosed() throws IOException {
        List<CsvRecord> records = read("a,b\n1,\"open\n2,3\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(1).unterminated()).isTrue();
    }

    @Test
    void detectsUtf8WithAndWithoutBomAndFallsBackToGb18030() throws IOException {
        String text = "person_id,name\nP1,张伟\n";
        assertThat(TextEncoding.detect(ImportSource.of("a", text.getBytes(StandardCharsets.UTF_8))).label())
                .isEqualTo("UTF-8");
        assertThat(TextEncoding.detect(ImportSource.of("a", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8))).label())
                .isEqualTo("UTF-8 (BOM)");
        assertThat(TextEncoding.detect(ImportSource.of("a", text.getBytes(Charset.forName("GBK")))).label())
                .isEqualTo("GB18030");
        assertThat(TextEncoding.detect(ImportSource.of("a", "a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII))).label())
                .isEqualTo("UTF-8");
    }

    @Test
    void aUtf8SequenceSplitAcrossReadBuffersIsStillUtf8() throws IOException {
        StringBuilder sb = new StringBuilder("person_id,name\n");
        while (sb.length() < 100_000) {
            sb.append("P,张伟伟\n");
        }
        assertThat(TextEncoding.detect(ImportSource.of("a", sb.toString().getBytes(StandardCharsets.UTF_8))).label())
                .isEqualTo("UTF-8");
    }

    static RowValidator.Outcome validate(RecordKind kind, String header, String row) throws IOException {
        List<CsvRecord> records = read(header + "\n" + row + "\n");
        RowValidator v = new RowValidator(kind, Header.of(kind, records.get(0)), LocalDate.of(2025, 6, 1), "test.csv");
        return v.validate(records.get(1));
    }

    static List<String> reasons(RowValidator.Outcome outcome) {
        return outcome instanceof RowValidator.Invalid i ? i.rejects().stream().map(Reject::reason).toList() : List.of();
    }

    @Test
    void explainsEachPersonProblemInWordsADataOfficerUnderstands() throws IOException {
        String header = "person_id,name,gender,birth_date";
        assertThat(reasons(validate(RecordKind.PERSONS, header, "11010519491231002X,张,F,1949-12-31"))).isEmpty();
        assertThat(reasons(validate(RecordKind.PERSONS, header, "110105194912310021,张,F,1949-12-31")))
                .containsExactly("person_id 110105194912310021: check digit should be X");
        assertThat(reasons(validate(RecordKind.PERSONS, header, "11010519491231002X,张,男,1950-01-01"))).containsExactly(
                "birth_date 1950-01-01 disagrees with person_id 11010519491231002X, which gives 1949-12-31",
                "gender 男 disagrees with person_id 11010519491231002X, whose 17th digit 2 means female (even)");
        assertThat(reasons(validate(RecordKind.PERSONS, header, ",,M,1949-13-01"))).containsExactly(
                "person_id is empty; it is required", "name is empty; it is required",
                "birth_date 1949-13-01 is not a calendar date");
        assertThat(reasons(validate(RecordKind.PERSONS, header, "P1,张,M,31.12.1949")))
                .containsExactly("birth_date 31.12.1949 is not a date: write YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD");
        assertThat(reasons(validate(RecordKind.PERSONS, header, "P1,张,M,1949-12-31,extra")))
                .containsExactly("the row has 5 fields but the header has 4 (an unquoted comma?)");
    }

    @Test
    void normalisesGenderCodesDatesAndAnLowerCaseX() throws IOException {
        var v = (RowValidator.Valid) validate(RecordKind.PERSONS, "person_id,name,gender,birth_date",
                "11010519491231002x,张,2,19491231");
        @SuppressWarnings("unchecked")
        Map<String, Object> props = (Map<String, Object>) v.row().params().get("props");
        assertThat(v.row().key()).isEqualTo("11010519491231002X");
        assertThat(props).containsEntry("gender", "F").containsEntry("birthDate", LocalDate.of(1949, 12, 31));
    }

    @Test
    void checksAmountsRegionCodesRelationCodesAndEnumerations() throws IOException {
        assertThat(reasons(validate(RecordKind.GRANTS, "grant_id,program,beneficiary_id,amount,approved_date,region_code",
                "G1,DIBAO,P1,-3.5,2025/05/01,41020300"))).containsExactly(
                "amount -3.5 is negative; amounts are never negative",
                "region_code 41020300 is not a statistical region code (统计用区划代码): it must be 6, 9 or 12 digits");
        assertThat(reasons(validate(RecordKind.PAYMENTS, "payment_id,grant_id,account_id,amount,paid_date",
                "X1,G1,A1,\"1,200\",2030-01-01"))).containsExactly(
                "amount 1,200 is not an amount in yuan: digits with . as the decimal separator, no thousands separators",
                "paid_date 2030-01-01 lies in the future");
        assertThat(reasons(validate(RecordKind.HOUSEHOLDS, "household_id,person_id,relation_code", "H1,P1,98")))
                .containsExactly("relation_code 98 is not a GB/T 4761-2008 family relation code (one digit 0-8 or two digits, e.g. 01 head, 10 spouse, 20 son)");
        assertThat(reasons(validate(RecordKind.ASSETS, "asset_id,owner_id,kind", "S1,P1,boat")))
                .containsExactly("kind boat is not one of VEHICLE, BUSINESS, PROPERTY, PUBLIC_EMPLOYMENT");
        assertThat(reasons(validate(RecordKind.ACQUAINTANCES, "from_id,to_id,kind", "P1,P1,friend")))
                .containsExactly("to_id P1 is the same person as from_id: a person cannot be tied to himself");
        assertThat(reasons(validate(RecordKind.TRANSFERS, "transfer_id,from_account,to_account,amount,date", "T,A,A,1,2020-01-01")))
                .containsExactly("to_account A is the same account as from_account: a transfer needs two accounts");
    }

    @Test
    void validRelationCodesAreExactlyTheStandardsTable() {
        List<String> valid = new ArrayList<>();
        for (int i = 0; i <= 9; i++) {
            if (Gb4761.valid(Integer.toString(i))) {
                valid.add(Integer.toString(i));
            }
        }
        for (int i = 0; i <= 99; i++) {
            String code = String.format("%02d", i);
            if (Gb4761.valid(code)) {
                valid.add(code);
            }
        }
        assertThat(valid).hasSize(9 + 2 + 3 + 78 + 1).contains("0", "8", "01", "02", "10", "12", "20", "97", "99")
                .doesNotContain("9", "00", "03", "09", "13", "19", "98");
    }

    @Test
    void normalisesPhonesAndAddresses() {
        assertThat(RowValidator.normalisePhone("+86 138-0000-1111")).isEqualTo("13800001111");
        assertThat(RowValidator.normalisePhone("0086 (138) 0000 1111")).isEqualTo("13800001111");
        assertThat(RowValidator.normalisePhone("０３７１－１２３４５６７８")).isEqualTo("037112345678");
        assertThat(RowValidator.normalisePhone("--")).isNull();
        assertThat(RowValidator.normaliseAddress("开封市 龙亭区，北道门街１号（二楼）")).isEqualTo("开封市龙亭区北道门街1号二楼");
    }

    static String ties(List<HouseholdKinship.Member> members) {
        return HouseholdKinship.derive("H", members).stream()
                .map(t -> t.from() + " " + t.relation() + " " + t.to() + " " + t.basis() + (t.kind() == null ? "" : " " + t.kind()))
                .sorted().collect(Collectors.joining("\n"));
    }

    static HouseholdKinship.Member m(String id, String code) {
        return new HouseholdKinship.Member(id, code);
    }

    @Test
    void inLawsAndGrandchildrenHangOnTheOnlyChildOfThatSex() {
        // head h, one daughter d with her husband sil (28), their child gc (43); a son s with wife dil (38)
        String ties = ties(List.of(m("h", "02"), m("d", "31"), m("sil", "28"), m("gc", "43"), m("s", "2"), m("dil", "38")));

        assertThat(ties).isEqualTo(String.join("\n",
                "d PARENT_OF gc STATED UNKNOWN",
                "d SPOUSE_OF sil STATED",
                "h PARENT_OF d STATED BIRTH",
                "h PARENT_OF s STATED UNKNOWN",
                "s SIBLING_OF d INFERRED",
                "s SPOUSE_OF dil STATED"));
    }

    @Test
    void ambiguousAnchorsAndMissingHeadsDeriveNothingAboutThem() {
        // two daughters: the son-in-law and the daughter's child cannot be placed
        String ties = ties(List.of(m("h", "0"), m("d1", "32"), m("d2", "33"), m("sil", "28"), m("gc", "44")));
        assertThat(ties).doesNotContain("sil", "gc");
        assertThat(HouseholdKinship.derive("H", List.of(m("a", "01"), m("b", "02"), m("c", "20")))).isEmpty();
        assertThat(HouseholdKinship.derive("H", List.of(m("a", "10"), m("c", "20")))).isEmpty();
    }

    @Test
    void stepChildrenGetNoInferredSecondParentAndStepParentsNoInferredChildren() {
        String ties = ties(List.of(m("h", "01"), m("w", "12"), m("st", "27"), m("sf", "57"), m("b", "71"),
                m("bw", "72"), m("nephew", "93")));

        assertThat(ties).isEqualTo(String.join("\n",
                "b PARENT_OF nephew STATED UNKNOWN",
                "b SPOUSE_OF bw STATED",
                "h PARENT_OF st STATED ADOPTIVE_OR_STEP",
                "h SIBLING_OF b STATED",
                "h SPOUSE_OF w STATED",
                "sf PARENT_OF h STATED ADOPTIVE_OR_STEP"));
    }

    @Test
    void aChildOrSiblingOfTheHeadOutsideTheHouseholdMakesTheAnchorAmbiguous() {
        List<HouseholdKinship.Member> members = List.of(m("h", "02"), m("s", "22"), m("dil", "38"), m("gc", "42"),
                m("b", "71"), m("bw", "72"));

        List<DerivedTie> known = HouseholdKinship.derive("H", members, java.util.Set.of("s"), java.util.Set.of("b"));
        List<DerivedTie> unknown = HouseholdKinship.derive("H", members, java.util.Set.of("s", "s2"), java.util.Set.of("b", "b2"));

        assertThat(known).extracting(DerivedTie::to).contains("dil", "gc", "bw");
        assertThat(unknown).extracting(DerivedTie::to).doesNotContain("dil", "gc", "bw");
        assertThat(unknown).extracting(DerivedTie::to).contains("s", "b");
    }
}
