package org.favornet.kinship.gedcom;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GEDCOM 5.5/5.5.1 file read into its individuals and families (the lineage-linked form). The
 * character set is taken from a byte-order mark (UTF-8, UTF-16) or else the header's
 * {@code 1 CHAR} (ANSEL, ASCII, UTF-8, ANSI as windows-1252); {@code CONC}/{@code CONT} lines
 * are joined to the value they continue. Lines that are not {@code level [@xref@] TAG [value]},
 * or whose level jumps, are skipped and listed with a reason. One pass, linear in the file.
 */
public final class GedcomFile {

    /** An individual ({@code INDI}). */
    public record Individual(String xref, String name, String sex, LocalDate birthDate, Integer birthYear,
            LocalDate deathDate, Integer deathYear, Map<String, String> pedigree, int line) {}

    /** A family ({@code FAM}): husband, wife, children with their pedigree to each parent; lines of the record and of its WIFE tag. */
    public record Family(String xref, String husband, String wife, List<Child> children, boolean married, int line,
            int wifeLine) {}

    /** A child of a family, with the kind of tie to the father and to the mother, and the line of its {@code CHIL}. */
    public record Child(String xref, String fatherKind, String motherKind, int line) {}

    /** A line left out and why. */
    public record Skipped(int line, String reason) {}

    private static final Pattern LINE = Pattern.compile("^\\s*(\\d{1,2})\\s+(?:(@[^@]+@)\\s+)?([A-Za-z0-9_]+)(?:\\s(.*))?$");

    private final String charset;
    private final List<Individual> individuals = new ArrayList<>();
    private final List<Family> families = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();

    private GedcomFile(String charset) {
        this.charset = charset;
    }

    public String charset() {
        return charset;
    }

    public List<Individual> individuals() {
        return individuals;
    }

    public List<Family> families() {
        return families;
    }

    public List<Skipped> skipped() {
        return skipped;
    }

    /** A node of the record tree. */
    private static final class Node {
        final int level;
        final String xref;
        final String tag;
        final StringBuilder value;
        final List<Node> children = new ArrayList<>();
        int line;

        Node(int level, String xref, String tag, String value) {
            this.level = level;
            this.xref = xref;
            this.tag = tag;
            this.value = new StringBuilder(value == null ? "" : value);
        }

        Node child(String t) {
            for (Node n : children) {
                if (n.tag.equals(t)) {
                    return n;
                }
            }
            return null;
        }

        String childValue(String t) {
            Node n = child(t);
            return n == null ? null : n.value.toString().strip();
        }
    }

    public static GedcomFile parse(byte[] bytes) {
        String[] decoded = decode(bytes);
        GedcomFile file = new GedcomFile(decoded[0]);
        if (decoded[2] != null) {
            for (String offset : decoded[2].split(",")) {
                file.skipped.add(new Skipped(0, "byte at offset " + offset + " is not ANSEL; replaced by U+FFFD"));
            }
        }
        file.read(decoded[1]);
        return file;
    }

