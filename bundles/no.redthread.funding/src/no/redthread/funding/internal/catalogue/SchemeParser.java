package no.redthread.funding.internal.catalogue;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import no.redthread.core.packs.LocatedJson;
import no.redthread.core.packs.PackReasons;
import no.redthread.funding.Amount;
import no.redthread.funding.ApplicantType;
import no.redthread.funding.FundingScheme;

/**
 * Checks a scheme file against the catalogue format ({@code schemes/schema.json}) and builds its schemes: the
 * root and the scheme fields here, deadlines and amounts in {@link DeadlineParser}.
 */
final class SchemeParser {

    static final int SCHEMA_VERSION = 1;
    static final Set<String> ROOT_FIELDS = Set.of("$schema", "schemaVersion", "schemes");
    static final Set<String> SCHEME_FIELDS = Set.of("id", "nameNb", "nameEn", "owner", "applicants", "applicantsNote",
            "purpose", "dimensions", "themes", "sdgGoals", "sdgTargets", "deadline", "amount", "channel", "url",
            "source", "lastChecked");
    static final Pattern ID = Pattern.compile("[a-z0-9]+([._-][a-z0-9]+)*");
    static final Pattern DIMENSION = Pattern.compile("dim-[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern THEME = Pattern.compile("theme-[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern TARGET = Pattern.compile("([1-9]|1[0-7])\\.([1-9][0-9]?|[a-z])");
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private SchemeParser() {
    }

    /** The schemes of a checked file's tree, recording the given origin; throws with the first field at fault. */
    static List<FundingScheme> parse(LocatedJson json, String origin) throws SchemeException {
        Fields root = Fields.of(json.root(), "").allowOnly(ROOT_FIELDS);
        int version = root.integer("schemaVersion", 0, Integer.MAX_VALUE);
        if (version != SCHEMA_VERSION) {
            throw new SchemeException("schemaVersion", PackReasons.schemaVersion(version, SCHEMA_VERSION));
        }
        List<FundingScheme> schemes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Fields scheme : root.objects("schemes")) {
            FundingScheme parsed = scheme(scheme, origin);
            if (ids.contains(parsed.id())) {
                throw new SchemeException(scheme.path("id"), SchemeException.reason("repeatsInFile", parsed.id()));
            }
            ids.add(parsed.id());
            schemes.add(parsed);
        }
        return schemes;
    }

    private static FundingScheme scheme(Fields scheme, String origin) throws SchemeException {
        scheme.allowOnly(SCHEME_FIELDS);
        String id = scheme.matching("id", ID, PackReasons.form("id"));
        List<Integer> goals = scheme.ints("sdgGoals", 1, 17);
        List<String> targets = scheme.strings("sdgTargets", 0, TARGET, PackReasons.form("sdgTarget"));
        for (int i = 0; i < targets.size(); i++) {
            int goal = Integer.parseInt(targets.get(i).substring(0, targets.get(i).indexOf('.')));
            if (!goals.contains(goal)) {
                throw new SchemeException(scheme.path("sdgTargets") + "[" + i + "]",
                        SchemeException.reason("targetOutsideGoals", targets.get(i), goal));
            }
        }
        return new FundingScheme(id, scheme.norwegian("nameNb"), scheme.english("nameEn", "nameNb"), scheme.text("owner"),
                applicants(scheme), scheme.optionalLocalized("applicantsNote"), scheme.localized("purpose"),
                scheme.strings("dimensions", 0, DIMENSION, PackReasons.form("dimensionId")),
                scheme.strings("themes", 0, THEME, PackReasons.form("themeId")), goals, targets,
                DeadlineParser.deadline(scheme.object("deadline")),
                scheme.has("amount") ? DeadlineParser.amount(scheme.object("amount")) : Amount.UNKNOWN,
                scheme.optionalLocalized("channel"), url(scheme), scheme.text("source"), date(scheme, "lastChecked"), origin);
    }

    private static Set<ApplicantType> applicants(Fields scheme) throws SchemeException {
        Set<ApplicantType> types = EnumSet.noneOf(ApplicantType.class);
        List<String> codes = scheme.strings("applicants", 1, null, "");
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String at = scheme.path("applicants") + "[" + i + "]";
            types.add(ApplicantType.byCode(code).orElseThrow(() -> new SchemeException(at, SchemeException.reason("applicant", code,
                            vocabulary()))));
        }
        return types;
    }

    private static String vocabulary() {
        List<String> codes = new ArrayList<>();
        for (ApplicantType type : ApplicantType.values()) {
            codes.add("\"" + type.code() + "\"");
        }
        return String.join(", ", codes);
    }

    private static URI url(Fields scheme) throws SchemeException {
        String text = scheme.text("url");
        try {
            URI uri = new URI(text);
            String protocol = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((protocol.equals("http") || protocol.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new SchemeException(scheme.path("url"), PackReasons.notForm(text, PackReasons.form("url")));
    }

    static LocalDate date(Fields fields, String name) throws SchemeException {
        return date(fields.path(name), fields.matching(name, DATE, SchemeException.reason("form.date")));
    }

    static LocalDate date(String at, String text) throws SchemeException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new SchemeException(at, SchemeException.reason("noDay", text));
        }
    }

    static MonthDay monthDay(String at, String text) throws SchemeException {
        try {
            return MonthDay.parse("--" + text);
        } catch (DateTimeException e) {
            throw new SchemeException(at, SchemeException.reason("noDayOfYear", text));
        }
    }
}
