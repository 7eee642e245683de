package no.redthread.portfolio.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import no.redthread.assessment.AssessmentService;
import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.Municipality;
import no.redthread.portfolio.KeyFigures;
import no.redthread.portfolio.Portfolio;
import no.redthread.portfolio.PortfolioException;
import no.redthread.portfolio.PortfolioService;
import no.redthread.validation.RedThreadValidator;
import no.redthread.workbench.settings.SettingsStore;
import no.redthread.workspace.DetachedWorkspaces;
import no.redthread.workspace.WorkspaceService;

/** The portfolio service; changes to the stored list are serialised, key figures are read in parallel. */
@Component(service = PortfolioService.class)
public final class PortfolioServiceImpl implements PortfolioService {

    private final PortfolioStore store;
    private final CatalogueService catalogue;
    private final KeyFigureReader figures;
    private final PortfolioCreator creator;

    @Activate
    public PortfolioServiceImpl(@Reference SettingsStore settings, @Reference WorkspaceService workspaces,
            @Reference DetachedWorkspaces detached, @Reference CatalogueService catalogue, @Reference AssessmentService assessments,
            @Reference RedThreadValidator validator) {
        this.store = new PortfolioStore(settings);
        this.catalogue = catalogue;
        this.figures = new KeyFigureReader(detached, assessments, validator);
        this.creator = new PortfolioCreator(workspaces, detached);
    }

    @Override
    public synchronized List<Portfolio> portfolios() {
        return store.load();
    }

    @Override
    public Optional<Portfolio> portfolio(String name) {
        return portfolios().stream().filter(portfolio -> portfolio.name().equals(name)).findFirst();
    }

    @Override
    public synchronized void save(Portfolio portfolio) throws IOException {
        List<Portfolio> all = new ArrayList<>(store.load());
        all.removeIf(other -> other.name().equals(portfolio.name()));
        all.add(portfolio);
        store.save(all);
    }

    @Override
    public synchronized void remove(String name) throws IOException {
        List<Portfolio> all = new ArrayList<>(store.load());
        if (all.removeIf(other -> other.name().equals(name))) {
            store.save(all);
        }
    }

    @Override
    public KeyFigures keyFigures(Path folder, LocalDate today) {
        return figures.read(folder.toAbsolutePath().normalize(), today);
    }

    @Override
    public List<Municipality> municipalities(String numbers) throws PortfolioException {
        return MunicipalityNumbers.resolve(catalogue, numbers);
    }

    @Override
    public synchronized Portfolio create(String name, Path parent, String numbers)
            throws PortfolioException, IOException {
        List<Municipality> municipalities = municipalities(numbers);
        if (portfolio(name).isPresent()) {
            throw new PortfolioException(PortfolioTexts.get("create.nameTaken", name));
        }
        Portfolio portfolio = creator.create(name, parent, municipalities);
        save(portfolio);
        return portfolio;
    }
}
