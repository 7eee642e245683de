package no.redthread.funding.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;

import no.redthread.funding.Facet;
import no.redthread.funding.FundingScheme;
import no.redthread.funding.SearchQuery;
import no.redthread.funding.SearchResult;
import no.redthread.funding.SearchResult.Hit;

/**
 * An in-memory Lucene index of one catalogue revision, with the facet values of its schemes. Immutable once built
 * and safe for concurrent searches (IndexSearcher is; the day view is replaced as a whole).
 */
final class SchemeIndex {

    private final long revision;
    private final List<FundingScheme> schemes;
    private final IndexAnalyzers analyzers;
    private final IndexSearcher searcher;
    /** Per Lucene document id the scheme's position in {@link #schemes}. */
    private final int[] schemeOfDoc;
    private final Map<Facet, FacetColumn> columns;
    private final HitOrder order;
    private volatile DayView dayView;

    private SchemeIndex(long revision, List<FundingScheme> schemes, IndexAnalyzers analyzers, IndexSearcher searcher,
            int[] schemeOfDoc, Map<Facet, FacetColumn> columns) {
        this.revision = revision;
        this.schemes = schemes;
        this.analyzers = analyzers;
        this.searcher = searcher;
        this.schemeOfDoc = schemeOfDoc;
        this.columns = columns;
        this.order = new HitOrder(schemes);
    }

    /** Indexes the schemes; {@code themeName} gives a theme id's Norwegian name (empty when unknown). */
    static SchemeIndex build(long revision, List<FundingScheme> schemes, Function<String, String> themeName) {
        SchemeDocuments documents = new SchemeDocuments(themeName);
        IndexAnalyzers analyzers = IndexAnalyzers.of(CompoundParts.of(documents.allTexts(schemes)));
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(
                SchemeDocuments.perField(analyzers.full(), analyzers.plain()))
                .setRAMBufferSizeMB(256).setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int position = 0; position < schemes.size(); position++) {
                writer.addDocument(documents.document(schemes.get(position), position));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory scheme index could not be written", e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            return new SchemeIndex(revision, List.copyOf(schemes), analyzers, new IndexSearcher(reader),
                    schemeOfDoc(reader), columns(schemes));
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory scheme index could not be opened", e);
        }
    }

    private static int[] schemeOfDoc(DirectoryReader reader) throws IOException {
        int[] schemeOfDoc = new int[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues positions = leaf.reader().getNumericDocValues(SchemeDocuments.POSITION);
            for (int doc = positions.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = positions.nextDoc()) {
                schemeOfDoc[leaf.docBase + doc] = (int) positions.longValue();
            }
        }
        return schemeOfDoc;
    }

    private static Map<Facet, FacetColumn> columns(List<FundingScheme> schemes) {
        Map<Facet, FacetColumn> columns = new EnumMap<>(Facet.class);
        columns.put(Facet.DIMENSION, FacetColumn.of(schemes, FundingScheme::dimensionIds));
        columns.put(Facet.THEME, FacetColumn.of(schemes, FundingScheme::themeIds));
        columns.put(Facet.SDG, FacetColumn.of(schemes, SchemeFacets::sdgCodes));
        columns.put(Facet.APPLICANT, FacetColumn.of(schemes, SchemeFacets::applicantCodes));
        columns.put(Facet.OWNER, FacetColumn.of(schemes, SchemeFacets::owner));
        columns.put(Facet.AMOUNT_BAND, FacetColumn.of(schemes, scheme -> List.of(SchemeFacets.band(scheme).code())));
        return columns;
    }

    SearchResult search(SearchQuery query) {
        float[] scores = match(query.text());
        DayView day = day(query.today());
        FacetCounting counting = new FacetCounting(columns(day), query.filters(), scores.length);
        for (int scheme = 0; scheme < scores.length; scheme++) {
            if (!Float.isNaN(scores[scheme])) {
                counting.add(scheme);
            }
        }
        int[] hits = order.sort(counting.hits(), query.sort(), scores, day);
        List<Hit> found = new ArrayList<>(hits.length);
        for (int scheme : hits) {
            found.add(new Hit(schemes.get(scheme), scores[scheme], day.next().get(scheme)));
        }
        return new SearchResult(found, counting.counts());
    }

    long revision() {
        return revision;
    }

    /** Scores per scheme position; NaN where the scheme does not match. Empty text: every scheme scores 0. */
    private float[] match(String text) {
        float[] scores = new float[schemes.size()];
        Optional<Query> query = TextQuery.of(text, analyzers);
        if (query.isEmpty()) {
            return scores;
        }
        Arrays.fill(scores, Float.NaN);
        try {
            searcher.search(query.get(), new ScoreCollector.Manager(schemeOfDoc, scores));
        } catch (IOException e) {
            throw new UncheckedIOException("search in the in-memory scheme index failed", e);
        }
        return scores;
    }

    /** The facet columns as of {@code day}: the fixed ones and the day's deadline windows. */
    private Map<Facet, FacetColumn> columns(DayView day) {
        Map<Facet, FacetColumn> all = new EnumMap<>(columns);
        all.put(Facet.DEADLINE_WINDOW, day.windows());
        return all;
    }

    private DayView day(LocalDate day) {
        DayView view = dayView;
        if (view == null || !view.day().equals(day)) {
            view = DayView.of(schemes, day);
            dayView = view;
        }
        return view;
    }
}
