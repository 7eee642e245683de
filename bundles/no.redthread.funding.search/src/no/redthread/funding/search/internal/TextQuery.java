package no.redthread.funding.search.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what the user typed into a Lucene query: every word must match (in any field, by any of its analysed
 * terms: its stem and the stems of its compound parts); the last word, while the user is still typing it (no
 * space after it), also matches as the prefix of any word in the plain field.
 */
final class TextQuery {

    /** Field boosts: a word in the name or a theme says more than one in the purpose or the applicants note. */
    static final Map<String, Float> FIELDS = Map.of(SchemeDocuments.NAME, 3f, SchemeDocuments.THEMES, 2f,
            SchemeDocuments.OWNER, 1.5f, SchemeDocuments.PURPOSE, 1f, SchemeDocuments.APPLICANTS, 0.5f);
    private static final float PREFIX_BOOST = 0.5f;

    private TextQuery() {
    }

    /** The query, or empty when the text has no words (then every scheme matches). */
    static Optional<Query> of(String text, IndexAnalyzers analyzers) {
        List<String> words = NorwegianAnalysis.tokens(analyzers.plain(), text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        boolean typingLast = !text.isEmpty() && Character.isLetterOrDigit(text.charAt(text.length() - 1));
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            boolean prefix = typingLast && i == words.size() - 1;
            word(words.get(i), prefix, analyzers).ifPresent(query -> all.add(query, Occur.MUST));
        }
        BooleanQuery query = all.build();
        return query.clauses().isEmpty() ? Optional.empty() : Optional.of(query);
    }

    /**
     * One word's alternatives; empty for a finished stop word. A word still being typed is split into compound
     * parts only when it ends in one.
     */
    private static Optional<Query> word(String word, boolean prefix, IndexAnalyzers analyzers) {
        Analyzer analyzer = !prefix || analyzers.endsWithPart(word) ? analyzers.full() : analyzers.stemmed();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String term : NorwegianAnalysis.tokens(analyzer, word).stream().distinct().toList()) {
            FIELDS.forEach((field, boost) -> any.add(new BoostQuery(new TermQuery(new Term(field, term)), boost),
                    Occur.SHOULD));
        }
        if (prefix) {
            any.add(new BoostQuery(new PrefixQuery(new Term(SchemeDocuments.PLAIN, word)), PREFIX_BOOST),
                    Occur.SHOULD);
        }
        BooleanQuery query = any.build();
        return query.clauses().isEmpty() ? Optional.empty() : Optional.of(query);
    }
}
