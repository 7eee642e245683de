package no.redthread.funding.ui.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import no.redthread.funding.SchemeMatch;
import no.redthread.funding.SearchResult;
import no.redthread.workbench.ui.TableColumns;

/** The hits: name, owner, next deadline, most per application and, in a match, why the scheme fits. */
final class ResultTable {

    private final TableViewer viewer;
    private Map<String, SchemeMatch> matches = Map.of();

    ResultTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(viewer, Messages.get("result.name"), 300, SearchResult.Hit.class, hit -> hit.scheme().nameNb());
        TableColumns.add(viewer, Messages.get("result.owner"), 170, SearchResult.Hit.class, hit -> hit.scheme().owner());
        TableColumns.add(viewer, Messages.get("result.deadline"), 170, SearchResult.Hit.class,
                hit -> Formats.nextDeadline(hit.scheme().deadline(), hit.nextDeadline()));
        TableColumns.add(viewer, Messages.get("result.amount"), 130, SearchResult.Hit.class,
                hit -> Formats.amount(hit.scheme().amount().maxPerApplication()));
        TableColumns.add(viewer, Messages.get("result.why"), 320, SearchResult.Hit.class, this::why);
    }

    TableViewer viewer() {
        return viewer;
    }

    void show(List<SearchResult.Hit> hits, Map<String, SchemeMatch> matchesById) {
        matches = matchesById;
        viewer.setInput(hits);
    }

    private String why(SearchResult.Hit hit) {
        SchemeMatch match = matches.get(hit.scheme().id());
        return match == null ? "" : match.explanation();
    }
}
