package vn.hatinh.consolidator.reference;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Country names as units write them ("CHDCND Lào", "Lao PDR", "Hàn Quốc", "LB Nga", "Hoa Kỳ", "Ca-na-đa") to ISO
 * 3166 alpha-2 codes, from the operator's countries.csv ({@code code,names} with names separated by "|").
 */
public final class CountryResolver {

    // words around a country's own name that say nothing about which country it is
    private static final Set<String> NOISE = Set.of("nuoc", "cong", "hoa", "chdcnd", "chxhcn", "chlb", "chnd", "lb",
            "lien", "bang", "vuong", "quoc", "dan", "chu", "nhan", "the", "of", "republic", "democratic", "people",
            "s", "pdr", "federation", "kingdom", "cua", "va");

    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> displayName = new HashMap<>();
    private final Map<String, String> byCore = new HashMap<>();

    public CountryResolver(Map<String, String> namesToCodes) {
        namesToCodes.forEach((name, code) -> {
            if (name.startsWith("\u0000")) {
                displayName.put(name.substring(1), code);
            } else {
                add(name, code);
            }
        });
    }

    /** The country's name as Vietnamese documents write it (the first name of its line), or the code. */
    public String vietnameseName(String code) {
        return code == null ? "" : displayName.getOrDefault(code, code);
    }

    public static CountryResolver load(Path csv) {
        Map<String, String> names = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setCommentMarker('#').get()
                    .parse(reader)) {
                String code = r.get("code").toUpperCase(Locale.ROOT);
                String[] all = r.get("names").split("\\|");
                names.put("\u0000" + code, all[0].trim());
                for (String name : all) {
                    if (!name.isBlank()) {
                        names.put(name.trim(), code);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Không đọc được danh mục quốc gia " + csv + ": " + e.getMessage(), e);
        }
        return new CountryResolver(names);
    }

    private void add(String name, String code) {
        String folded = TextFold.fold(name);
        if (!folded.isEmpty()) {
            byName.putIfAbsent(folded, code);
        }
        String core = core(folded);
        if (!core.isEmpty()) {
            byCore.putIfAbsent(core, code);
        }
    }

    // a sheet repeats the same few country spellings: remember them rather than fold each cell again
    private final Map<String, Optional<String>> seen = new java.util.concurrent.ConcurrentHashMap<>();

    public Optional<String> resolve(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<String> known = seen.get(text);
        if (known != null) {
            return known;
        }
        Optional<String> found = lookup(text);
        if (seen.size() < 10_000) {
            seen.put(text, found);
        }
        return found;
    }

    private Optional<String> lookup(String text) {
        String folded = TextFold.fold(text);
        String code = byName.get(folded);
        if (code == null) {
            code = byCore.get(core(folded));
        }
        // an ISO code typed as such ("LA", "KR"), only in capitals: folded, "MY" would be Mỹ and "AO" Áo
        if (code == null && text.trim().matches("[A-Z]{2}") && byName.containsValue(text.trim())) {
            code = text.trim();
        }
        return Optional.ofNullable(code);
    }

    private static String core(String folded) {
        StringBuilder sb = new StringBuilder();
        for (String word : folded.split(" ")) {
            if (!NOISE.contains(word) && !word.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : " ").append(word);
            }
        }
        return sb.toString();
    }
}
