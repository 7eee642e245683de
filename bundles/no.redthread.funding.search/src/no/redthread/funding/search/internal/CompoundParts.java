package no.redthread.funding.search.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The words compounds are split into: every word of the catalogue's own text (and its stem) of at least
 * five letters, stop words left out, so "tilskuddsordning" splits wherever the catalogue also says
 * "tilskudd" and "ordningen", plus the short list {@code compound-parts.txt} of common parts of Norwegian grant
 * vocabulary that may appear only inside compounds (e.g. "tilpasning" in "klimatilpasning").
 */
final class CompoundParts {

    private static final String BASE_LIST = "compound-parts.txt";
    /**
     * The catalogue's own words need five letters: four-letter ones split far too much ("ikke" in "butikker",
     * "folk" in "folkehelse"); the curated list may have shorter ones ("flom", "vann", "plan").
     */
    private static final int MIN_DERIVED = 5;

    private CompoundParts() {
    }

    static CharArraySet of(Collection<String> texts) {
        CharArraySet parts = new CharArraySet(4096, false);
        try (Analyzer plain = NorwegianAnalysis.plain(); Analyzer stems = stems()) {
            Set<String> words = new HashSet<>();
            for (String word : distinctWords(texts)) {
                words.add(NorwegianAnalysis.fold(word));
            }
            addLongEnough(parts, words, MIN_DERIVED);
            for (String word : words) {
                addLongEnough(parts, NorwegianAnalysis.tokens(stems, word), MIN_DERIVED);
            }
            addLongEnough(parts, NorwegianAnalysis.tokens(plain, baseList()), NorwegianAnalysis.MIN_SUBWORD);
        }
        return CharArraySet.unmodifiableSet(parts);
    }

    /** The runs of letters in the texts, lower-cased: cheaper than the tokenizer, and enough for a dictionary. */
    private static Set<String> distinctWords(Collection<String> texts) {
        Set<String> words = new HashSet<>();
        StringBuilder word = new StringBuilder();
        for (String text : texts) {
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : ' ';
                if (Character.isLetter(c)) {
                    word.append(Character.toLowerCase(c));
                } else if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            }
        }
        return words;
    }

    private static void addLongEnough(CharArraySet parts, Collection<String> words, int minLength) {
        for (String word : words) {
            if (word.length() >= minLength && word.chars().allMatch(Character::isLetter)
                    && !NorwegianAnalysis.STOP_WORDS.contains(word)) {
                parts.add(word);
            }
        }
    }

    private static Analyzer stems() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source,
                        new NorwegianLightStemFilter(new ASCIIFoldingFilter(new LowerCaseFilter(source))));
            }
        };
    }

    /** The shipped list without its comment lines. */
    private static String baseList() {
        try (InputStream in = CompoundParts.class.getResourceAsStream(BASE_LIST)) {
            if (in == null) {
                throw new IllegalStateException(BASE_LIST + " is missing from the bundle");
            }
            StringBuilder words = new StringBuilder();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.startsWith("#")).forEach(line -> words.append(line).append('\n'));
            return words.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(BASE_LIST + " cannot be read", e);
        }
    }
}
