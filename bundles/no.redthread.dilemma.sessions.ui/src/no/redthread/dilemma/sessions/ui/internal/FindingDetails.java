package no.redthread.dilemma.sessions.ui.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

import no.redthread.dilemma.sessions.FindingCommands;
import no.redthread.dilemma.sessions.model.Finding;
import no.redthread.workspace.Workspace;

/**
 * The chosen finding's links, one tab each: the themes and SDG targets it pulls towards and away from, the plan
 * objects it concerns, the participants' dissents, and the funding schemes that can ease it. Every change one
 * command.
 */
final class FindingDetails {

    private final Edits edits;
    private final FindingSources sources;
    private final ChoiceList<String> pullingFor;
    private final ChoiceList<String> pullingAgainst;
    private final ChoiceList<EObject> concerns;
    private final DissentList dissents;
    private final ChoiceList<String> funding;
    private final Label fundingNote;
    private Finding finding;

    FindingDetails(Composite parent, Edits edits, FindingSources sources) {
        this.edits = edits;
        this.sources = sources;
        TabFolder tabs = new TabFolder(parent, SWT.TOP);
        var pulls = new ChoiceList.Naming<String>(sources::pullName, sources::pullCategory);
        Composite pullsPage = tab(tabs, "details.pulls");
        pullingFor = new ChoiceList<>(pullsPage, "details.pulling-for", "details.choose-pull", pulls,
                sources::pullIds, ids -> change(f -> FindingCommands.setPulls(edits.domain(), f, ids,
                        f.getPullingAgainst())));
        pullingAgainst = new ChoiceList<>(pullsPage, "details.pulling-against", "details.choose-pull", pulls,
                sources::pullIds, ids -> change(f -> FindingCommands.setPulls(edits.domain(), f, f.getPullingFor(),
                        ids)));
        concerns = new ChoiceList<>(tab(tabs, "details.concerns"), "details.concerns-label", "details.choose-object",
                new ChoiceList.Naming<>(FindingSources::objectName, FindingSources::objectCategory),
                () -> edits.workspace().flatMap(Workspace::planSystem).map(FindingSources::planObjects)
                        .orElse(List.of()),
                objects -> change(f -> FindingCommands.setConcerns(edits.domain(), f, objects)));
        dissents = new DissentList(tab(tabs, "details.dissents"), edits);
        Composite fundingPage = tab(tabs, "details.funding");
        funding = new ChoiceList<>(fundingPage, "details.funding-label", "details.choose-scheme",
                new ChoiceList.Naming<>(sources::schemeName, id -> Messages.get("category.scheme")),
                sources::schemeIds, ids -> change(f -> FindingCommands.setFundingSchemes(edits.domain(), f, ids)));
        fundingNote = new Label(fundingPage, SWT.WRAP);
        fundingNote.setText(Messages.get("details.funding-ids"));
        fundingNote.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    private static Composite tab(TabFolder tabs, String key) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(Messages.get(key));
        Composite page = new Composite(tabs, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        page.setLayout(layout);
        item.setControl(page);
        return page;
    }

    /** Runs the change on the shown finding; with none shown there is nothing to change. */
    private void change(Function<Finding, Command> command) {
        if (finding != null) {
            edits.run(command.apply(finding));
        }
    }

    void show(Finding shown) {
        finding = shown;
        boolean enabled = shown != null;
        pullingFor.show(enabled ? shown.getPullingFor() : List.of(), enabled);
        pullingAgainst.show(enabled ? shown.getPullingAgainst() : List.of(), enabled);
        concerns.show(enabled ? shown.getConcerns() : List.of(), enabled);
        dissents.show(shown);
        funding.show(enabled ? shown.getFundingSchemeIds() : List.of(), enabled);
        boolean noteShown = !sources.schemesKnown();
        fundingNote.setVisible(noteShown);
        ((GridData) fundingNote.getLayoutData()).exclude = !noteShown;
    }

    ChoiceList<String> pullingFor() {
        return pullingFor;
    }

    ChoiceList<String> pullingAgainst() {
        return pullingAgainst;
    }

    ChoiceList<EObject> concerns() {
        return concerns;
    }

    DissentList dissents() {
        return dissents;
    }

    ChoiceList<String> funding() {
        return funding;
    }
}
