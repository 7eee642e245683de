package no.redthread.console.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import no.redthread.assessment.AssessmentService;
import no.redthread.assessment.model.Assessment;
import no.redthread.assessment.model.AssessmentSet;
import no.redthread.assessment.template.FormTemplate;
import no.redthread.assessment.template.FormTemplateCatalog;
import no.redthread.assessment.template.PlacedQuestion;
import no.redthread.chains.BatchListener;
import no.redthread.chains.BatchRow;
import no.redthread.chains.Chain;
import no.redthread.chains.ChainBatch;
import no.redthread.chains.ChainLibrary;
import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.ThemeEntry;
import no.redthread.indicators.model.DesiredDirection;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorSet;
import no.redthread.indicators.model.IndicatorWorkspace;
import no.redthread.indicators.model.IndicatorsFactory;
import no.redthread.indicators.model.Series;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanKind;
import no.redthread.workspace.Workspace;
import no.redthread.workspace.WorkspaceService;

/**
 * Benchmark (not a test: its name does not end in Test, so only {@code bench/chains} runs it, and it asserts
 * nothing): 40 municipality workspaces (the ten-step plan skeleton, an answered samfunnsdel assessment, 30
 * indicators with 20 years), then the five-step Bærekraftsjekk with a PDF and HTML report per municipality, through the
 * {@link ChainBatch} service as {@code redthread:chain run} does (several workspaces at once, detached). Prints total time, median per municipality and peak heap.
 */
class ChainsBench {

    private static final int MUNICIPALITIES = Integer.getInteger("bench.municipalities", 40);

    @Test
    void runTheChainOverFortyMunicipalities() throws Exception {
        Locale.setDefault(Locale.of("nb", "NO"));
        Path root = Files.createTempDirectory("chains-bench");
        CatalogueService catalogue = service(CatalogueService.class);
        List<Path> folders = new ArrayList<>();
        Random random = new Random(42);
        long generating = System.nanoTime();
        for (int i = 0; i < MUNICIPALITIES; i++) {
            String number = catalogue.municipalities().get(i * 7 % catalogue.municipalities().size()).number();
            Path folder = root.resolve("ws").resolve(number);
            generate(folder, number, catalogue.themes(), random);
            folders.add(folder);
        }
        System.out.printf(Locale.ROOT, "chains bench: generated %d workspaces in %.1f s%n", folders.size(),
                (System.nanoTime() - generating) / 1e9);

        Chain chain = service(ChainLibrary.class).chain("baerekraftsjekk").orElseThrow();
        ChainBatch batch = service(ChainBatch.class);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        Map<Path, Long> started = new ConcurrentHashMap<>();
        Map<Path, Double> took = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        List<BatchRow> rows = batch.run(chain, folders, new ChainBatch.Options(Locale.getDefault(), LocalDate.now(),
                root.resolve("reports")), new BatchListener() {
                    @Override
                    public void started(Path folder) {
                        started.put(folder, System.nanoTime());
                    }

                    @Override
                    public void finished(BatchRow row) {
                        took.put(row.folder(), (System.nanoTime() - started.get(row.folder())) / 1e9);
                    }
                });
        double total = (System.nanoTime() - start) / 1e9;
        int completed = 0;
        for (BatchRow row : rows) {
            completed += row.ok() ? 1 : 0;
            if (!row.ok()) {
                System.out.println("chains bench: " + row.folder() + " " + row.status() + " " + row.reason());
            }
        }
        double[] seconds = took.values().stream().mapToDouble(Double::doubleValue).toArray();
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        Arrays.sort(seconds);
        System.out.printf(Locale.ROOT, "chains bench: %d of %d completed, 5 steps, PDF+HTML each, %d threads; total %.2f s, "
                + "median per municipality %.0f ms (fastest %.0f ms, slowest %.0f ms), peak heap %d MB (sum of heap pools' peaks)%n",
                completed, folders.size(), Math.min(Runtime.getRuntime().availableProcessors(), folders.size()), total, seconds[seconds.length / 2] * 1000, seconds[0] * 1000,
                seconds[seconds.length - 1] * 1000, peak / (1024 * 1024));
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void generate(Path folder, String number, List<ThemeEntry> themes, Random random)
            throws Exception {
        WorkspaceService workspaces = service(WorkspaceService.class);
        Workspace workspace = workspaces.createFor(folder,
                service(CatalogueService.class).municipality(number).orElseThrow());
        assess(workspace, random);
        IndicatorSet set = IndicatorsFactory.eINSTANCE.createIndicatorSet();
        set.setId("bench-set");
        set.setNameNb("Benchmark-indikatorer");
        for (int i = 0; i < 30; i++) {
            set.getIndicators().add(indicator(i, number, themes.get(i % themes.size()).id(), random));
        }
        ((IndicatorWorkspace) workspace.moduleRoot("indicators").orElseThrow()).getSets().add(set);
        workspaces.save();
        workspaces.close();
    }

    private static void assess(Workspace workspace, Random random) throws Exception {
        Plan plan = workspace.planSystem().orElseThrow().getPlans().stream()
                .filter(p -> p.getKind() == PlanKind.SAMFUNNSDEL).findFirst().orElseThrow();
        FormTemplate template = service(FormTemplateCatalog.class).latest("redthread-samfunnsdel").orElseThrow();
        AssessmentService assessments = service(AssessmentService.class);
        Assessment assessment = assessments.create(template, plan, "Benk");
        for (PlacedQuestion question : template.questions()) {
            String option = List.of("ivaretatt", "ivaretatt", "delvis-ivaretatt", "ikke-ivaretatt")
                    .get(random.nextInt(4));
            assessments.answer(assessment, question.question().id(), option,
                    option.equals("ivaretatt") ? null : "Begrunnelse.", "Benk");
        }
        ((AssessmentSet) workspace.moduleRoot("assessment").orElseThrow()).getAssessments().add(assessment);
    }

    private static Indicator indicator(int i, String organisation, String theme, Random random) {
        Indicator indicator = IndicatorsFactory.eINSTANCE.createIndicator();
        indicator.setId("bench-" + i);
        indicator.setCode("B" + i);
        indicator.setNameNb("Indikator " + i);
        indicator.setDirection(i % 2 == 0 ? DesiredDirection.HIGHER_IS_BETTER : DesiredDirection.LOWER_IS_BETTER);
        indicator.getThemeIds().add(theme);
        Series series = IndicatorsFactory.eINSTANCE.createSeries();
        series.setOrganisation(organisation);
        String[] periods = new String[20];
        double[] values = new double[20];
        double value = 50 + random.nextDouble() * 50;
        for (int year = 0; year < 20; year++) {
            periods[year] = String.valueOf(2005 + year);
            value += random.nextGaussian() * 2;
            values[year] = value;
        }
        series.setPeriods(periods);
        series.setValues(values);
        indicator.getSeries().add(series);
        return indicator;
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(ChainsBench.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        return tracker.waitForService(10_000);
    }
}
