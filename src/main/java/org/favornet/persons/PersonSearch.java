package org.favornet.persons;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.favornet.graph.CypherRunner;
import org.favornet.ingest.RowValidator;
import org.favornet.persons.PersonViews.Page;
import org.favornet.security.PersonRefs;
import org.favornet.security.Viewer;
import org.favornet.web.ApiProblem;
import org.springframework.stereotype.Service;

/**
 * One search box over persons. The text is read as, in this order:
 * <ul>
 *   <li>a ref ({@code p.…}): that person;</li>
 *   <li>a full resident ID (18 or 15 digits, spaces and dashes allowed): that person, for a viewer with clear data;
 *       any other viewer gets 400, as {@link PersonRefs#resolve} answers, whether such a person exists or not;</li>
 *   <li>4 or more digits (spaces, dashes, brackets, {@code +86} allowed): a phone, an account number, a person id,
 *       and the last digits of an ID number. Without clear data only the last 4 characters (which the masked ID
 *       shows anyway) are matched against IDs: a longer ending would let anyone rebuild a masked number digit by
 *       digit, birth date included;</li>
 *   <li>anything else: a name, full or partial, in any script, or a plain person id.</li>
 * </ul>
 * Results lie inside the viewer's regions, ranked (exact before partial), one page at a time with the total.
 */
@Service
class PersonSearch {

    static final int MAX_QUERY = 200;
    static final int MAX_SIZE = 100;
    /** Digits and what people type between them; a final X for an ID number's check character. */
    private static final Pattern KEY = Pattern.compile("\\+?[0-9]([0-9 ()\\-]*[0-9Xx])?");
    private static final Pattern ID_END = Pattern.compile("[0-9]{3}[0-9X]");

    private final CypherRunner cypher;
    private final PersonRefs refs;
    private final PersonCards cards;

    PersonSearch(CypherRunner cypher, PersonRefs refs, PersonCards cards) {
        this.cypher = cypher;
        this.refs = refs;
        this.cards = cards;
    }

    /** The page, and the person ids on it (for the audit record). */
    record Result(Page page, List<String> ids) {}

    Result search(String q, int page, int size, Viewer viewer) {
        if (q == null || q.isBlank()) {
            throw ApiProblem.badRequest("Give q: a name or part of one, an ID number (or its last 4 characters),"
                    + " a phone or account number, or a person's ref.");
        }
        if (q.length() > MAX_QUERY) {
            throw ApiProblem.badRequest("q is too long: at most " + MAX_QUERY + " characters.");
        }
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw ApiProblem.badRequest("page must be 0 or more and size between 1 and " + MAX_SIZE + ".");
        }
        String text = Normalizer.normalize(q, Normalizer.Form.NFKC).strip();
        Map<String, Object> params = new HashMap<>();
        params.put("regions", viewer.regions());
        params.put("skip", (long) page * size);
        params.put("limit", (long) size);
        String file = keys(text, viewer, params) ? "persons/search_keys.cypher" : "persons/search_name.cypher";
        if (file.endsWith("search_name.cypher")) {
            params.put("q", text);
        }
        long[] total = {0};
        List<String> ids = new ArrayList<>();
        cypher.lookup(file, params, r -> {
            total[0] = r.get("total").asLong();
            ids.addAll(r.get("ids").asList(v -> v.asString()));
            return null;
        });
        List<PersonViews.PersonCard> items = cards.of(ids, viewer).stream().map(PersonCards.Found::card).toList();
        return new Result(new Page(items, total[0], page, size), ids);
    }

    /** Fills the key-search parameters when the text is a ref or a number; false for a name. */
    private boolean keys(String text, Viewer viewer, Map<String, Object> params) {
        List<String> ids = new ArrayList<>();
        String phone = null;
        String account = null;
        String suffix = null;
        if (text.startsWith("p.")) {
            Optional<String> id = refs.decode(text);
            if (id.isEmpty()) {
                return false; // not a ref made here: read it as a name (it will most likely find nothing)
            }
            ids.add(id.get());
        } else if (KEY.matcher(text).matches()) {
            String compact = text.replaceAll("[ ()\\-]", "").toUpperCase(java.util.Locale.ROOT);
            if (compact.startsWith("+")) {
                phone = RowValidator.normalisePhone(compact);
            } else {
                // Refuses a full ID number to a viewer without clear data (400), before any lookup.
                String id = refs.resolve(compact, viewer);
                int digits = compact.length();
                if (digits < 4) {
                    throw ApiProblem.badRequest("Give at least 4 digits (the last 4 characters of an ID number, or a"
                            + " phone or account number), or a name.");
                }
                ids.add(id);
                if (compact.chars().allMatch(Character::isDigit)) {
                    phone = RowValidator.normalisePhone(compact);
                    account = compact;
                }
                if (viewer.clearData() ? digits < 18 : ID_END.matcher(compact).matches()) {
                    suffix = compact;
                }
            }
        } else {
            return false;
        }
        params.put("ids", ids);
        params.put("phone", phone);
        params.put("account", account);
        params.put("suffix", suffix);
        return true;
    }
}
