package no.redthread.funding.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The analyzers of one index, built on its compound dictionary.
 *
 * @param full folding, stop words, compound splitting and stemming: the analysed fields and finished query words
 * @param stemmed the same without compound splitting: for the word being typed, whose parts so far would match
 *        too much ("klimatilp" would find everything with "klima")
 * @param plain folding only: the prefix field
 * @param parts the compound dictionary
 */
record IndexAnalyzers(Analyzer full, Analyzer stemmed, Analyzer plain, CharArraySet parts) {

    static IndexAnalyzers of(CharArraySet parts) {
        return new IndexAnalyzers(NorwegianAnalysis.full(parts), NorwegianAnalysis.full(CharArraySet.EMPTY_SET),
                NorwegianAnalysis.plain(), parts);
    }

    /** Whether a folded word ends in a dictionary word, so it reads as a finished compound ("tilskuddsordning"). */
    boolean endsWithPart(String word) {
        for (int start = 0; start <= word.length() - NorwegianAnalysis.MIN_SUBWORD; start++) {
            if (parts.contains(word.toCharArray(), start, word.length() - start)) {
                return true;
            }
        }
        return false;
    }
}
