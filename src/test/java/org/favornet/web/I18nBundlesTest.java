package org.favornet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two bundles hold the same keys, each pattern parses and uses the same arguments in both
 * languages, and every key the code names (a string literal such as {@code "problem.detail.x"}, or a
 * key built from an enum) is in them.
 */
class I18nBundlesTest {

    /** Prefixes of the keys the code names as literals; a literal with one of them must be a key. */
    static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:problem|program|lead|path|kin|export)\\.[a-z0-9][a-zA-Z0-9.-]*[a-zA-Z0-9])\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothBundlesHoldTheSameKeys() throws IOException {
        Set<String> zh = new TreeSet<>(bundle("messages").stringPropertyNames());
        Set<String> en = new TreeSet<>(bundle("messages_en").stringPropertyNames());
        assertThat(en).as("keys only in Chinese").containsAll(zh);
        assertThat(zh).as("keys only in English").containsAll(en);
        assertThat(zh).hasSizeGreaterThan(50);
    }

    @Test
    void everyPatternParsesAndUsesTheSameArgumentsInBothLanguages() throws IOException {
        Properties zh = bundle("messages");
        Properties en = bundle("messages_en");
        for (String key : zh.stringPropertyNames()) {
            new MessageFormat(zh.getProperty(key), Locale.SIMPLIFIED_CHINESE); // throws on a bad pattern
            new MessageFormat(en.getProperty(key, ""), Locale.ENGLISH);
            assertThat(arguments(zh.getProperty(key))).as(key).isEqualTo(arguments(en.getProperty(key, "")));
        }
    }

    @Test
    void aQuoteInAnEnglishMessageIsDoubledSoMessageFormatKeepsIt() throws IOException {
        Properties en = bundle("messages_en");
        for (String key : en.stringPropertyNames()) {
            String text = en.getProperty(key);
            String rendered = new MessageFormat(text, Locale.ENGLISH).format(new Object[] {"A", "B", "C", "D", "E"});
            assertThat(rendered.chars().filter(c -> c == '\'').count()).as(key)
                    .isEqualTo(text.chars().filter(c -> c == '\'').count() / 2);
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundles() throws IOException {
        Properties zh = bundle("messages");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (ProblemKind kind : ProblemKind.values()) {
            used.add(kind.titleKey());
        }
        assertThat(MessageKeys.ruleIds()).hasSizeGreaterThanOrEqualTo(12).contains("kin_001", "conc_003");
        used.addAll(MessageKeys.fromEnums());
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(used.stream().filter(k -> !zh.containsKey(k)).toList()).as("keys used but missing").isEmpty();
    }

    @Test
    void programmeCodesAreNamedInEachLanguageAndAnUnknownCodeStaysAsItIs() {
        Texts texts = Texts.shared();
        assertThat(texts.program(Languages.CHINESE, "DIBAO")).isEqualTo("低保");
        assertThat(texts.program(Languages.CHINESE, "TEKUN")).isEqualTo("特困");
        assertThat(texts.program(Languages.CHINESE, "LINSHI")).isEqualTo("临时救助");
        assertThat(texts.program(Languages.ENGLISH, "DIBAO")).isEqualTo("Minimum living allowance");
        assertThat(texts.program(Locale.forLanguageTag("en-GB"), "LINSHI")).isEqualTo("Temporary assistance");
        assertThat(texts.program(Locale.FRENCH, "DIBAO")).isEqualTo("低保");
        assertThat(texts.program(Languages.ENGLISH, "BOAT_REPAIR")).isEqualTo("BOAT_REPAIR");
    }

    private static Set<String> arguments(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
