package no.redthread.funding.search.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;

import no.redthread.funding.FundingScheme;

/** The Lucene document of a scheme: its texts in analysed fields, and its position in the scheme list. */
final class SchemeDocuments {

    static final String NAME = "name";
    static final String PURPOSE = "purpose";
    static final String OWNER = "owner";
    static final String THEMES = "themes";
    static final String APPLICANTS = "applicants";
    /** All texts, folded but not stemmed: for prefix matching while typing. */
    static final String PLAIN = "plain";
    /** The scheme's position in the index's scheme list. */
    static final String POSITION = "position";

    private final Function<String, String> themeName;

    /** @param themeName the Norwegian name of a catalogue theme id (empty when unknown) */
    SchemeDocuments(Function<String, String> themeName) {
        this.themeName = themeName;
    }

    /** The plain analyzer for {@link #PLAIN}, the full one for every other field. */
    static Analyzer perField(Analyzer full, Analyzer plain) {
        return new PerFieldAnalyzerWrapper(full, Map.of(PLAIN, plain));
    }

    Map<String, String> texts(FundingScheme scheme) {
        return Map.of(NAME, join(Stream.of(scheme.nameNb(), scheme.nameEn())),
                PURPOSE, text(scheme.purpose()),
                OWNER, text(scheme.owner()),
                THEMES, join(scheme.themeIds().stream().map(themeName)),
                APPLICANTS, text(scheme.applicantsNote()));
    }

    Document document(FundingScheme scheme, int position) {
        Document document = new Document();
        Map<String, String> texts = texts(scheme);
        texts.forEach((field, text) -> document.add(new TextField(field, text, Field.Store.NO)));
        document.add(new TextField(PLAIN, String.join(" ", texts.values()), Field.Store.NO));
        document.add(new NumericDocValuesField(POSITION, position));
        return document;
    }

    /** Every text of the schemes, for the compound dictionary. */
    List<String> allTexts(List<FundingScheme> schemes) {
        return schemes.stream().flatMap(scheme -> texts(scheme).values().stream()).toList();
    }

    private static String join(Stream<String> parts) {
        return parts.map(SchemeDocuments::text).filter(part -> !part.isBlank()).collect(Collectors.joining(" "));
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
