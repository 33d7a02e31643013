package org.favornet.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.favornet.export.RawSubgraph.RawNode;

/**
 * The birth dates of the persons in a masked export, so that no value shows one finer than the
 * year: the eight digits a masked resident ID hides are exactly the birth date
 * ({@code maskedId[:6] + birthDate + maskedId[14:]} is the full number), and a date equal to it
 * (a {@code PARENT_OF} start, a household entry at birth, a date written in a note) gives it back
 * just as well. Dates are compared as values and, inside text, in the forms {@code 1995-01-01},
 * {@code 1995/01/01}, {@code 1995.01.01}, {@code 19950101} and {@code 1995年1月1日}.
 */
final class BirthDates {

    private final Set<LocalDate> dates;
    private final List<String[]> forms = new ArrayList<>();

    private BirthDates(Set<LocalDate> dates) {
        this.dates = dates;
        for (LocalDate d : dates) {
            String y = Integer.toString(d.getYear());
            String m = String.format("%02d", d.getMonthValue());
            String day = String.format("%02d", d.getDayOfMonth());
            for (String form : List.of(y + "-" + m + "-" + day, y + "/" + m + "/" + day, y + "." + m + "." + day,
                    y + m + day, y + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日",
                    y + "年" + m + "月" + day + "日")) {
                forms.add(new String[] {form, y});
            }
        }
    }

    /**
     * The birth dates of the subgraph's persons, and those inside every resident ID written in its
     * text (a tip naming someone and his birth day must not give his number back either).
     */
    static BirthDates of(RawSubgraph raw) {
        Set<LocalDate> dates = new HashSet<>();
        for (RawNode n : raw.nodes()) {
            TypedValue b = n.properties().get("birthDate");
            if (b != null && b.type() == ValueType.DATE) {
                dates.add((LocalDate) b.value());
            }
            n.properties().values().forEach(v -> idsIn(v, dates));
        }
        for (RawSubgraph.RawEdge e : raw.edges()) {
            e.properties().values().forEach(v -> idsIn(v, dates));
        }
        return new BirthDates(dates);
    }

    private static void idsIn(TypedValue v, Set<LocalDate> dates) {
        if (v.type() == ValueType.STRING || v.type() == ValueType.STRING_LIST) {
            for (String s : v.strings()) {
                idsIn(s, dates);
            }
        }
    }

    /** Digits 7-14 of every 18-digit window of a number (digits of any script, single spaces or dashes between). */
    static void idsIn(String s, Set<LocalDate> dates) {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '.';
            if (Character.isDigit(c)) {
                run.append((char) ('0' + Character.digit(c, 10)));
            } else if ((c == ' ' || c == '-') && run.length() > 0 && i + 1 < s.length()
                    && Character.isDigit(s.charAt(i + 1))) {
                continue;
            } else {
                for (int at = 0; at + 17 <= run.length(); at++) {
                    birthDate(run.substring(at + 6, at + 14), dates);
                }
                run.setLength(0);
            }
        }
    }

    private static void birthDate(String eight, Set<LocalDate> dates) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(eight.substring(0, 4)), Integer.parseInt(eight.substring(4, 6)),
                    Integer.parseInt(eight.substring(6, 8)));
            if (d.getYear() >= 1880) {
                dates.add(d);
            }
        } catch (java.time.DateTimeException e) {
            // not a date: no birth date to hide
        }
    }

    /** The value with every birth date in it cut to its year (a date value becomes the text of its year). */
    TypedValue coarsen(TypedValue v) {
        if (dates.isEmpty()) {
            return v;
        }
        return switch (v.type()) {
            case DATE -> dates.contains(v.value()) ? TypedValue.text(Integer.toString(((LocalDate) v.value()).getYear())) : v;
            case STRING -> TypedValue.text(coarsen(v.text()));
            case STRING_LIST -> new TypedValue(ValueType.STRING_LIST, v.strings().stream().map(this::coarsen).toList());
            default -> v;
        };
    }

    private String coarsen(String s) {
        for (String[] f : forms) {
            if (s.contains(f[0])) {
                s = s.replace(f[0], f[1]);
            }
        }
        return s;
    }
}