    /** {charset, text, comma-separated unknown ANSEL offsets or null}. */
    private static String[] decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String[] {"UTF-8", new String(b, 3, b.length - 3, StandardCharsets.UTF_8), null};
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String[] {"UTF-16BE", new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), null};
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String[] {"UTF-16LE", new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), null};
        }
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("(?m)^\\s*1\\s+CHAR\\s+(\\S+)").matcher(head);
        String declared = m.find() ? m.group(1).toUpperCase(Locale.ROOT) : "ANSEL";
        switch (declared) {
            case "UTF-8", "UTF8" -> {
                return new String[] {"UTF-8", new String(b, StandardCharsets.UTF_8), null};
            }
            case "ANSI" -> {
                return new String[] {"windows-1252", new String(b, java.nio.charset.Charset.forName("windows-1252")), null};
            }
            default -> {
                // ANSEL and ASCII: ASCII is a subset of ANSEL, so one decoder serves both
                AnselDecoder.Result r = AnselDecoder.decode(b);
                String unknown = r.unknownOffsets().isEmpty() ? null
                        : String.join(",", r.unknownOffsets().stream().limit(100).map(String::valueOf).toList());
                return new String[] {declared.equals("ASCII") ? "ASCII" : "ANSEL", r.text(), unknown};
            }
        }
    }

    private void read(String text) {
        String[] lines = text.split("\r\n|\n|\r", -1);
        List<Node> records = new ArrayList<>();
        Node[] stack = new Node[100];
        int depth = -1;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            int lineNo = i + 1;
            if (raw.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(raw);
            if (!m.matches()) {
                skipped.add(new Skipped(lineNo, "not a GEDCOM line (level, optional @xref@, tag, value)"));
                continue;
            }
            int level = Integer.parseInt(m.group(1));
            String tag = m.group(3).toUpperCase(Locale.ROOT);
            String value = m.group(4);
            if (level > depth + 1 || (level > 0 && depth < 0)) {
                skipped.add(new Skipped(lineNo, "level " + level + " does not follow level " + depth));
                continue;
            }
            if (level > 0 && (tag.equals("CONC") || tag.equals("CONT"))) {
                Node parent = stack[level - 1];
                if (tag.equals("CONT")) {
                    parent.value.append('\n');
                }
                parent.value.append(value == null ? "" : value);
                depth = level - 1;
                continue;
            }
            Node n = new Node(level, m.group(2), tag, value);
            n.line = lineNo;
            if (level == 0) {
                records.add(n);
            } else {
                stack[level - 1].children.add(n);
            }
            stack[level] = n;
            depth = level;
        }
        for (Node r : records) {
            if (r.tag.equals("INDI")) {
                individual(r);
            } else if (r.tag.equals("FAM")) {
                family(r);
            }
        }
    }

    private void individual(Node r) {
        if (r.xref == null) {
            return;
        }
        String name = r.childValue("NAME");
        if (name != null) {
            name = name.replace("/", " ").replaceAll("\\s+", " ").strip();
        }
        String sex = r.childValue("SEX");
        sex = sex == null ? null : sex.startsWith("M") ? "M" : sex.startsWith("F") ? "F" : null;
        GedcomDate birth = date(r.child("BIRT"));
        GedcomDate death = date(r.child("DEAT"));
        Map<String, String> pedigree = new LinkedHashMap<>();
        for (Node c : r.children) {
            if (c.tag.equals("FAMC")) {
                String pedi = c.childValue("PEDI");
                pedigree.put(xref(c.value.toString()), kind(pedi));
            }
        }
        individuals.add(new Individual(xref(r.xref), name, sex, birth.date(), birth.year(), death.date(), death.year(),
                pedigree, r.line));
    }

    private static GedcomDate date(Node event) {
        return GedcomDate.parse(event == null ? null : event.childValue("DATE"));
    }

    private void family(Node r) {
        if (r.xref == null) {
            return;
        }
        String husband = null;
        String wife = null;
        List<Child> children = new ArrayList<>();
        int wifeLine = r.line;
        for (Node c : r.children) {
            switch (c.tag) {
                case "HUSB" -> husband = xref(c.value.toString());
                case "WIFE" -> {
                    wife = xref(c.value.toString());
                    wifeLine = c.line;
                }
                case "CHIL" -> children.add(new Child(xref(c.value.toString()), kind(c.childValue("_FREL")),
                        kind(c.childValue("_MREL")), c.line));
                default -> { }
            }
        }
        families.add(new Family(xref(r.xref), husband, wife, children, r.child("MARR") != null, r.line, wifeLine));
    }

    /** GEDCOM pedigree (PEDI, or Family Tree Maker's _FREL/_MREL) to the kind of a PARENT_OF tie. */
    static String kind(String pedi) {
        if (pedi == null) {
            return null;
        }
        String p = pedi.strip().toLowerCase(Locale.ROOT);
        if (p.startsWith("adopt") || p.startsWith("foster")) {
            return "ADOPTIVE";
        }
        if (p.startsWith("step")) {
            return "STEP";
        }
        if (p.startsWith("birth") || p.startsWith("natural")) {
            return "BIRTH";
        }
        return "UNKNOWN";
    }

    private static String xref(String v) {
        String s = v.strip();
        return s.startsWith("@") && s.endsWith("@") && s.length() > 2 ? s.substring(1, s.length() - 1) : s;
    }
}
