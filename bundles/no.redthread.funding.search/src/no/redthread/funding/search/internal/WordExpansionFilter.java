package no.redthread.funding.search.internal;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each word by its terms (its stem and the stems of its compound parts, at the same position), computed
 * once per distinct word: a catalogue repeats its words so often that splitting and stemming every occurrence was
 * most of the index build time.
 */
final class WordExpansionFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Map<String, String[]> cache;
    private final Function<String, String[]> expand;
    private String[] pending;
    private int next;

    /** @param cache shared by every stream of one analyzer; {@code expand} must give at least one term */
    WordExpansionFilter(TokenStream input, Map<String, String[]> cache, Function<String, String[]> expand) {
        super(input);
        this.cache = cache;
        this.expand = expand;
    }

    static Map<String, String[]> newCache() {
        return new ConcurrentHashMap<>();
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null && next < pending.length) {
            term.setEmpty().append(pending[next++]);
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        pending = cache.computeIfAbsent(term.toString(), expand);
        term.setEmpty().append(pending[0]);
        next = 1;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
