package org.favornet.detection.leads;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.favornet.web.Languages;
import org.favornet.web.Texts;

/**
 * Persons of a lead who lie outside the viewer's regions, shown as the person endpoints and the
 * exports treat them: they do not exist for him. Each becomes a placeholder ({@code "cut": true},
 * no id, ref, name, region or dates) where he stood, so a path keeps its shape and a grant its
 * beneficiary slot, and his name is replaced in the lead's sentence.
 *
 * @param hidden ids of the persons to hide
 * @param names their names, longest first (so a name inside a longer one goes with it)
 */
record RegionRedaction(Set<String> hidden, List<String> names, String placeholder) {

    /** The message key of what a hidden person's name becomes in a sentence. */
    static final String PLACEHOLDER = "lead.person.outside";

    static RegionRedaction of(Map<String, String> hiddenNames) {
        return of(hiddenNames, Languages.current());
    }

    static RegionRedaction of(Map<String, String> hiddenNames, Locale language) {
        List<String> names = new ArrayList<>();
        hiddenNames.values().stream().filter(n -> n != null && !n.isBlank()).distinct().forEach(names::add);
        names.sort(Comparator.comparingInt(String::length).reversed());
        return new RegionRedaction(Set.copyOf(hiddenNames.keySet()), List.copyOf(names),
                Texts.shared().get(language, PLACEHOLDER));
    }

    boolean hides(String personId) {
        return personId != null && hidden.contains(personId);
    }

    LeadViews.PersonId person(LeadViews.PersonId p) {
        return p != null && hides(p.id()) ? LeadViews.PersonId.outsideRegion() : p;
    }

    List<LeadViews.PersonId> persons(List<LeadViews.PersonId> list) {
        return list == null ? null : list.stream().map(this::person).toList();
    }

    LeadViews.PersonEntry entry(LeadViews.PersonEntry e) {
        return hides(e.id()) ? LeadViews.PersonEntry.outsideRegion(e.role()) : e;
    }

    String text(String s) {
        if (s == null) {
            return null;
        }
        for (String name : names) {
            s = s.replace(name, placeholder);
        }
        return s;
    }

    LeadViews.Summary summary(LeadViews.Summary l) {
        boolean official = hides(l.officialId());
        if (!official && names.isEmpty()) {
            return l;
        }
        return new LeadViews.Summary(l.id(), l.ruleId(), l.ruleVersion(), l.title(), l.severity(), l.scope(), l.score(),
                l.priority(), l.status(), text(l.sentence()), l.kinshipTerm(), official ? null : l.officialId(),
                official ? null : l.officialRef(), l.regionCode(), l.reviewer(), l.reviewReason(), l.reviewedAt(),
                l.updatedAt());
    }
}
