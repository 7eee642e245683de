package no.redthread.indicators.internal.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import no.redthread.indicators.RegionCodes;
import no.redthread.indicators.imports.ImportException;
import no.redthread.indicators.imports.KostraGroups;
import no.redthread.indicators.imports.KostraGroups.Layout;
import no.redthread.indicators.internal.Texts;

/**
 * Reads KOSTRA group memberships from a KLASS CSV export (code list or correspondence; see KostraGroupReader).
 * Everything is checked before anything is returned, so a bad row means no groups at all.
 */
public final class KlassGroupParser {

    private static final Pattern GROUP = Pattern.compile("(?:EKG)?(\\d{1,2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{3,4}");
    /** KLASS 131 lists "Uoppgitt" (unknown) as a municipality; it is in no group. */
    private static final String UNKNOWN_MUNICIPALITY = "9999";

    /** Where a municipality was put, to report a second, different group and to prefer the later validity. */
    private record Member(String group, int row, String validFrom) {
    }

    private final String origin;
    private final RegionCodes known;
    private final List<String> header;
    private final List<String> headings;
    private final Map<String, String> names = new TreeMap<>();
    private final Map<String, Member> members = new HashMap<>();

    private KlassGroupParser(String origin, RegionCodes known, List<String> header) {
        this.origin = origin;
        this.known = known;
        this.headings = header.stream().map(String::strip).toList();
        this.header = headings.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }

    public static KostraGroups parse(byte[] bytes, String origin, RegionCodes known) throws ImportException {
        String text = TextDecoding.decode(bytes).text();
        List<CsvRecords.Record> records = CsvRecords.split(text, CsvParser.detectSeparator(text), origin,
                Integer.MAX_VALUE).stream().filter(r -> !r.isBlank()).toList();
        if (records.isEmpty()) {
            throw new ImportException(origin, "", Texts.get("klass.empty"));
        }
        CsvRecords.Record first = records.get(0);
        KlassGroupParser parser = new KlassGroupParser(origin, known, first.cells());
        Layout layout = parser.layout(first.line());
        for (CsvRecords.Record row : records.subList(1, records.size())) {
            if (row.cells().size() > parser.header.size()) {
                throw new ImportException(origin, Texts.get("import.position.row", String.valueOf(row.line())),
                        Texts.get("csv.rowLength", String.valueOf(row.cells().size()), String.valueOf(first.line()),
                                String.valueOf(parser.header.size())));
            }
            if (layout == Layout.CORRESPONDENCE) {
                parser.correspondence(row);
            } else {
                parser.codeListRow(row);
            }
        }
        return parser.build(layout);
    }

    private Layout layout(int line) throws ImportException {
        if (header.contains("sourcecode") && header.contains("targetcode")) {
            return Layout.CORRESPONDENCE;
        }
        if (header.contains("code") && header.contains("parentcode") && header.contains("level")) {
            return Layout.CODE_LIST;
        }
        throw new ImportException(origin, Texts.get("import.position.row", String.valueOf(line)),
                Texts.get("klass.notHeader"));
    }

    private void correspondence(CsvRecords.Record row) throws ImportException {
        String source = cell(row, "sourcecode");
        String target = cell(row, "targetcode");
        boolean sourceIsMunicipality = MUNICIPALITY.matcher(source).matches() && GROUP.matcher(target).matches();
        boolean targetIsMunicipality = MUNICIPALITY.matcher(target).matches() && GROUP.matcher(source).matches();
        if (!sourceIsMunicipality && !targetIsMunicipality) {
            throw new ImportException(origin, Texts.get("import.position.row", String.valueOf(row.line())),
                    Texts.get("klass.notPair", source, target));
        }
        String side = sourceIsMunicipality ? "target" : "source";
        String group = group(sourceIsMunicipality ? target : source);
        names.putIfAbsent(group, blankToNull(cell(row, side + "name")));
        add(sourceIsMunicipality ? source : target, sourceIsMunicipality ? "sourcecode" : "targetcode", group, row);
    }

    private void codeListRow(CsvRecords.Record row) throws ImportException {
        String level = cell(row, "level");
        String code = cell(row, "code");
        if (level.equals("1")) {
            names.putIfAbsent(checkedGroup(code, row, "code"), blankToNull(cell(row, "name")));
        } else if (level.equals("2")) {
            if (!MUNICIPALITY.matcher(code).matches()) {
                throw fault(row, "code", Texts.get("klass.notMunicipality", code));
            }
            add(code, "code", checkedGroup(cell(row, "parentcode"), row, "parentcode"), row);
        } else {
            throw fault(row, "level", Texts.get("klass.badLevel", level));
        }
    }

    private void add(String code, String column, String group, CsvRecords.Record row) throws ImportException {
        String municipality = code.length() == 3 ? "0" + code : code;
        if (municipality.equals(UNKNOWN_MUNICIPALITY)) {
            return;
        }
        if (known != null && (!known.isKnown(municipality)
                || RegionCodes.kindOf(municipality) != RegionCodes.Kind.MUNICIPALITY)) {
            throw fault(row, column, Texts.get("klass.notToday", municipality));
        }
        Member member = new Member(group, row.line(), cell(row, "validfrom"));
        Member before = members.get(municipality);
        if (before == null) {
            members.put(municipality, member);
        } else if (!before.validFrom().equals(member.validFrom())) {
            // a ranged export lists a municipality once per validity period: the latest period counts
            if (member.validFrom().compareTo(before.validFrom()) > 0) {
                members.put(municipality, member);
            }
        } else if (!before.group().equals(group)) {
            throw fault(row, column, Texts.get("klass.twoGroups", municipality, group, before.group(),
                    String.valueOf(before.row())));
        }
    }

    private KostraGroups build(Layout layout) throws ImportException {
        if (members.isEmpty()) {
            throw new ImportException(origin, "", Texts.get(layout == Layout.CODE_LIST ? "klass.onlyGroups"
                    : "klass.noMembers"));
        }
        Map<String, List<String>> byGroup = new TreeMap<>();
        members.forEach((municipality, member) -> byGroup.computeIfAbsent(member.group(), g -> new ArrayList<>())
                .add(municipality));
        List<KostraGroups.Group> groups = new ArrayList<>();
        byGroup.forEach((code, list) -> groups.add(new KostraGroups.Group(code, names.get(code),
                list.stream().sorted().toList())));
        return new KostraGroups(origin, layout, groups);
    }

    private String checkedGroup(String code, CsvRecords.Record row, String column) throws ImportException {
        if (!GROUP.matcher(code).matches()) {
            throw fault(row, column, Texts.get("klass.notGroup", code));
        }
        return group(code);
    }

    /** The group code in Redthread's form; the caller has matched it against GROUP. */
    private static String group(String code) {
        var matcher = GROUP.matcher(code);
        matcher.matches();
        return String.format(Locale.ROOT, "EKG%02d", Integer.parseInt(matcher.group(1)));
    }

    /** The stripped cell of a named column; empty when the column is absent or the row ends before it. */
    private String cell(CsvRecords.Record row, String column) {
        int index = header.indexOf(column);
        return index < 0 || index >= row.cells().size() ? "" : row.cells().get(index).strip();
    }

    private ImportException fault(CsvRecords.Record row, String column, String problem) {
        int index = header.indexOf(column);
        return new ImportException(origin, Texts.get("import.position.column", String.valueOf(row.line()),
                String.valueOf(index + 1), headings.get(index)), problem);
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
