package no.redthread.funding.search.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import no.redthread.funding.CatalogueProblem;
import no.redthread.funding.FundingCatalog;
import no.redthread.funding.FundingScheme;

/** A catalogue whose schemes a test replaces, raising the revision as the real one does when a pack comes. */
final class TestCatalog implements FundingCatalog {

    private volatile List<FundingScheme> schemes;
    private final AtomicLong revision = new AtomicLong(1);

    TestCatalog(List<FundingScheme> schemes) {
        this.schemes = List.copyOf(schemes);
    }

    void replace(List<FundingScheme> newSchemes) {
        schemes = List.copyOf(newSchemes);
        revision.incrementAndGet();
    }

    @Override
    public List<FundingScheme> schemes() {
        return schemes;
    }

    @Override
    public Optional<FundingScheme> scheme(String id) {
        return schemes.stream().filter(scheme -> scheme.id().equals(id)).findFirst();
    }

    @Override
    public List<CatalogueProblem> problems() {
        return List.of();
    }

    @Override
    public long revision() {
        return revision.get();
    }
}
