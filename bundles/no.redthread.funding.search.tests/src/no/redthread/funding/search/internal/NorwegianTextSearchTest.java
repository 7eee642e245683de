package no.redthread.funding.search.internal;

import static no.redthread.funding.search.internal.Fixtures.sortedIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.redthread.funding.SearchQuery;
import no.redthread.funding.SearchResult;

/** Norwegian analysis: stems, compounds, folded letters and prefixes while typing, over real schemes. */
class NorwegianTextSearchTest {

    /** The schemes that say "tilskudd" in some form, "Investeringstilskudd" and "Tilskuddsordning" included. */
    private static final List<String> TILSKUDD = List.of("husbanken_investeringstilskudd", "husbanken_utleieboliger",
            "klimatilpasning", "natursats", "nve_kartlegging_flomfare", "svv_sykkeltilskudd");
    private static LuceneSchemeSearch search;

    @BeforeAll
    static void index() {
        search = Fixtures.search(new TestCatalog(TestSchemes.all()));
    }

    private static SearchResult find(String text) {
        return search.search(SearchQuery.text(text, TestSchemes.TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = { "tilskudd ", "tilskuddet ", "TILSKUDDENE " })
    void inflectedFormsFindEachOtherAndTheCompounds(String text) {
        assertEquals(TILSKUDD, sortedIds(find(text)), text);
    }

    @Test
    void theCompoundFindsItsPartsWithTheWholeWordFirst() {
        SearchResult result = find("tilskuddsordning ");
        assertTrue(sortedIds(result).containsAll(TILSKUDD), sortedIds(result).toString());
        assertEquals("svv_sykkeltilskudd", Fixtures.ids(result).get(0));
        // its other part: Merkur's "støtteordninger" is a kind of "ordning" too
        assertTrue(Fixtures.ids(result).contains("merkur"));
    }

    @Test
    void theAnalyzerGivesTheSharedStemForEveryForm() {
        try (Analyzer full = NorwegianAnalysis.full(CompoundParts.of(List.of("tilskudd ordningen")))) {
            for (String word : List.of("tilskudd", "tilskuddet", "tilskuddsordning")) {
                assertTrue(NorwegianAnalysis.tokens(full, word).contains("tilskudd"),
                        word + " → " + NorwegianAnalysis.tokens(full, word));
            }
            assertTrue(NorwegianAnalysis.tokens(full, "tilskuddsordning").contains("ordning"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "næringsutvikling ", "Næringsutvikling ", "naeringsutvikling ", "NAERINGSUTVIKLING " })
    void caseAndNorwegianLettersAreFolded(String text) {
        // Merkur by its theme, whose name is "Næringsutvikling"
        assertEquals(List.of("kommunalt_naeringsfond", "merkur", "prosjektskjonn", "tffk_kommunale_utviklingsprosjekter"),
                sortedIds(find(text)), text);
    }

    @Test
    void aPartOfACompoundFindsTheCompound() {
        assertEquals(List.of("klimatilpasning"), sortedIds(find("tilpasning ")));
        assertEquals(List.of("nve_kartlegging_flomfare"), sortedIds(find("flomfare ")));
        assertEquals(List.of("nve_kartlegging_flomfare"), sortedIds(find("flom ")));
    }

    @Test
    void theLastWordMatchesAsAPrefixWhileTyping() {
        assertEquals(List.of("klimatilpasning"), sortedIds(find("klimatilp")));
        assertEquals(List.of("klimatilpasning"), sortedIds(find("tilskudd til klimat")));
        assertEquals(List.of("prosjektskjonn"), sortedIds(find("skjonnsm")), "folded prefix");
        assertEquals(List.of(), sortedIds(find("skjonnsm ")), "a finished word is not a prefix");
    }

    @Test
    void everyWordMustMatchAndStopWordsAreIgnored() {
        SearchResult result = find("tilskudd til utleieboliger ");
        assertEquals("husbanken_utleieboliger", Fixtures.ids(result).get(0));
        // the other one has "tilskudd" and the part "bolig" (in "omsorgsboliger")
        assertEquals(List.of("husbanken_investeringstilskudd", "husbanken_utleieboliger"), sortedIds(result));
        assertEquals(List.of(), sortedIds(find("utleieboliger flomfare ")));
    }

    @Test
    void ownerThemeAndApplicantsNoteAreSearched() {
        assertEquals(List.of("husbanken_investeringstilskudd", "husbanken_utleieboliger"),
                sortedIds(find("husbanken ")));
        // "beredskap" is only in the catalogue's name of the theme theme-preparedness
        assertEquals(List.of("klimatilpasning", "nve_kartlegging_flomfare"), sortedIds(find("beredskap ")));
        assertEquals(List.of("merkur"), sortedIds(find("bokhandler ")));
    }

    @Test
    void blankTextFindsEverySchemeInNameOrder() {
        SearchResult all = find("  ");
        assertEquals(TestSchemes.all().size(), all.hits().size());
        assertEquals("Enova-støtte til kommuner (energi- og klimatiltak i bygg)", all.hits().get(0).scheme().nameNb());
        assertTrue(all.hits().stream().allMatch(hit -> hit.score() == 0f));
    }
}
