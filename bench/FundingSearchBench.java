import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import no.redthread.core.catalogue.CatalogueService;
import no.redthread.core.catalogue.ThemeEntry;
import no.redthread.core.internal.catalogue.JsonCatalogueService;
import no.redthread.funding.Amount;
import no.redthread.funding.ApplicantType;
import no.redthread.funding.CatalogueProblem;
import no.redthread.funding.Deadline;
import no.redthread.funding.Facet;
import no.redthread.funding.FundingCatalog;
import no.redthread.funding.FundingScheme;
import no.redthread.funding.SearchQuery;
import no.redthread.funding.SearchResult;
import no.redthread.funding.search.internal.LuceneSchemeSearch;

/**
 * Benchmark (not a test): the scheme search over 10,000 schemes generated from the 53 real rows of
 * funding_schemes_no.csv (each copied with other words from the real texts, other themes, SDGs, applicants,
 * deadlines and amounts). Prints the index build time (first and median of N rebuilds), the median and p99 time
 * of text + facet queries, and the heap the index holds. Prints figures, asserts nothing.
 *
 * <p>Usage: {@code java -cp <jars> FundingSearchBench.java <csv> [schemes] [rebuilds]}; bench/funding runs it.
 */
public final class FundingSearchBench {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final String[] QUERIES = { "tilskudd", "klimatilpasning", "naeringsutvikling", "Næringsliv",
            "tilskuddsordning", "klimat", "kultur", "bolig", "folkehelse", "kommunale næringsfond", "innovasjon i komm",
            "flomfare", "naturmangfold", "energi", "samfunnssikkerhet", "frivillig", "tilskuddet til kart", "sykkel",
            "Miljødirektoratet", "kulturminne" };

