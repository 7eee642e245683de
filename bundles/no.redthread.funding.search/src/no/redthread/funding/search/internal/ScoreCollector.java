package no.redthread.funding.search.internal;

import java.io.IOException;
import java.util.Collection;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Collects every match's score into an array by scheme position: the catalogue is small enough that facet counting
 * and sorting over all matches is cheaper than top-N collection plus a second pass.
 */
final class ScoreCollector extends SimpleCollector {

    private final int[] schemeOfDoc;
    private final float[] scores;
    private Scorable scorer;
    private int docBase;

    private ScoreCollector(int[] schemeOfDoc, float[] scores) {
        this.schemeOfDoc = schemeOfDoc;
        this.scores = scores;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
        docBase = context.docBase;
    }

    @Override
    public void setScorer(Scorable scorer) {
        this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
        scores[schemeOfDoc[docBase + doc]] = scorer.score();
    }

    /** Collectors that write into one array; each document is written by one collector only. */
    record Manager(int[] schemeOfDoc, float[] scores) implements CollectorManager<ScoreCollector, Void> {

        @Override
        public ScoreCollector newCollector() {
            return new ScoreCollector(schemeOfDoc, scores);
        }

        @Override
        public Void reduce(Collection<ScoreCollector> collectors) {
            return null;
        }
    }
}
