package no.redthread.funding.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analysis chains of the scheme index, built from Lucene's classes directly: no analysis-factory SPI lookup,
 * so they work in any OSGi framework.
 *
 * <p>Both chains lower-case and fold to ASCII first (æ → ae, ø → o, å → a), so "Næringsliv", "næringsliv" and
 * "naeringsliv" are one word, and the stemmer sees the same letters whatever the user typed. The full chain then
 * drops Norwegian stop words, splits compounds into the dictionary's words (the compound itself is kept) and
 * stems with Lucene's light Norwegian (bokmål) stemmer, so "tilskuddet", "tilskudd" and "tilskuddsordning" share
 * the term "tilskudd". The plain chain stops after folding: it feeds prefix matching while typing.
 */
final class NorwegianAnalysis {

    /** Parts shorter than this are not split out of compounds ("del", "mål" would match far too much). */
    static final int MIN_SUBWORD = 4;
    /** Words shorter than this are not tried as compounds. */
    private static final int MIN_COMPOUND = 7;
    private static final int MAX_SUBWORD = 20;
    /** Lucene's Norwegian stop words, folded like the text they are compared with. */
    static final CharArraySet STOP_WORDS = foldedStopWords();

    private NorwegianAnalysis() {
    }

    /** Lower-case, folded, unstemmed tokens, stop words kept. */
    static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, folded(source));
            }
        };
    }

    /**
     * Folded, stop words dropped, compounds split by {@code compoundParts} (folded words), stemmed. Each distinct
     * word is split and stemmed once per analyzer ({@link WordExpansionFilter}).
     */
    static Analyzer full(CharArraySet compoundParts) {
        Analyzer oneWord = splitAndStem(compoundParts);
        Map<String, String[]> cache = WordExpansionFilter.newCache();
        Function<String, String[]> expand = word -> {
            String[] terms = tokens(oneWord, word).stream().distinct().toArray(String[]::new);
            return terms.length == 0 ? new String[] { word } : terms;
        };
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new StopFilter(folded(source), STOP_WORDS);
                return new TokenStreamComponents(source, new WordExpansionFilter(stream, cache, expand));
            }
        };
    }

    /** One folded word in, its stem and its compound parts' stems out. */
    private static Analyzer splitAndStem(CharArraySet compoundParts) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new KeywordTokenizer();
                TokenStream stream = new DictionaryCompoundWordTokenFilter(source, compoundParts, MIN_COMPOUND,
                        MIN_SUBWORD, MAX_SUBWORD, false);
                return new TokenStreamComponents(source, new NorwegianLightStemFilter(stream));
            }
        };
    }

    private static TokenStream folded(TokenStream source) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(source));
    }

    private static CharArraySet foldedStopWords() {
        CharArraySet folded = new CharArraySet(200, false);
        for (Object word : NorwegianAnalyzer.getDefaultStopSet()) {
            folded.add(fold((char[]) word));
        }
        return CharArraySet.unmodifiableSet(folded);
    }

    /** A lower-case word folded to ASCII as the analyzers fold it. */
    static String fold(String word) {
        return fold(word.toCharArray());
    }

    private static String fold(char[] word) {
        char[] out = new char[word.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(word, 0, out, 0, word.length);
        return new String(out, 0, length);
    }

    /** The tokens an analyzer makes of a text, in order. */
    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of in-memory text failed", e);
        }
        return tokens;
    }
}
