package no.redthread.portfolio.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import no.redthread.core.catalogue.Municipality;
import no.redthread.portfolio.Portfolio;
import no.redthread.portfolio.PortfolioException;
import no.redthread.workspace.DetachedWorkspace;
import no.redthread.workspace.DetachedWorkspaces;
import no.redthread.workspace.WorkspaceService;

/** One new workspace per municipality under a parent folder, all folders checked before the first is written. */
final class PortfolioCreator {

    private final WorkspaceService workspaces;
    private final DetachedWorkspaces detached;

    PortfolioCreator(WorkspaceService workspaces, DetachedWorkspaces detached) {
        this.workspaces = workspaces;
        this.detached = detached;
    }

    Portfolio create(String name, Path parent, List<Municipality> municipalities)
            throws PortfolioException, IOException {
        List<Path> folders = new ArrayList<>();
        for (Municipality municipality : municipalities) {
            Path folder = parent.toAbsolutePath().normalize().resolve(folderName(municipality));
            if (isNonEmpty(folder)) {
                throw new PortfolioException(PortfolioTexts.get("create.exists", folder));
            }
            folders.add(folder);
        }
        for (int i = 0; i < folders.size(); i++) {
            try (DetachedWorkspace created = detached.createDetached(folders.get(i),
                    workspaces.createSkeleton(municipalities.get(i)))) {
                // written at once by createDetached; closing releases the folder
            }
        }
        return new Portfolio(name, folders);
    }

    /** {@code <number>-<short name>}, e.g. {@code 5601-Alta} or {@code 5025-Rosse-Røros}: sortable, no blanks. */
    static String folderName(Municipality municipality) {
        String full = municipality.shortName() == null || municipality.shortName().isBlank() ? municipality.name()
                : municipality.shortName();
        String name = full.replaceAll("[\\s/\\\\:*?\"<>|-]+", "-").replaceAll("^-+|-+$", "");
        return municipality.number() + (name.isEmpty() ? "" : "-" + name);
    }

    private static boolean isNonEmpty(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Files.exists(folder);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }
}
