package no.redthread.chains.ui.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;

import no.redthread.chains.Kind;
import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.ThemeEntry;
import no.redthread.funding.FundingCatalog;
import no.redthread.funding.FundingScheme;
import no.redthread.workspace.WorkspaceService;

/**
 * An item of a step's output as the results show it: its label, and what selecting it publishes so that the other
 * views follow (a catalogue {@link ThemeEntry} filters the indicator dashboard, a {@link FundingScheme} shows in the
 * scheme detail, an object of the plan model is selected in the Explorer), or the report file it opens.
 */
final class ResultItems {

    /** One shown item. */
    record Item(String label, Object selectable, Path file) {
    }

    private final CatalogueService catalogue;
    private final FundingCatalog funding;
    private final WorkspaceService workspaces;
    private final boolean english = "en".equals(Locale.getDefault().getLanguage());

    ResultItems(CatalogueService catalogue, FundingCatalog funding, WorkspaceService workspaces) {
        this.catalogue = catalogue;
        this.funding = funding;
        this.workspaces = workspaces;
    }

    Item of(Kind kind, Object item) {
        if (item instanceof Path file) {
            return new Item(file.getFileName().toString(), null, file);
        }
        if (item instanceof EObject object) {
            return new Item(label(object), object, null);
        }
        String id = String.valueOf(item);
        if (Kind.THEMES.equals(kind)) {
            Optional<ThemeEntry> theme = catalogue.theme(id);
            return theme.map(t -> new Item(english ? t.nameEn() : t.nameNb(), t, null)).orElse(plain(id));
        }
        if (Kind.SCHEMES.equals(kind)) {
            Optional<FundingScheme> scheme = funding.scheme(id);
            return scheme.map(s -> new Item(english && s.nameEn() != null ? s.nameEn() : s.nameNb(), s, null))
                    .orElse(plain(id));
        }
        return plain(id);
    }

    private static Item plain(String id) {
        return new Item(id, null, null);
    }

    /** The object's name as the Explorer shows it (through the workspace's item providers). */
    private String label(EObject object) {
        AdapterFactory factory = workspaces.current().map(w -> (AdapterFactory) w.editingDomain().getAdapterFactory())
                .orElse(null);
        Object provider = factory == null ? null : factory.adapt(object, IItemLabelProvider.class);
        return provider instanceof IItemLabelProvider labels ? labels.getText(object) : object.eClass().getName();
    }
}
