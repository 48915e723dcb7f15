package vn.hatinh.consolidator.quality;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.hatinh.consolidator.reference.TextFold;

/**
 * Writes a drop folder no test has seen, with its truth, from a seed: units' workbooks combining at random every
 * variation submissions.md names (layouts, header spellings and qualifiers, date, count and money forms, spellings of
 * countries and partners, the same event reported by several units with small differences, look-alike events,
 * resubmissions, byte-identical copies, invalid rows, broken and ignored files). The truth has the shape of
 * ../shared/dev-data/{@literal *}/truth.json: files with their status, rows with their event or why they are invalid.
 * The same seed writes the same folder.
 */
public final class DropFolderGenerator {

    public record TruthFile(String path, String unit, String status, String reason) {
    }

    public record TruthRow(String file, String sheet, int row, String type, String event, String status,
                           String invalid) {
    }

    public record Truth(long seed, List<TruthFile> files, List<TruthRow> rows, int events) {
    }

    enum Type { OUTBOUND, INBOUND, SEMINAR, AGREEMENT, AID, CONSULAR }

    /** One real event; reporters write it each in their own way. */
    static final class Event {
        final String id;
        final Type type;
        LocalDate start;
        LocalDate end;
        Partner partner;
        String title;
        String decision;
        int count;
        int total;
        String leader;
        String purpose;
        String host;
        long committed;
        long disbursed;
        String level;
        YearMonth month;
        final List<String> reporters = new ArrayList<>();

        Event(String id, Type type) {
            this.id = id;
            this.type = type;
        }
    }

    record Partner(String canonical, String country, List<String> spellings) {
    }

    record Unit(String code, String name) {
    }

    /** One row a unit writes: the event (null for an invalid row), the values as written, and why it is invalid. */
    record Line(Event event, Map<String, Object> values, String invalid) {
    }

    private static final LocalDate FROM = LocalDate.of(2023, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 6, 30);
    private static final FileTime WRITTEN = FileTime.from(Instant.parse("2024-07-10T03:00:00Z"));
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final String[][] COMMUNES = {{"Kỳ Tây", "Kỳ Anh"}, {"Kỳ Phong", "Kỳ Anh"}, {"Cẩm Mỹ", "Cẩm Xuyên"},
            {"Cẩm Quan", "Cẩm Xuyên"}, {"Lộc Yên", "Hương Khê"}, {"Hương Trạch", "Hương Khê"}, {"Nam Điền", "Thạch Hà"},
            {"Thạch Ngọc", "Thạch Hà"}, {"Sơn Kim 1", "Hương Sơn"}, {"Sơn Kim 2", "Hương Sơn"}, {"Xuân Hội", "Nghi Xuân"},
            {"Xuân Liên", "Nghi Xuân"}, {"Đức Lạng", "Đức Thọ"}, {"Hương Minh", "Vũ Quang"}, {"Thạch Kim", "Lộc Hà"},
            {"Phú Lộc", "Can Lộc"}, {"Thuần Thiện", "Can Lộc"}};
    private static final String[] FIELDS = {"Y tế", "Giáo dục", "Nước sạch", "An sinh xã hội", "Nông nghiệp",
            "Môi trường"};
    private static final String[] LEADERS = {"Phó Chủ tịch UBND tỉnh", "Giám đốc Sở", "Phó Giám đốc Sở",
            "Chủ tịch UBND huyện", "Bí thư Huyện ủy", "Tỉnh trưởng", "Phó Tỉnh trưởng", "Đại sứ", "Hiệu trưởng"};
    private static final String[] PURPOSES = {"Làm việc, trao đổi hợp tác", "Xúc tiến đầu tư", "Khảo sát dự án",
            "Chào xã giao", "Thăm và chúc Tết", "Học tập kinh nghiệm"};

    private final Random random;
    private final long seed;
    private final Path inbox;
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, List<String>> countryNames = new LinkedHashMap<>();
    private final List<Partner> places = new ArrayList<>();
    private final List<Partner> bodies = new ArrayList<>();
    private final List<Partner> donors = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<TruthFile> files = new ArrayList<>();
    private final List<TruthRow> rows = new ArrayList<>();
    private int decisionNumber;

    private DropFolderGenerator(long seed, Path folder, Path reference) throws IOException {
        this.seed = seed;
        this.random = new Random(seed);
        this.inbox = folder.resolve("inbox");
        this.decisionNumber = 100 + random.nextInt(2000);
        loadReference(reference);
    }