    public static void main(String[] args) throws IOException {
        Path csv = Path.of(args[0]);
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int rebuilds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        CatalogueService catalogue = new JsonCatalogueService();
        List<FundingScheme> real = BenchSchemes.read(csv);
        List<FundingScheme> schemes = BenchSchemes.multiply(real, size, catalogue.themes(), new Random(42));
        System.out.printf("schemes: %d generated from %d real rows of %s%n", schemes.size(), real.size(), csv);

        long baseline = usedHeap();
        BenchCatalog catalog = new BenchCatalog(schemes);
        LuceneSchemeSearch search = new LuceneSchemeSearch(catalog, catalogue);
        long[] builds = new long[rebuilds];
        for (int run = 0; run < rebuilds; run++) {
            catalog.bump();
            long t0 = System.nanoTime();
            search.search(SearchQuery.text("", TODAY));
            builds[run] = System.nanoTime() - t0;
        }
        long retained = usedHeap() - baseline;
        System.out.printf("index build (+ first search): first %.0f ms, median %.0f ms of %d%n", builds[0] / 1e6,
                median(builds) / 1e6, rebuilds);

        Random random = new Random(7);
        List<String> themes = catalogue.themes().stream().map(ThemeEntry::id).toList();
        for (int i = 0; i < 500; i++) {
            search.search(query(random, themes, true));
        }
        report("text only", search, random, themes, false, false);
        report("text + facet filters", search, random, themes, true, false);
        report("facet filters, no text", search, random, themes, true, true);
        System.out.printf("heap held by catalogue + index: %.1f MB (used after GC %.1f MB, max %.0f MB)%n",
                retained / 1e6, usedHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        System.out.printf("machine: %d cores, load average %.2f%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void report(String label, LuceneSchemeSearch search, Random random, List<String> themes,
            boolean facets, boolean noText) {
        long[] times = new long[2000];
        long hits = 0;
        for (int i = 0; i < times.length; i++) {
            SearchQuery query = query(random, themes, facets);
            if (noText) {
                query = new SearchQuery("", query.filters(), query.sort(), TODAY);
            }
            long t0 = System.nanoTime();
            SearchResult result = search.search(query);
            times[i] = System.nanoTime() - t0;
            hits += result.hits().size();
        }
        Arrays.sort(times);
        System.out.printf("%-24s median %.2f ms, p99 %.2f ms over %d queries (mean %d hits)%n", label + ":",
                times[times.length / 2] / 1e6, times[times.length * 99 / 100] / 1e6, times.length,
                hits / times.length);
    }

    private static SearchQuery query(Random random, List<String> themes, boolean facets) {
        String text = QUERIES[random.nextInt(QUERIES.length)];
        if (!facets) {
            return new SearchQuery(text, Map.of(), SearchQuery.Sort.RELEVANCE, TODAY);
        }
        Map<Facet, Set<String>> filters = switch (random.nextInt(4)) {
            case 0 -> Map.of(Facet.DIMENSION, Set.of("dim-climate-environment"));
            case 1 -> Map.of(Facet.THEME, Set.of(themes.get(random.nextInt(themes.size() / 2)),
                    themes.get(themes.size() / 2 + random.nextInt(themes.size() / 2))), Facet.APPLICANT,
                    Set.of("kommune"));
            case 2 -> Map.of(Facet.DEADLINE_WINDOW, Set.of("90", "continuous"), Facet.AMOUNT_BAND,
                    Set.of("500k-2m", "2m-10m"));
            default -> Map.of(Facet.SDG, Set.of(String.valueOf(1 + random.nextInt(17))), Facet.DIMENSION,
                    Set.of("dim-social", "dim-economy"));
        };
        SearchQuery.Sort sort = SearchQuery.Sort.values()[random.nextInt(3)];
        return new SearchQuery(text, filters, sort, TODAY);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** A catalogue whose revision the benchmark raises to force a rebuild. */
    static final class BenchCatalog implements FundingCatalog {
        private final List<FundingScheme> schemes;
        private final AtomicLong revision = new AtomicLong();

        BenchCatalog(List<FundingScheme> schemes) {
            this.schemes = schemes;
        }

        void bump() {
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

    /** The CSV's rows as schemes, and copies of them with varied words and facets. */
    static final class BenchSchemes {

        static List<FundingScheme> read(Path csv) throws IOException {
            List<String> lines = Files.readAllLines(csv);
            List<String> header = fields(lines.get(0));
            List<FundingScheme> schemes = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                List<String> row = fields(line);
                String purpose = row.get(header.indexOf("purpose")) + " " + row.get(header.indexOf("notes"));
                schemes.add(scheme(row.get(0), row.get(header.indexOf("name")), row.get(header.indexOf("owner_agency")),
                        row.get(header.indexOf("applicants")), purpose, List.of(), List.of(),
                        Deadline.unknown(2024, ""), Amount.UNKNOWN, Set.of(ApplicantType.MUNICIPALITY)));
            }
            return schemes;
        }

        static List<FundingScheme> multiply(List<FundingScheme> real, int size, List<ThemeEntry> themes,
                Random random) {
            String[] words = real.stream().flatMap(s -> Arrays.stream((s.nameNb() + " " + s.purpose()).split("\\s+")))
                    .filter(word -> word.length() > 3).toArray(String[]::new);
            List<FundingScheme> schemes = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                FundingScheme base = real.get(i % real.size());
                StringBuilder extra = new StringBuilder();
                for (int w = 0; w < 12; w++) {
                    extra.append(' ').append(words[random.nextInt(words.length)]);
                }
                ThemeEntry theme = themes.get(random.nextInt(themes.size()));
                ThemeEntry other = themes.get(random.nextInt(themes.size()));
                schemes.add(scheme(base.id() + "-" + i, base.nameNb() + " " + words[random.nextInt(words.length)],
                        base.owner(), base.applicantsNote(), base.purpose() + extra,
                        List.of(theme.dimensionId(), other.dimensionId()).stream().distinct().toList(),
                        List.of(theme.id(), other.id()).stream().distinct().toList(), deadline(random),
                        amount(random), applicants(random)));
            }
            return schemes;
        }

        private static Deadline deadline(Random random) {
            return switch (random.nextInt(4)) {
                case 0 -> new Deadline(Deadline.Kind.ANNUAL, List.of(MonthDay.of(1 + random.nextInt(12),
                        1 + random.nextInt(28))), List.of(), 2024 + random.nextInt(3), "");
                case 1 -> new Deadline(Deadline.Kind.ROUNDS, List.of(), List.of(TODAY.plusDays(random.nextInt(400)
                        - 100)), 2026, "");
                case 2 -> new Deadline(Deadline.Kind.CONTINUOUS, List.of(), List.of(), 2026, "løpende");
                default -> Deadline.unknown(2025, "");
            };
        }

        private static Amount amount(Random random) {
            return random.nextInt(3) == 0 ? Amount.UNKNOWN
                    : new Amount(OptionalLong.of((long) Math.pow(10, 4 + random.nextDouble() * 4)), OptionalLong.empty(),
                            0, OptionalDouble.empty(), "");
        }

        private static Set<ApplicantType> applicants(Random random) {
            Set<ApplicantType> applicants = EnumSet.of(ApplicantType.MUNICIPALITY);
            applicants.add(ApplicantType.values()[random.nextInt(ApplicantType.values().length)]);
            return applicants;
        }

        private static FundingScheme scheme(String id, String name, String owner, String applicantsNote,
                String purpose, List<String> dimensions, List<String> themes, Deadline deadline, Amount amount,
                Set<ApplicantType> applicants) {
            return new FundingScheme(id, name, "", owner, applicants, applicantsNote, purpose, dimensions, themes,
                    List.of(11, 13), List.of(), deadline, amount, "", URI.create("https://example.invalid/" + id),
                    "funding_schemes_no.csv", LocalDate.of(2024, 6, 1), FundingScheme.SHIPPED);
        }

        /** One CSV line's fields (RFC 4180 quotes; the file has no line breaks inside fields). */
        private static List<String> fields(String line) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
