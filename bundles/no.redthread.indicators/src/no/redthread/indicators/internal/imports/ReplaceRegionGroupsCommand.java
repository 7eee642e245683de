package no.redthread.indicators.internal.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.util.EList;

import no.redthread.indicators.imports.KostraGroups;
import no.redthread.indicators.model.IndicatorWorkspace;
import no.redthread.indicators.model.IndicatorsFactory;
import no.redthread.indicators.model.RegionGroup;

/**
 * Replaces a workspace's KOSTRA groups (codes {@code EKG..}) by newly read ones in one undoable step. All old KOSTRA
 * groups go, not only those the file names, because a new grouping replaces the old one as a whole.
 */
public final class ReplaceRegionGroupsCommand extends AbstractCommand {

    private final IndicatorWorkspace workspace;
    private final List<RegionGroup> added = new ArrayList<>();
    private final List<RegionGroup> removed = new ArrayList<>();
    private final List<Integer> removedAt = new ArrayList<>();

    public ReplaceRegionGroupsCommand(IndicatorWorkspace workspace, KostraGroups groups) {
        super("Import KOSTRA groups", "Import KOSTRA groups from " + groups.origin());
        this.workspace = workspace;
        for (KostraGroups.Group group : groups.groups()) {
            RegionGroup created = IndicatorsFactory.eINSTANCE.createRegionGroup();
            created.setId("kostra-" + group.code().toLowerCase(Locale.ROOT));
            created.setCode(group.code());
            created.setNameNb(group.name());
            created.getMembers().addAll(group.members());
            added.add(created);
        }
    }

    @Override
    protected boolean prepare() {
        return workspace != null;
    }

    @Override
    public void execute() {
        EList<RegionGroup> groups = workspace.getRegionGroups();
        removed.clear();
        removedAt.clear();
        for (int i = 0; i < groups.size(); i++) {
            if (isKostra(groups.get(i))) {
                removed.add(groups.get(i));
                removedAt.add(i);
            }
        }
        groups.removeAll(removed);
        groups.addAll(added);
    }

    @Override
    public void undo() {
        EList<RegionGroup> groups = workspace.getRegionGroups();
        groups.removeAll(added);
        for (int i = 0; i < removed.size(); i++) {
            groups.add(Math.min(removedAt.get(i), groups.size()), removed.get(i));
        }
    }

    @Override
    public void redo() {
        execute();
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return List.of(workspace);
    }

    private static boolean isKostra(RegionGroup group) {
        return group.getCode() != null && group.getCode().toUpperCase(Locale.ROOT).startsWith("EKG");
    }
}
