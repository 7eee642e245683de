package no.redthread.indicators.imports;

import java.util.List;

import org.eclipse.emf.common.command.Command;

import no.redthread.indicators.internal.imports.ReplaceRegionGroupsCommand;
import no.redthread.indicators.model.IndicatorWorkspace;

/**
 * KOSTRA group memberships read from a file (see {@link KostraGroupReader}): checked and complete, not yet in the
 * model. {@link #command(IndicatorWorkspace)} puts them into a workspace in one undoable step.
 *
 * @param origin the file name the groups came from
 * @param layout the KLASS layout the file had
 * @param groups the groups by code (EKG01, EKG02, …), each with its members in number order
 * @since 1.1
 */
public record KostraGroups(String origin, Layout layout, List<Group> groups) {

    /** The KLASS export layouts the reader understands. */
    public enum Layout {
        /** A code list: groups at level 1, municipalities at level 2 with the group as parentCode. */
        CODE_LIST,
        /** A correspondence table between municipalities (KLASS 131) and KOSTRA groups (KLASS 112). */
        CORRESPONDENCE
    }

    /**
     * One KOSTRA group.
     *
     * @param code the code in Redthread's form, {@code EKG01} to {@code EKG17}
     * @param name the group's name as the file gives it, or null
     * @param members the four-digit numbers of its municipalities
     */
    public record Group(String code, String name, List<String> members) {

        public Group {
            members = List.copyOf(members);
        }
    }

    public KostraGroups {
        groups = List.copyOf(groups);
    }

    /** The number of municipalities in all groups. */
    public int memberCount() {
        return groups.stream().mapToInt(g -> g.members().size()).sum();
    }

    /**
     * The command that replaces the workspace's KOSTRA groups (every region group with a code {@code EKG..}) by these;
     * other region groups stay. Execute it on the workspace's command stack; undo puts the old groups back.
     */
    public Command command(IndicatorWorkspace workspace) {
        return new ReplaceRegionGroupsCommand(workspace, this);
    }
}
