package vn.hatinh.consolidator.reference;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The units that report, read from the operator's {@code units.csv}:
 * code,name,level,kind[,frequency,due_days,valid_from,valid_to,successors] (successors separated by ";").
 * A folder or a workbook names a unit by its code or by its name, with or without diacritics.
 */
public final class UnitRegistry {

    // administrative prefixes a clerk may or may not write before the unit's own name
    private static final Pattern PREFIX = Pattern.compile(
            "^(uy ban nhan dan|ubnd|so|ban|truong|bo chi huy|cong an)\\s+");

    private final List<Unit> units;

    public UnitRegistry(List<Unit> units) {
        this.units = List.copyOf(units);
    }

    public static UnitRegistry load(Path csv) {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<Unit> units = new ArrayList<>();
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).get();
            for (CSVRecord r : format.parse(reader)) {
                units.add(new Unit(r.get("code").toUpperCase(Locale.ROOT), r.get("name"),
                        Integer.parseInt(r.get("level")), optional(r, "kind"),
                        date(r, "valid_from"), date(r, "valid_to"),
                        ReportingFrequency.parse(optional(r, "frequency")),
                        optional(r, "due_days").isEmpty() ? 0 : Integer.parseInt(optional(r, "due_days")),
                        java.util.Arrays.stream(optional(r, "successors").split("[;| ]+")).map(String::trim)
                                .filter(c -> !c.isEmpty()).map(c -> c.toUpperCase(Locale.ROOT)).toList()));
            }
            return new UnitRegistry(units);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Không đọc được danh mục đơn vị " + csv + ": " + e.getMessage(), e);
        }
    }

    private static String optional(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column).trim() : "";
    }

    private static LocalDate date(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column) || r.get(column).isBlank()) {
            return null;
        }
        return LocalDate.parse(r.get(column));
    }

    public List<Unit> units() {
        return units;
    }

    public Optional<Unit> byCode(String code) {
        return units.stream().filter(u -> u.code().equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }

    /** A folder name or a "Đơn vị báo cáo" text: the code, the full name, or the name without its prefix. */
    public Optional<Unit> resolve(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<Unit> byCode = byCode(text);
        if (byCode.isPresent()) {
            return byCode;
        }
        String folded = TextFold.fold(text);
        for (Unit u : units) {
            if (TextFold.fold(u.name()).equals(folded)) {
                return Optional.of(u);
            }
        }
        String core = core(folded);
        for (Unit u : units) {
            if (core(TextFold.fold(u.name())).equals(core)) {
                return Optional.of(u);
            }
        }
        // a longer text that contains the unit's full name ("Báo cáo của UBND huyện Nghi Xuân")
        Unit best = null;
        for (Unit u : units) {
            String name = TextFold.fold(u.name());
            if ((" " + folded + " ").contains(" " + name + " ")
                    && (best == null || name.length() > TextFold.fold(best.name()).length())) {
                best = u;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String core(String folded) {
        return PREFIX.matcher(folded).replaceFirst("").trim();
    }
}
