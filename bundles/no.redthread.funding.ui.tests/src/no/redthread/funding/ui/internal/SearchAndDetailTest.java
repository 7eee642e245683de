package no.redthread.funding.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.redthread.funding.Facet;
import no.redthread.funding.FundingScheme;
import no.redthread.funding.SearchResult;

/** The search part typed into and narrowed by a facet, and the detail part following its selection. */
class SearchAndDetailTest {

    @TempDir
    Path folder;

    private FundingFixture fixture;
    private FundingSession session;
    private SearchPart search;
    private DetailPart detail;
    private final List<String> opened = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        fixture = new FundingFixture(folder);
        session = fixture.session();
        SashForm sash = new SashForm(fixture.shell, SWT.HORIZONTAL);
        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(new org.eclipse.swt.layout.FillLayout());
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new org.eclipse.swt.layout.FillLayout());
        search = new SearchPart(session, fixture.labels(), fixture.site(SearchDescriptor.ID), () -> null);
        search.createControl(left);
        detail = new DetailPart(fixture.site(DetailDescriptor.ID), session::today, fixture.labels(), name -> name,
                opened::add, () -> null);
        detail.createControl(right);
        fixture.shell.open();
        fixture.flush();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void typingSearchesAndAFacetNarrowsTheHits() {
        int all = table().getItemCount();
        assertEquals(fixture.catalog.schemes().size(), all, "an empty search shows every scheme");
        search.field().setText("klima");
        fixture.waitUntil("the search ran after typing", () -> "klima".equals(session.text()));
        fixture.flush();
        int typed = table().getItemCount();
        assertTrue(typed > 0 && typed < all, "klima finds some schemes: " + typed);
        assertTrue(rows().stream().anyMatch(name -> name.startsWith("Klimasats")), rows().toString());

        Button kommune = search.facets().box(Facet.APPLICANT, "kommune");
        assertTrue(kommune.getText().startsWith("Kommune ("), kommune.getText());
        int promised = count(kommune.getText());
        kommune.setSelection(true);
        kommune.notifyListeners(SWT.Selection, null);
        fixture.flush();
        assertEquals(promised, table().getItemCount(), "ticking gives the count the box showed");
        assertTrue(session.hits().stream().allMatch(hit -> hit.scheme().applicants().stream()
                .anyMatch(a -> a.code().equals("kommune"))));
        assertTrue(search.facets().box(Facet.APPLICANT, "kommune").getSelection(), "still ticked after the rebuild");
    }

    @Test
    void theDetailShowsTheSelectedSchemeWithSourceDateAndPack() {
        search.field().setText("klimasats");
        fixture.waitUntil("search", () -> "klimasats".equals(session.text()));
        fixture.flush();
        SearchResult.Hit hit = session.hits().get(0);
        search.results().viewer().setSelection(new StructuredSelection(hit), true);
        fixture.flush();
        FundingScheme klimasats = fixture.catalog.scheme("klimasats").orElseThrow();
        assertEquals(klimasats, detail.scheme());
        List<String> texts = texts(detail.content());
        assertTrue(texts.contains(klimasats.nameNb()), texts.toString());
        assertTrue(texts.contains(Formats.date(klimasats.lastChecked())), texts.toString());
        assertTrue(Formats.date(klimasats.lastChecked()).matches("\\d{1,2}\\. [a-zæøå]+ \\d{4}"),
                Formats.date(klimasats.lastChecked()));
        assertTrue(texts.contains("Sist kontrollert") && texts.contains("Kilde") && texts.contains("Kommer fra"));
        assertTrue(texts.contains("Redthreads egen oversikt"), "the owning pack");
        assertTrue(texts.contains("250 000 000 kr (2022)"), "yearly budget in Norwegian format: " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Fristene er de sist kjente")), "the deadline notice");
        Link link = find(detail.content(), Link.class);
        link.notifyListeners(SWT.Selection, null);
        assertEquals(List.of(klimasats.url().toString()), opened, "the address goes to the system browser");
    }

    @Test
    void amountsAndDatesReadNorwegian() {
        assertEquals("450 000 kr", Formats.amount(450_000));
        assertEquals("15. februar 2027", Formats.date(java.time.LocalDate.of(2027, 2, 15)));
        assertFalse(Formats.amount(1_000_000).contains("\u00a0"));
    }

    private org.eclipse.swt.widgets.Table table() {
        return search.results().viewer().getTable();
    }

    private List<String> rows() {
        return Arrays.stream(table().getItems()).map(item -> item.getText(0)).toList();
    }

    private static int count(String boxText) {
        return Integer.parseInt(boxText.substring(boxText.lastIndexOf('(') + 1, boxText.lastIndexOf(')')));
    }

    static List<String> texts(Composite parent) {
        List<String> texts = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label) {
                texts.add(label.getText().replace("&&", "&"));
            } else if (child instanceof Composite composite) {
                texts.addAll(texts(composite));
            }
        }
        return texts;
    }

    static <T extends Control> T find(Composite parent, Class<T> type) {
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof Composite composite) {
                T found = find(composite, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
