package org.favornet.detection.leads;

import java.util.Locale;
import org.favornet.web.Languages;
import org.favornet.web.Texts;

/**
 * A stored lead's texts in the request's language, chosen when it is read, so a lead written before
 * reads in either language: the title from the rule id ({@code lead.title.<ruleId>} in the bundles,
 * else the title stored with the lead), the sentence from the two stored ones ({@code sentence} in
 * English, {@code sentenceZh}), the kinship term from the stored {@code "termEn (termZh)"}.
 */
final class LeadTexts {

    private LeadTexts() {}

    static String title(Locale language, String ruleId, String stored) {
        String title = ruleId == null ? null : Texts.shared().find(language, "lead.title." + ruleId);
        return title == null ? stored : title;
    }

    static String sentence(Locale language, String english, String chinese) {
        return chinese == null || english(language) ? english : chinese;
    }

    /** {@code "wife's brother (内兄)"} as stored: the English or the Chinese part. */
    static String kinshipTerm(Locale language, String stored) {
        if (stored == null || !stored.endsWith(")")) {
            return stored;
        }
        int open = stored.lastIndexOf(" (");
        if (open < 0) {
            return stored;
        }
        return english(language) ? stored.substring(0, open) : stored.substring(open + 2, stored.length() - 1);
    }

    private static boolean english(Locale language) {
        return Languages.ENGLISH.equals(Languages.supported(language));
    }
}
