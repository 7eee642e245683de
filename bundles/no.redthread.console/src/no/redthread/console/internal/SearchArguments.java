package no.redthread.console.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import no.redthread.funding.Facet;
import no.redthread.funding.SearchQuery;

/**
 * The arguments of {@code redthread:funding search [--dimension D] [--theme T] [--sdg N] [--applicant A]
 * [--within DAYS] [text...]}. Options may repeat (values of one option are OR-ed); an applicant type with spaces
 * is quoted, e.g. {@code --applicant "interkommunalt samarbeid"}.
 *
 * @param within keep only schemes with a deadline within so many days, or open for applications any time
 */
record SearchArguments(SearchQuery query, OptionalInt within) {

    /** @throws IllegalArgumentException with the usage when the arguments are not those of the command */
    static SearchArguments parse(List<?> arguments, LocalDate today) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        List<String> words = new ArrayList<>();
        OptionalInt within = OptionalInt.empty();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = String.valueOf(arguments.get(i));
            switch (argument) {
                case "--dimension" -> add(filters, Facet.DIMENSION, value(arguments, ++i));
                case "--theme" -> add(filters, Facet.THEME, value(arguments, ++i));
                case "--sdg" -> add(filters, Facet.SDG, value(arguments, ++i));
                case "--applicant" -> add(filters, Facet.APPLICANT, value(arguments, ++i));
                case "--within" -> within = OptionalInt.of(days(value(arguments, ++i)));
                default -> {
                    if (argument.startsWith("--")) {
                        throw usage();
                    }
                    words.add(argument);
                }
            }
        }
        return new SearchArguments(new SearchQuery(String.join(" ", words), filters, SearchQuery.Sort.RELEVANCE, today),
                within);
    }

    private static void add(Map<Facet, Set<String>> filters, Facet facet, String value) {
        filters.computeIfAbsent(facet, f -> new LinkedHashSet<>()).add(value);
    }

    private static int days(String text) {
        try {
            int days = Integer.parseInt(text);
            if (days >= 0) {
                return days;
            }
        } catch (NumberFormatException e) {
            // the usage says it
        }
        throw usage();
    }

    private static String value(List<?> arguments, int at) {
        if (at >= arguments.size()) {
            throw usage();
        }
        return String.valueOf(arguments.get(at));
    }

    static IllegalArgumentException usage() {
        return new IllegalArgumentException(ConsoleTexts.get("funding.usage"));
    }
}
