package no.redthread.plugins.internal;

import java.util.List;

/** The repositories' addresses, as the user's settings ({@code plugin-repositories}) and conf/ hold them. */
public record RepositoryList(List<String> repositories) {

    static final RepositoryList NONE = new RepositoryList(List.of());

    public RepositoryList {
        repositories = repositories == null ? List.of() : List.copyOf(repositories);
    }
}