    /** Writes folder/inbox and folder/truth.json from the seed, with the operator's reference lists of reference/. */
    public static Truth generate(long seed, Path folder, Path reference) throws IOException {
        DropFolderGenerator g = new DropFolderGenerator(seed, folder, reference);
        g.inventEvents();
        g.writeFiles();
        Truth truth = new Truth(seed, g.files, g.rows, g.events.size());
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode root = json.createObjectNode();
        root.put("scenario", "generated");
        root.put("seed", seed);
        ArrayNode files = root.putArray("files");
        for (TruthFile f : truth.files()) {
            ObjectNode n = files.addObject().put("path", f.path()).put("unit", f.unit()).put("status", f.status());
            if (f.reason() != null) {
                n.put("reason", f.reason());
            }
        }
        ArrayNode rows = root.putArray("rows");
        for (TruthRow r : truth.rows()) {
            ObjectNode n = rows.addObject().put("file", r.file()).put("sheet", r.sheet()).put("row", r.row())
                    .put("type", r.type());
            if (r.event() == null) {
                n.putNull("event");
            } else {
                n.put("event", r.event());
            }
            n.put("status", r.status());
            if (r.invalid() != null) {
                n.put("invalid", r.invalid());
            }
        }
        ArrayNode events = root.putArray("events");
        for (Event e : g.events) {
            ObjectNode n = events.addObject().put("id", e.id).put("type", e.type.name().toLowerCase(Locale.ROOT))
                    .put("start", e.start.toString());
            if (e.end != null) {
                n.put("end", e.end.toString());
            }
            if (e.partner != null) {
                n.put("partner", e.partner.canonical());
                n.put("country", e.partner.country());
            }
            if (e.title != null) {
                n.put("title", e.title);
            }
            if (e.decision != null) {
                n.put("decision", e.decision);
            }
            n.put("count", e.count);
            n.putArray("reporters").addAll(e.reporters.stream().map(r -> (tools.jackson.databind.JsonNode)
                    json.getNodeFactory().textNode(r)).toList());
        }
        Files.writeString(folder.resolve("truth.json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return truth;
    }

    // ---------------------------------------------------------------- reference lists

    private void loadReference(Path reference) throws IOException {
        for (CSVRecord r : csv(reference.resolve("units.csv"))) {
            units.put(r.get("code"), new Unit(r.get("code"), r.get("name")));
        }
        for (CSVRecord r : csv(reference.resolve("countries.csv"))) {
            countryNames.put(r.get("code"), List.of(r.get("names").split("\\|")));
        }
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (CSVRecord r : csv(reference.resolve("partners.csv"))) {
            List<String> names = new ArrayList<>();
            names.add(r.get("canonical"));
            names.addAll(Arrays.asList(r.get("spellings").split("\\|")));
            aliases.put(r.get("canonical"), names);
        }
        String[][] placeCountries = {{"Bolikhamxay", "LA"}, {"Khammouane", "LA"}, {"Vientiane Capital", "LA"},
                {"Savannakhet", "LA"}, {"Xiengkhouang", "LA"}, {"Champasak", "LA"}, {"Luang Prabang", "LA"},
                {"Houaphanh", "LA"}, {"Nakhon Phanom", "TH"}, {"Sakon Nakhon", "TH"}, {"Udon Thani", "TH"},
                {"Mukdahan", "TH"}, {"Gyeonggi", "KR"}, {"Gunma", "JP"}, {"Tula", "RU"}};
        for (String[] pc : placeCountries) {
            if (aliases.containsKey(pc[0])) {
                places.add(new Partner(pc[0], pc[1], aliases.get(pc[0])));
            }
        }
        String[][] bodyCountries = {{"KOICA", "KR"}, {"JICA", "JP"}, {"Souphanouvong University", "LA"},
                {"Khon Kaen University", "TH"}, {"Nagoya University", "JP"}, {"GIZ", "DE"}};
        for (String[] bc : bodyCountries) {
            if (aliases.containsKey(bc[0])) {
                bodies.add(new Partner(bc[0], bc[1], aliases.get(bc[0])));
            }
        }
        for (String country : List.of("JP", "KR", "FR", "DE", "US", "AU", "GB", "SG")) {
            bodies.add(embassy(country));
        }
        for (String d : List.of("World Vision", "Plan International", "Save the Children", "East Meets West", "KOICA",
                "JICA", "USAID")) {
            if (aliases.containsKey(d)) {
                donors.add(new Partner(d, null, aliases.get(d)));
            }
        }
    }

    private Partner embassy(String country) {
        List<String> names = countryNames.get(country);
        String vietnamese = names.get(0);
        // the first English name written as words ("United States of America", not "U.S.")
        String english = names.stream().filter(n -> n.matches("[A-Z][a-z]+( [A-Za-z]+)*")).findFirst()
                .orElse(vietnamese);
        return new Partner("Embassy of " + english, country, List.of("Đại sứ quán " + vietnamese, "ĐSQ " + vietnamese,
                "Embassy of " + english, "Đại sứ quán nước " + vietnamese));
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').setTrim(true)
                    .get().parse(reader).getRecords();
        }
    }

    // ---------------------------------------------------------------- events

    private List<String> reportingUnits;

    private void inventEvents() {
        List<String> others = new ArrayList<>(units.keySet());
        others.remove("SNGV");
        java.util.Collections.shuffle(others, random);
        reportingUnits = new ArrayList<>(others.subList(0, 7));
        int n = 70 + random.nextInt(30);
        for (int i = 0; i < n; i++) {
            int pick = random.nextInt(100);
            Type type = pick < 25 ? Type.OUTBOUND : pick < 55 ? Type.INBOUND : pick < 72 ? Type.SEMINAR
                    : pick < 84 ? Type.AGREEMENT : Type.AID;
            lookAlikes(invent(type, randomDate(), null));
        }
        // the annual seminar: one per year, same title but for the year, same organiser
        Partner koica = bodies.get(0);
        for (int year : new int[] {2023, 2024}) {
            Event s = invent(Type.SEMINAR, LocalDate.of(year, 3, 14 + random.nextInt(5)), koica);
            s.title = "Hội thảo hợp tác phát triển năm " + year;
        }
        // two events no reader could tell apart test nothing: of such a pair only the first is kept
        List<Event> kept = new ArrayList<>();
        for (Event e : events) {
            if (kept.stream().noneMatch(k -> indistinguishable(k, e))) {
                kept.add(e);
            }
        }
        events.retainAll(kept);
        for (YearMonth m = YearMonth.from(FROM); !m.isAfter(YearMonth.from(TO)); m = m.plusMonths(1)) {
            Event c = new Event(id(Type.CONSULAR), Type.CONSULAR);
            c.month = m;
            c.start = m.atDay(1);
            c.count = random.nextInt(4);
            c.total = random.nextInt(30);
            c.reporters.add("SNGV");
            events.add(c);
        }
    }

    /** Another event of the type with the same partner within two weeks and nothing else that reliably differs. */
    private static boolean indistinguishable(Event o, Event e) {
        if (o.type != e.type) {
            return false;
        }
        if (e.type == Type.AID) {
            return o.title.equals(e.title);
        }
        return o.partner.equals(e.partner) && Math.abs(ChronoUnit.DAYS.between(o.start, e.start)) <= 14;
    }

    private LocalDate randomDate() {
        return FROM.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(FROM, TO) - 10) + 3);
    }

    private Event invent(Type type, LocalDate start, Partner partner) {
        Event e = new Event(id(type), type);
        e.start = start;
        e.end = switch (type) {
            case OUTBOUND, INBOUND -> start.plusDays(random.nextInt(6));
            case SEMINAR -> start.plusDays(random.nextInt(3));
            default -> null;
        };
        e.count = 2 + random.nextInt(20);
        e.total = e.count + 10 + random.nextInt(100);
        e.leader = pick(LEADERS);
        e.purpose = pick(PURPOSES);
        e.host = pick(units.values().stream().map(Unit::name).toList());
        switch (type) {
            case OUTBOUND -> {
                e.partner = partner != null ? partner : random.nextInt(4) == 0 ? pick(bodies) : pick(places);
                e.decision = (decisionNumber += 1 + random.nextInt(40)) + "/QĐ-UBND";
            }
            case INBOUND -> e.partner = partner != null ? partner : random.nextInt(3) == 0 ? pick(bodies) : pick(places);
            case SEMINAR -> {
                e.partner = partner != null ? partner : pick(bodies);
                e.title = pick(List.of("Hội thảo giới thiệu cơ hội hợp tác với ", "Hội nghị xúc tiến đầu tư cùng ",
                        "Hội thảo tổng kết dự án với ")) + e.partner.spellings().get(0);
            }
            case AGREEMENT -> {
                e.partner = partner != null ? partner : random.nextBoolean() ? pick(places) : pick(bodies);
                e.title = "Thỏa thuận hợp tác giữa tỉnh Hà Tĩnh và " + e.partner.spellings().get(0);
                e.level = pick(List.of("Tỉnh", "Huyện", "Xã"));
            }
            case AID -> {
                e.partner = partner != null ? partner : pick(donors);
                String[] place = pick(Arrays.asList(COMMUNES));
                String field = pick(FIELDS);
                e.purpose = field;
                e.title = "Dự án " + field.toLowerCase(Locale.ROOT) + " tại xã " + place[0] + ", huyện " + place[1]
                        + " giai đoạn " + start.getYear() + "-" + (start.getYear() + 2);
                e.committed = 1000L * (10 + random.nextInt(400));
                e.disbursed = e.committed * (3 + random.nextInt(7)) / 10;
            }
            default -> {
            }
        }
        String first = pick(reportingUnits);
        e.reporters.add(first);
        if (type != Type.AID || random.nextBoolean()) {
            if (random.nextInt(100) < 55) {
                e.reporters.add("SNGV");
            }
        }
        if (random.nextInt(100) < 15) {
            String third = pick(reportingUnits);
            if (!e.reporters.contains(third)) {
                e.reporters.add(third);
            }
        }
        events.add(e);
        return e;
    }

    /** Events that look like e but are others: the same day elsewhere, the same partner weeks later, a sibling title. */
    private void lookAlikes(Event e) {
        if (random.nextInt(100) >= 25) {
            return;
        }
        switch (e.type) {
            case INBOUND, OUTBOUND -> {
                if (random.nextBoolean() && e.partner.country() != null) {
                    // another province of the same country on the same days
                    List<Partner> same = places.stream().filter(p -> e.partner.country().equals(p.country())
                            && !p.equals(e.partner)).toList();
                    if (!same.isEmpty()) {
                        Event twin = invent(e.type, e.start, pick(same));
                        twin.end = e.end;
                        twin.reporters.clear();
                        twin.reporters.addAll(e.reporters);
                    }
                } else {
                    invent(e.type, e.start.plusWeeks(3 + random.nextInt(4)), e.partner);
                }
            }
            case AID -> {
                // the same template and donor, another commune, a few weeks apart
                Event twin = invent(Type.AID, e.start.plusDays(random.nextInt(30)), e.partner);
                twin.purpose = e.purpose;
                String[] place;
                do {
                    place = pick(Arrays.asList(COMMUNES));
                } while (e.title.contains("xã " + place[0] + ","));
                twin.title = e.title.replaceFirst("tại xã .*, huyện [^g]*giai", "tại xã " + place[0] + ", huyện "
                        + place[1] + " giai");
            }
            case AGREEMENT, SEMINAR -> {
                // another partner, of another country as often as not, four days later
                Partner other = random.nextBoolean() ? pick(places) : pick(bodies);
                if (!other.equals(e.partner)) {
                    invent(e.type, e.start.plusDays(4), other);
                }
            }
            default -> {
            }
        }
    }

    private final Map<Type, Integer> counters = new java.util.EnumMap<>(Type.class);

    private String id(Type type) {
        int n = counters.merge(type, 1, Integer::sum);
        return "OISAVC".charAt(type.ordinal()) + String.format("%04d", n);
    }

    // ---------------------------------------------------------------- files

    /** A unit's report for one period: the events it reports dated in the period. */
    private record Report(String unit, LocalDate from, LocalDate to, String label) {
    }

    private void writeFiles() throws IOException {
        Map<String, List<Report>> byUnit = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(reportingUnits);
        all.add(0, "SNGV");
        for (String unit : all) {
            boolean quarterly = unit.equals("SNGV") || random.nextBoolean();
            List<Report> reports = new ArrayList<>();
            for (LocalDate from = FROM; from.isBefore(TO); from = from.plusMonths(quarterly ? 3 : 6)) {
                LocalDate to = from.plusMonths(quarterly ? 3 : 6).minusDays(1);
                reports.add(new Report(unit, from, to, label(from, to, quarterly)));
            }
            byUnit.put(unit, reports);
        }
        List<Path> written = new ArrayList<>();
        int resubmissions = 0;
        for (List<Report> reports : byUnit.values()) {
            for (Report report : reports) {
                List<Event> reported = new ArrayList<>();
                for (Event e : events) {
                    if (e.reporters.contains(report.unit()) && !e.start.isBefore(report.from())
                            && !e.start.isAfter(report.to())) {
                        reported.add(e);
                    }
                }
                if (reported.isEmpty()) {
                    continue;
                }
                boolean resubmit = resubmissions < 2 && reported.size() >= 3 && random.nextInt(8) == 0;
                String folder = folderOf(report.unit());
                String name = fileName(report);
                if (resubmit) {
                    resubmissions++;
                    // the first version: one event missing, one count wrong; superseded by a later "Ngày lập"
                    List<Event> first = new ArrayList<>(reported.subList(1, reported.size()));
                    String firstName = folder + name.replaceFirst("(\\.xlsx?)$", " (lan 1)$1");
                    writeWorkbook(firstName, report, first, report.to().plusDays(3), "superseded", false);
                    name = name.replaceFirst("(\\.xlsx?)$", " (bo sung)$1");
                    written.add(writeWorkbook(folder + name, report, reported, report.to().plusDays(12), "active",
                            true));
                } else {
                    written.add(writeWorkbook(folder + name, report, reported, report.to().plusDays(
                            2 + random.nextInt(10)), "active", true));
                }
            }
        }
        copies(written);
        brokenAndIgnored();
    }

    private String folderOf(String unit) {
        // another unit's files lie at the root of the inbox: the workbook's "Đơn vị báo cáo" names the unit
        if (unit.equals(reportingUnits.get(1))) {
            return "";
        }
        // one unit's folder is named by the unit's name without diacritics rather than its code
        if (unit.equals(reportingUnits.get(0))) {
            return withoutMarks(units.get(unit).name()) + "/";
        }
        return unit + "/";
    }

    private String fileName(Report r) {
        String ext = random.nextInt(5) == 0 ? ".xls" : ".xlsx";
        String q = r.from().getMonthValue() / 3 + 1 + "";
        return switch (random.nextInt(4)) {
            case 0 -> "BaoCao_" + r.unit() + "_" + r.from().getYear() + String.format("%02d", r.from().getMonthValue()) + ext;
            case 1 -> "bao cao doi ngoai " + r.label().replace('/', '-') + ext;
            case 2 -> r.unit() + " " + String.format("%02d", r.from().getMonthValue()) + "-" + r.from().getYear() + ext;
            default -> "Báo cáo " + units.get(r.unit()).name() + " Q" + q + "." + r.from().getYear() + ext;
        };
    }

    private String label(LocalDate from, LocalDate to, boolean quarter) {
        int year = from.getYear();
        if (quarter) {
            int q = (from.getMonthValue() - 1) / 3;
            return switch (random.nextInt(3)) {
                case 0 -> "Quý " + ROMAN[q] + "/" + year;
                case 1 -> "Quý " + (q + 1) + " năm " + year;
                default -> "Từ ngày " + dmy(from) + " đến ngày " + dmy(to);
            };
        }
        boolean firstHalf = from.getMonthValue() == 1;
        return random.nextBoolean() ? "6 tháng " + (firstHalf ? "đầu" : "cuối") + " năm " + year
                : "Từ ngày " + dmy(from) + " đến ngày " + dmy(to);
    }

    private void copies(List<Path> written) throws IOException {
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n && !written.isEmpty(); i++) {
            Path original = written.get(random.nextInt(written.size()));
            String rel = inbox.relativize(original).toString();
            String copyName = original.getFileName().toString().replaceFirst("(\\.xlsx?)$",
                    pick(List.of(" - Copy$1", "_copy$1", " (1)$1")));
            Path copy = original.resolveSibling(copyName);
            if (Files.exists(copy)) {
                continue;
            }
            Files.copy(original, copy, StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(copy, WRITTEN);
            files.add(new TruthFile(inbox.relativize(copy).toString(), unitOf(rel), "duplicate",
                    "same content as " + rel));
        }
    }

    private String unitOf(String relativePath) {
        String folder = relativePath.contains("/") ? relativePath.substring(0, relativePath.indexOf('/')) : "";
        for (Unit u : units.values()) {
            if (u.code().equals(folder) || withoutMarks(u.name()).equals(folder)) {
                return u.code();
            }
        }
        return folder;
    }

    private void brokenAndIgnored() throws IOException {
        String a = pick(reportingUnits);
        raw(a + "/Thumbs.db", "thumbnail cache", "ignored", "not a spreadsheet");
        raw(a + "/~$BaoCao_" + a + ".xlsx", "lock", "ignored", "office lock file");
        raw("SNGV/ghi chu gui cac don vi.docx", "PK\u0003\u0004 not a workbook", "ignored", "not a spreadsheet");
        raw(pick(reportingUnits) + "/bao_cao_loi.xlsx", "PK\u0003\u0004 cut off while copying", "rejected",
                "corrupt workbook");
        // a workbook with no recognisable table
        Workbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Du toan");
        put(s.createRow(0), new Object[] {"DỰ TOÁN KINH PHÍ NĂM 2024"}, null);
        put(s.createRow(2), new Object[] {"Nội dung chi", "Số tiền (triệu đồng)", "Nguồn"}, null);
        put(s.createRow(3), new Object[] {"Đón đoàn", 120, "Ngân sách tỉnh"}, null);
        String unit = pick(reportingUnits);
        String path = unit + "/Du toan kinh phi 2024.xlsx";
        save(wb, inbox.resolve(path));
        files.add(new TruthFile(path, unit, "rejected", "no recognisable table"));
    }

    private void raw(String path, String content, String status, String reason) throws IOException {
        Path file = inbox.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, WRITTEN);
        files.add(new TruthFile(path, unitOf(path), status, reason));
    }

    // ---------------------------------------------------------------- one workbook

    /** How a unit writes: its date form, its spelling habits. One per workbook, so a file is consistent. */
    private record Style(int dateForm, String datePattern, boolean noMarks, boolean caps, boolean date1904,
                         boolean xls) {
    }

    private Path writeWorkbook(String path, Report report, List<Event> reported, LocalDate prepared, String status,
                               boolean withInvalid) throws IOException {
        boolean xls = path.endsWith(".xls");
        boolean date1904 = !xls && random.nextInt(8) == 0;
        Style style = new Style(random.nextInt(4), pick(List.of("dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "dd.MM.yyyy",
                "d/M/yy", "yyyy-MM-dd")), random.nextInt(6) == 0, random.nextInt(8) == 0, date1904, xls);
        Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook();
        if (date1904) {
            var book = ((XSSFWorkbook) wb).getCTWorkbook();
            (book.isSetWorkbookPr() ? book.getWorkbookPr() : book.addNewWorkbookPr()).setDate1904(true);
        }
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat(pick(List.of("dd/mm/yyyy", "d/m/yyyy", "dd-mm-yy"))));

        Map<Type, List<Event>> byType = new LinkedHashMap<>();
        for (Event e : reported) {
            byType.computeIfAbsent(e.type, t -> new ArrayList<>()).add(e);
        }
        // the mixed delegations table sometimes holds outbound and inbound together
        boolean mixed = byType.containsKey(Type.OUTBOUND) && byType.containsKey(Type.INBOUND) && random.nextInt(5) == 0;
        List<List<Type>> tables = new ArrayList<>();
        for (Type t : byType.keySet()) {
            if (mixed && t == Type.INBOUND) {
                continue;
            }
            tables.add(mixed && t == Type.OUTBOUND ? List.of(Type.OUTBOUND, Type.INBOUND) : List.of(t));
        }
        java.util.Collections.shuffle(tables, random);
        boolean stacked = tables.size() > 1 && random.nextInt(4) == 0;
        boolean invalidWritten = !withInvalid || random.nextInt(3) != 0;
        Sheet sheet = null;
        int r = 0;
        for (int t = 0; t < tables.size(); t++) {
            List<Type> types = tables.get(t);
            if (sheet == null || !stacked) {
                sheet = wb.createSheet(uniqueSheetName(wb, sheetName(types)));
                r = 0;
                if (t == 0) {
                    r = metadata(sheet, report, prepared, types, r);
                } else if (random.nextBoolean()) {
                    put(sheet.createRow(r++), new Object[] {title(types, report)}, null);
                    r++;
                }
            } else {
                r++;
                put(sheet.createRow(r++), new Object[] {null, title(types, report)}, null);
            }
            List<Line> lines = new ArrayList<>();
            for (Type type : types) {
                for (Event e : byType.get(type)) {
                    lines.add(new Line(e, values(e, report.unit(), style), null));
                    if (type != Type.CONSULAR && random.nextInt(40) == 0) {
                        lines.add(new Line(e, values(e, report.unit(), style), null)); // pasted twice
                    }
                }
            }
            if (!invalidWritten && types.get(0) != Type.CONSULAR) {
                lines.add(random.nextInt(lines.size() + 1), invalid(types.get(0), report, style));
                invalidWritten = true;
            }
            lines.sort(Comparator.comparing(l -> l.event() == null ? report.from() : l.event().start));
            r = table(wb, sheet, r, types, lines, style, dateStyle, path, status, stacked || random.nextBoolean());
        }
        if (!stacked || random.nextBoolean()) {
            signatures(sheet, r + 1, prepared);
        }
        Path file = inbox.resolve(path);
        save(wb, file);
        files.add(new TruthFile(path, report.unit(), status, null));
        return file;
    }

    private static String uniqueSheetName(Workbook wb, String name) {
        String candidate = name;
        for (int i = 2; wb.getSheet(candidate) != null; i++) {
            candidate = name + " " + i;
        }
        return candidate;
    }

    private String sheetName(List<Type> types) {
        if (types.size() > 1) {
            return pick(List.of("Đoàn ra, đoàn vào", "Tong hop doan", "Sheet1"));
        }
        String[] names = switch (types.get(0)) {
            case OUTBOUND -> new String[] {"DoanRa", "Đoàn ra", "DOAN RA", "Biểu 01", "Sheet1"};
            case INBOUND -> new String[] {"DoanVao", "Đoàn vào", "doan vao", "Biểu 02", "Sheet2"};
            case SEMINAR -> new String[] {"HoiThao", "Hội nghị, hội thảo", "HN-HT", "Biểu 03"};
            case AGREEMENT -> new String[] {"ThoaThuan", "Thỏa thuận quốc tế", "TTQT", "Biểu 04"};
            case AID -> new String[] {"VienTro", "Viện trợ PCPNN", "Du an", "Biểu 05"};
            case CONSULAR -> new String[] {"LanhSu", "Lãnh sự", "Bieu 06"};
        };
        return pick(Arrays.asList(names));
    }

    private String title(List<Type> types, Report report) {
        String what = types.size() > 1 ? "ĐOÀN RA, ĐOÀN VÀO" : switch (types.get(0)) {
            case OUTBOUND -> "ĐOÀN RA";
            case INBOUND -> "ĐOÀN VÀO";
            case SEMINAR -> "HỘI NGHỊ, HỘI THẢO QUỐC TẾ";
            case AGREEMENT -> "THỎA THUẬN QUỐC TẾ";
            case AID -> "CHƯƠNG TRÌNH, DỰ ÁN VIỆN TRỢ PCPNN";
            case CONSULAR -> "CÔNG TÁC LÃNH SỰ";
        };
        return "DANH SÁCH " + what + " " + report.label().toUpperCase(Locale.ROOT);
    }

    private int metadata(Sheet sheet, Report report, LocalDate prepared, List<Type> types, int r) {
        Unit unit = units.get(report.unit());
        if (random.nextBoolean()) {
            put(sheet.createRow(r++), new Object[] {unit.name().toUpperCase(Locale.ROOT)}, null);
        }
        if (random.nextBoolean()) {
            put(sheet.createRow(r++), new Object[] {title(types, report)}, null);
        }
        if (random.nextBoolean()) {
            put(sheet.createRow(r++), new Object[] {"Đơn vị báo cáo: " + unit.name()}, null);
        } else {
            put(sheet.createRow(r++), new Object[] {"Đơn vị báo cáo:", unit.name()}, null);
        }
        put(sheet.createRow(r++), random.nextBoolean() ? new Object[] {"Kỳ báo cáo: " + report.label()}
                : new Object[] {"Kỳ báo cáo:", report.label()}, null);
        put(sheet.createRow(r++), new Object[] {"Ngày lập: " + dmy(prepared)}, null);
        return r + 1;
    }

    private void signatures(Sheet sheet, int r, LocalDate prepared) {
        put(sheet.createRow(r++), new Object[] {null, null, null, "Hà Tĩnh, ngày " + String.format("%02d",
                prepared.getDayOfMonth()) + " tháng " + String.format("%02d", prepared.getMonthValue()) + " năm "
                + prepared.getYear()}, null);
        put(sheet.createRow(r++), new Object[] {null, "Người lập biểu", null, "Thủ trưởng đơn vị"}, null);
        put(sheet.createRow(r++), new Object[] {null, "(Ký, ghi rõ họ tên)", null, "(Ký tên, đóng dấu)"}, null);
        put(sheet.createRow(r + 2), new Object[] {null, "Nguyễn Văn An", null, "Trần Thị Bình"}, null);
    }

    // ---------------------------------------------------------------- tables

    /** A column as the unit heads it: the field it holds and its header text. */
    private record Column(String field, String header) {
    }

    private List<Column> columns(List<Type> types) {
        List<Column> c = new ArrayList<>();
        boolean span = types.get(0) != Type.CONSULAR && types.get(0) != Type.AGREEMENT && types.get(0) != Type.AID
                && types.size() == 1 && random.nextInt(6) == 0;
        if (random.nextInt(5) != 0) {
            c.add(new Column("stt", pick(List.of("STT", "TT", "Số TT"))));
        }
        if (types.size() > 1) {
            c.add(new Column("kind", pick(List.of("Loại đoàn", "Đoàn ra/Đoàn vào"))));
            c.add(new Column("partner", pick(List.of("Đối tác", "Đơn vị/Đối tác", "Cơ quan, đối tác làm việc"))));
            c.add(new Column("country", pick(List.of("Quốc gia", "Nước", "Nước/Quốc gia"))));
            c.add(new Column("leader", "Trưởng đoàn"));
            c.add(new Column("start", "Từ ngày"));
            c.add(new Column("end", "Đến ngày"));
            c.add(new Column("count", pick(List.of("Số lượng", "Số người", "Số thành viên"))));
            c.add(new Column("purpose", pick(List.of("Nội dung", "Mục đích, nội dung"))));
            return c;
        }
        switch (types.get(0)) {
            case OUTBOUND -> {
                c.add(new Column("decision", pick(List.of("Số quyết định", "Số QĐ", "Quyết định cử đoàn", "Số QĐ cử đoàn"))));
                c.add(new Column("leader", pick(List.of("Trưởng đoàn", "Họ tên trưởng đoàn"))));
                c.add(new Column("country", pick(List.of("Nước đến", "Quốc gia", "Nước", "Quốc gia đến"))));
                c.add(new Column("partner", pick(List.of("Đối tác", "Địa phương/Đối tác", "Cơ quan, địa phương làm việc",
                        "Đối tác làm việc"))));
                c.add(new Column("purpose", pick(List.of("Mục đích", "Nội dung công tác"))));
                String[] dates = pick(List.of(new String[] {"Ngày đi", "Ngày về"}, new String[] {"Từ ngày", "Đến ngày"},
                        new String[] {"Ngày xuất cảnh", "Ngày nhập cảnh"}));
                dates(c, span, dates);
                c.add(new Column("count", pick(List.of("Số người", "Số lượng", "Số thành viên", "Số CBCCVC"))));
            }
            case INBOUND -> {
                c.add(new Column("name", pick(List.of("Tên đoàn", "Đoàn khách", "Tên đoàn khách"))));
                c.add(new Column("country", pick(List.of("Quốc gia", "Nước", "Quốc tịch"))));
                c.add(new Column("partner", pick(List.of("Đối tác", "Địa phương/Tổ chức nước ngoài",
                        "Cơ quan, tổ chức nước ngoài"))));
                c.add(new Column("leader", "Trưởng đoàn"));
                String[] dates = pick(List.of(new String[] {"Ngày đến", "Ngày đi"}, new String[] {"Từ ngày", "Đến ngày"},
                        new String[] {"Thời gian đến", "Thời gian đi"}));
                dates(c, span, dates);
                c.add(new Column("count", pick(List.of("Số khách", "Số người", "Số lượng", "Số thành viên"))));
                c.add(new Column("host", pick(List.of("Đơn vị đón tiếp", "Cơ quan đón tiếp"))));
                c.add(new Column("purpose", pick(List.of("Nội dung", "Nội dung làm việc"))));
            }
            case SEMINAR -> {
                c.add(new Column("title", pick(List.of("Tên hội nghị, hội thảo", "Tên hội thảo", "Tên sự kiện"))));
                c.add(new Column("host", pick(List.of("Đơn vị tổ chức", "Đơn vị chủ trì"))));
                c.add(new Column("partner", pick(List.of("Đối tác nước ngoài", "Nhà tài trợ", "Tổ chức phối hợp"))));
                String[] dates = pick(List.of(new String[] {"Ngày bắt đầu", "Ngày kết thúc"},
                        new String[] {"Ngày tổ chức", "Ngày kết thúc"}, new String[] {"Từ ngày", "Đến ngày"}));
                dates(c, span, dates);
                c.add(new Column("location", "Địa điểm"));
                c.add(new Column("count", pick(List.of("Số đại biểu nước ngoài", "Đại biểu quốc tế"))));
                c.add(new Column("total", pick(List.of("Tổng số đại biểu", "Số đại biểu"))));
                c.add(new Column("field", "Lĩnh vực"));
            }
            case AGREEMENT -> {
                c.add(new Column("title", pick(List.of("Tên thỏa thuận", "Tên văn bản", "Tên thoả thuận"))));
                c.add(new Column("partner", pick(List.of("Đối tác", "Đối tác ký kết"))));
                c.add(new Column("country", pick(List.of("Quốc gia", "Nước"))));
                c.add(new Column("level", pick(List.of("Cấp ký kết", "Cấp ký"))));
                c.add(new Column("start", pick(List.of("Ngày ký", "Ngày ký kết"))));
            }
            case AID -> {
                c.add(new Column("title", pick(List.of("Tên chương trình, dự án", "Tên dự án"))));
                c.add(new Column("partner", pick(List.of("Tổ chức tài trợ", "Tổ chức PCPNN", "Nhà tài trợ"))));
                c.add(new Column("field", "Lĩnh vực"));
                c.add(new Column("start", pick(List.of("Ngày phê duyệt", "Ngày tiếp nhận"))));
                c.add(new Column("committed", pick(List.of("Giá trị cam kết (USD)", "Kinh phí cam kết (USD)"))));
                c.add(new Column("disbursed", pick(List.of("Giá trị giải ngân (USD)", "Đã giải ngân (USD)"))));
            }
            case CONSULAR -> {
                c.add(new Column("month", pick(List.of("Tháng", "Tháng báo cáo"))));
                c.add(new Column("cases", pick(List.of("Số vụ việc bảo hộ công dân", "Vụ việc bảo hộ công dân"))));
                c.add(new Column("legal", pick(List.of("Số hồ sơ chứng nhận, hợp pháp hóa lãnh sự",
                        "Số hồ sơ hợp pháp hóa lãnh sự"))));
            }
        }
        if (random.nextInt(4) == 0) {
            c.add(random.nextInt(c.size()) + 1, new Column("extra", pick(List.of("Số điện thoại liên hệ",
                    "Kinh phí (triệu đồng)", "Nguồn kinh phí", "Người theo dõi"))));
        }
        if (random.nextBoolean()) {
            c.add(new Column("note", "Ghi chú"));
        }
        return c;
    }

    private void dates(List<Column> c, boolean span, String[] names) {
        if (span) {
            c.add(new Column("span", pick(List.of("Thời gian", "Thời gian công tác", "Thời gian làm việc"))));
        } else {
            c.add(new Column("start", names[0]));
            c.add(new Column("end", names[1]));
        }
    }

    /** A header text as a unit types it: a qualifier, numbering, no diacritics, capitals, stray spaces. */
    private String header(Column column, int index, boolean numbered, Style style) {
        String h = column.header();
        if (!column.field().equals("stt") && random.nextInt(4) == 0) {
            h += switch (column.field()) {
                case "start", "end", "span" -> pick(List.of(" (dd/mm/yyyy)", " (ngày/tháng/năm)", ":", " - dự kiến",
                        " (thực tế)"));
                case "count", "total" -> pick(List.of(" (người)", " (lượt người)", ":", " (1)"));
                case "committed", "disbursed" -> pick(List.of(" (5)", ":", " [*]"));
                default -> pick(List.of(" (ghi rõ)", ":", " (*)", " - cụ thể", " (nếu có)"));
            };
        }
        if (numbered && !column.field().equals("stt")) {
            h = pick(List.of(index + ". ", "(" + index + ") ", (char) ('a' + index - 1) + ") ")) + h;
        }
        if (style.noMarks()) {
            h = withoutMarks(h);
        }
        if (style.caps()) {
            h = h.toUpperCase(Locale.ROOT);
        }
        if (random.nextInt(10) == 0) {
            h = " " + h.replace(" ", "  ") + " ";
        }
        return h;
    }

    private int table(Workbook wb, Sheet sheet, int r, List<Type> types, List<Line> lines, Style style,
                      CellStyle dateStyle, String path, String status, boolean totals) {
        List<Column> columns = columns(types);
        boolean numbered = random.nextInt(8) == 0;
        int groupAt = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).field().equals("start") && i + 1 < columns.size()
                    && columns.get(i + 1).field().equals("end") && !numbered && random.nextInt(6) == 0) {
                groupAt = i;
            }
        }
        Object[] header = new Object[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            header[i] = header(columns.get(i), i + 1, numbered, style);
        }
        if (groupAt >= 0) {
            // a merged group cell "Thời gian" over the two date columns, named in the row under it
            Object[] top = header.clone();
            Object[] sub = new Object[columns.size()];
            top[groupAt] = pick(List.of("Thời gian", "Thời gian công tác"));
            top[groupAt + 1] = null;
            sub[groupAt] = header[groupAt];
            sub[groupAt + 1] = header[groupAt + 1];
            put(sheet.createRow(r), top, null);
            sheet.addMergedRegion(new CellRangeAddress(r, r, groupAt, groupAt + 1));
            for (int i = 0; i < columns.size(); i++) {
                if (i != groupAt && i != groupAt + 1) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r + 1, i, i));
                }
            }
            r++;
            put(sheet.createRow(r++), sub, null);
        } else {
            put(sheet.createRow(r++), header, null);
        }
        if (random.nextInt(7) == 0) {
            Object[] numbers = new Object[columns.size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = "(" + (i + 1) + ")";
            }
            put(sheet.createRow(r++), numbers, null);
        }
        int ordinal = 0;
        int sum = 0;
        String sheetName = sheet.getSheetName();
        for (Line line : lines) {
            ordinal++;
            Object[] cells = new Object[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                String field = columns.get(i).field();
                cells[i] = field.equals("stt") ? (Object) ordinal : line.values().get(field);
            }
            if (line.values().get("count") instanceof Integer n) {
                sum += n;
            }
            put(sheet.createRow(r), cells, dateStyle);
            r++;
            String type = (line.event() != null ? line.event().type : typeOfInvalid(line, types)).name()
                    .toLowerCase(Locale.ROOT);
            rows.add(new TruthRow(path, sheetName, r, type, line.event() == null ? null : line.event().id, status,
                    line.invalid()));
        }
        if (totals) {
            Object[] total = new Object[columns.size()];
            total[columns.get(0).field().equals("stt") ? 1 : 0] = pick(List.of("Tổng cộng", "Cộng", "TỔNG CỘNG"));
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).field().equals("count")) {
                    total[i] = sum;
                }
            }
            put(sheet.createRow(r++), total, null);
        }
        return r + 1;
    }

    private Type typeOfInvalid(Line line, List<Type> types) {
        Object kind = line.values().get("kind");
        if (kind != null) {
            return TextFold.fold(kind.toString()).contains("vao") ? Type.INBOUND : Type.OUTBOUND;
        }
        return types.get(0);
    }

    // ---------------------------------------------------------------- values

    /** The event's values as this unit writes them: its spellings, date form, a day or a count off. */
    private Map<String, Object> values(Event e, String unit, Style style) {
        Map<String, Object> v = new LinkedHashMap<>();
        boolean first = e.reporters.get(0).equals(unit);
        LocalDate start = e.start;
        LocalDate end = e.end;
        int count = e.count;
        if (!first && e.type != Type.CONSULAR && e.type != Type.AID && e.type != Type.AGREEMENT) {
            // another unit's memory of the same event: a day off, a few persons more or fewer
            if (random.nextInt(4) == 0) {
                int shift = random.nextBoolean() ? 1 : -1;
                start = start.plusDays(shift);
                end = end == null ? null : end.plusDays(shift);
            }
            if (random.nextInt(3) == 0) {
                count = Math.max(1, count + random.nextInt(5) - 2);
            }
        }
        if (e.type == Type.CONSULAR) {
            v.put("month", pick(List.of(String.format("%02d/%d", e.month.getMonthValue(), e.month.getYear()),
                    "Tháng " + e.month.getMonthValue() + "/" + e.month.getYear(), (Object) e.month.atDay(1))));
            v.put("cases", e.count);
            v.put("legal", e.total);
            return v;
        }
        v.put("kind", e.type == Type.OUTBOUND ? pick(List.of("Đoàn ra", "Ra", "đoàn ra")) : pick(List.of("Đoàn vào",
                "Vào", "ĐOÀN VÀO")));
        v.put("start", date(start, style));
        if (end != null) {
            v.put("end", date(end, style));
            v.put("span", span(start, end));
        }
        if (e.partner != null) {
            v.put("partner", spell(pick(e.partner.spellings()), style, !first));
            if (e.partner.country() != null) {
                v.put("country", spell(pick(countryNames.get(e.partner.country())), style, false));
            }
        }
        switch (e.type) {
            case OUTBOUND -> {
                String number = e.decision.substring(0, e.decision.indexOf('/'));
                v.put("decision", pick(List.of(e.decision, "Số " + e.decision, "QĐ số " + number + "/QD-UBND ngày "
                        + dmy(e.start.minusDays(10)), number + "/QĐ-UBND")));
                v.put("count", count(count));
            }
            case INBOUND -> {
                v.put("name", "Đoàn " + pick(List.of("công tác ", "đại biểu ", "")) + pick(e.partner.spellings()));
                v.put("count", count(count));
                v.put("host", e.host);
            }
            case SEMINAR -> {
                v.put("title", spell(e.title, style, false));
                v.put("count", count(count));
                v.put("total", e.total);
                v.put("host", e.host);
                v.put("location", "Hội trường UBND tỉnh");
                v.put("field", "Hợp tác quốc tế");
            }
            case AGREEMENT -> {
                v.put("title", spell(e.title, style, false));
                v.put("level", e.level);
            }
            case AID -> {
                v.put("title", spell(e.title, style, false));
                v.put("field", e.purpose);
                v.put("committed", money(e.committed));
                v.put("disbursed", money(e.disbursed));
            }
            default -> {
            }
        }
        v.put("leader", e.leader);
        v.putIfAbsent("purpose", e.purpose);
        if (random.nextInt(3) == 0) {
            v.put("extra", pick(List.of("0912 345 678", "Ngân sách tỉnh", "Nguyễn Văn Cường", "15")));
        }
        if (random.nextInt(5) == 0) {
            v.put("note", pick(List.of("Đã báo cáo", "Theo kế hoạch", "Phối hợp với Sở Ngoại vụ")));
        }
        return v;
    }

    /** A row that must be rejected, with why (the codes truth.json uses). */
    private Line invalid(Type type, Report report, Style style) {
        Event fake = invent(type, report.from().plusDays(random.nextInt(60)), null);
        events.remove(fake);
        Map<String, Object> v = values(fake, "none", style);
        List<String> kinds = new ArrayList<>(List.of("bad_date", "no_date", "year_typo"));
        if (type == Type.OUTBOUND || type == Type.INBOUND) {
            kinds.addAll(List.of("no_country", "negative", "word_count", "end_before_start", "no_count"));
        } else if (type == Type.SEMINAR) {
            kinds.addAll(List.of("negative", "word_count", "end_before_start"));
        }
        String why = pick(kinds);
        switch (why) {
            case "bad_date" -> {
                v.put("start", pick(List.of("30/02/" + fake.start.getYear(), "31/04/" + fake.start.getYear(),
                        "32/" + String.format("%02d", fake.start.getMonthValue()) + "/" + fake.start.getYear())));
                v.remove("span");
            }
            case "no_date" -> {
                v.remove("start");
                v.remove("span");
                if (type == Type.SEMINAR) {
                    v.remove("end");
                }
            }
            case "year_typo" -> {
                v.put("start", dmy(fake.start.withYear(fake.start.getYear() - 10)));
                v.remove("span");
                if (v.containsKey("end")) {
                    v.put("end", dmy(fake.start.withYear(fake.start.getYear() - 10)));
                }
            }
            case "no_country" -> v.remove("country");
            case "negative" -> v.put("count", -1 - random.nextInt(5));
            case "word_count" -> v.put("count", pick(List.of("nhiều", "khoảng mười", "chưa rõ")));
            case "end_before_start" -> {
                v.put("end", dmy(fake.start.minusDays(2)));
                v.put("start", dmy(fake.start));
                v.put("span", dmy(fake.start) + " - " + dmy(fake.start.minusDays(2)));
            }
            case "no_count" -> v.remove("count");
            default -> {
            }
        }
        return new Line(null, v, why);
    }

    private Object date(LocalDate d, Style style) {
        return switch (style.dateForm()) {
            case 0 -> d; // a date cell
            case 1 -> random.nextInt(10) == 0 ? (Object) d : d.format(java.time.format.DateTimeFormatter
                    .ofPattern(style.datePattern()));
            case 2 -> serial(d, style.date1904()); // a bare serial number in a date column
            default -> dmy(d);
        };
    }

    private String span(LocalDate s, LocalDate e) {
        if (s.equals(e)) {
            return dmy(s);
        }
        if (s.getYear() != e.getYear()) {
            return dmy(s) + " - " + dmy(e);
        }
        if (s.getMonth() != e.getMonth()) {
            return String.format("%02d/%02d - %s", s.getDayOfMonth(), s.getMonthValue(), dmy(e));
        }
        return String.format("%02d-%s", s.getDayOfMonth(), dmy(e));
    }

    private static double serial(LocalDate d, boolean date1904) {
        return date1904 ? ChronoUnit.DAYS.between(LocalDate.of(1904, 1, 1), d)
                : ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), d);
    }

    private Object count(int n) {
        return switch (random.nextInt(6)) {
            case 0 -> String.format("%02d", n);
            case 1 -> n + " người";
            default -> n;
        };
    }

    private Object money(long usd) {
        return switch (random.nextInt(4)) {
            case 0 -> String.format(Locale.ROOT, "%,d", usd).replace(',', '.');
            case 1 -> String.format(Locale.ROOT, "%,d", usd);
            case 2 -> String.format(Locale.ROOT, "%,d", usd).replace(',', '.') + ",00";
            default -> usd;
        };
    }

    /** A spelling as a unit types it: as listed, without diacritics, in capitals, with stray spaces, a typo. */
    private String spell(String text, Style style, boolean mayErr) {
        String s = text;
        if (style.noMarks() || random.nextInt(10) == 0) {
            s = withoutMarks(s);
        }
        if (style.caps() || random.nextInt(15) == 0) {
            s = s.toUpperCase(Locale.ROOT);
        }
        if (random.nextInt(12) == 0) {
            s = "  " + s.replaceFirst(" ", "  ") + " ";
        }
        if (mayErr && random.nextInt(12) == 0) {
            s = typo(s);
        }
        return s;
    }

    /** Two neighbouring letters swapped inside the longest word (never its first letter). */
    private String typo(String s) {
        String[] words = s.split(" ");
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i].length() > words[longest].length()) {
                longest = i;
            }
        }
        String w = words[longest];
        if (w.length() < 7) {
            return s;
        }
        int at = 2 + random.nextInt(w.length() - 4);
        words[longest] = w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2);
        return String.join(" ", words);
    }

    static String withoutMarks(String text) {
        String s = text.replace('đ', 'd').replace('Đ', 'D');
        s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s;
    }

    private static String dmy(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String pick(String[] array) {
        return array[random.nextInt(array.length)];
    }

    // ---------------------------------------------------------------- writing cells

    private static void put(Row row, Object[] values, CellStyle dateStyle) {
        vn.hatinh.consolidator.support.WorkbookBuilder.put(row, values, dateStyle);
    }

    private static void save(Workbook wb, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        Files.setLastModifiedTime(file, WRITTEN);
    }
}
