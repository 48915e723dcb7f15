package vn.hatinh.consolidator.consolidate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import vn.hatinh.consolidator.reference.TextFold;

/**
 * Reduces the names of partner places and bodies to a comparable key: folded, known spellings replaced by their
 * canonical name (partners.csv, and country names by their ISO code from countries.csv), and words that say
 * nothing about which partner it is ("tỉnh", "đoàn công tác", "đại học") dropped. "ĐSQ Vương quốc Bỉ",
 * "Đại sứ quán Bỉ" and "Embassy of Belgium" all become "embassy be".
 */
public final class PartnerGazetteer {

    private static final Set<String> GENERIC = Set.of("tinh", "thanh", "pho", "tp", "huyen", "thu", "do", "doan",
            "cong", "tac", "khach", "can", "bo", "lanh", "dao", "cua", "to", "chuc", "co", "quan", "so", "dai",
            "hoc", "truong", "university", "of", "the", "nuoc", "vuong", "quoc", "chdcnd", "lb", "lien", "bang",
            "chlb", "cap", "cao", "province", "city", "capital", "cac", "va", "and", "nhan", "dan", "chu", "hoa",
            "tai", "in", "lam", "viec", "tham", "thuc", "te");

    private static final Pattern BRACKET = Pattern.compile("\\(([^)]{2,20})\\)");

    private static final int CACHE_LIMIT = 50_000;
    private final List<Alias> aliases;
    // "Bỉ", "Mỹ", "Ý": too short to replace anywhere ("y tế"), but the country after "embassy"
    private final Map<String, String> shortCountries = new java.util.HashMap<>();
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    private record Alias(String folded, Pattern pattern, String replacement, int length) {
    }

    /** A known spelling reduced to its identifying letters ("thu do vieng chan" -> "viengchan"), for typos of it. */
    private record Spelling(String core, String canonical, boolean bare) {
    }

    // an unseen spelling this close to a known one, as whole words run together, is that partner
    static final double TYPO_SAME = 0.95;
    private static final org.apache.commons.text.similarity.JaroWinklerSimilarity JW =
            new org.apache.commons.text.similarity.JaroWinklerSimilarity();
    private final List<Spelling> spellings = new ArrayList<>();
    private final java.util.Set<String> canonicals = new java.util.HashSet<>();

    // aliases by their first word: a name is only tried against the aliases its own words can start
    private final Map<String, List<Alias>> byFirstWord = new java.util.HashMap<>();

    public PartnerGazetteer(Map<String, String> spellingToCanonical) {
        List<Alias> list = new ArrayList<>();
        spellingToCanonical.forEach((spelling, canonical) -> {
            String folded = TextFold.fold(spelling);
            if (canonical.startsWith("country") && folded.length() <= 3) {
                shortCountries.put(folded, canonical);
                return;
            }
            if (!folded.isEmpty()) {
                list.add(new Alias(folded, Pattern.compile("(?<![a-z0-9])" + Pattern.quote(folded) + "(?![a-z0-9])"),
                        " " + canonical + " ", folded.length()));
                String core = core(folded);
                if (!canonical.startsWith("country") && core.length() >= 6) {
                    // bare: written as just the name ("Vientiane"), not reduced from "Vientiane Province"
                    spellings.add(new Spelling(core, canonical, core.equals(folded.replace(" ", ""))));
                    canonicals.add(canonical);
                }
            }
        });
        list.sort(Comparator.comparingInt(Alias::length).reversed());
        this.aliases = List.copyOf(list);
        for (Alias a : aliases) {
            String first = a.folded().split(" ")[0];
            byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(a);
        }
    }

    /** Loads partners.csv and the country names of countries.csv (a country's name becomes its code). */
    public static PartnerGazetteer load(Path partnersCsv, Path countriesCsv) {
        Map<String, String> map = new java.util.HashMap<>();
        try {
            for (CSVRecord r : records(partnersCsv)) {
                String canonical = token(r.get("canonical"));
                map.put(r.get("canonical"), canonical);
                for (String s : r.get("spellings").split("\\|")) {
                    if (!s.isBlank()) {
                        map.put(s.trim(), canonical);
                    }
                }
            }
            if (countriesCsv != null && Files.exists(countriesCsv)) {
                for (CSVRecord r : records(countriesCsv)) {
                    String code = "country" + r.get("code").toLowerCase();
                    for (String s : r.get("names").split("\\|")) {
                        if (!s.isBlank()) {
                            map.putIfAbsent(s.trim(), code);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Không đọc được danh mục đối tác " + partnersCsv + ": " + e.getMessage(), e);
        }
        return new PartnerGazetteer(map);
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setCommentMarker('#').get().parse(reader).getRecords();
        }
    }

    // long generic words a clerk may mistype ("Univeristy", "Provinve") and that say nothing about the partner
    private static final List<String> LONG_GENERIC = GENERIC.stream().filter(w -> w.length() >= 7).toList();

    private static boolean generic(String word) {
        if (GENERIC.contains(word)) {
            return true;
        }
        if (word.length() < 7) {
            return false;
        }
        for (String g : LONG_GENERIC) {
            if (Math.abs(g.length() - word.length()) <= 1 && JW.apply(g, word) >= TYPO_SAME) {
                return true;
            }
        }
        return false;
    }

    private static String core(String folded) {
        StringBuilder core = new StringBuilder();
        for (String word : folded.split("\\s+")) {
            if (!word.isEmpty() && !GENERIC.contains(word)) {
                core.append(word);
            }
        }
        return core.toString();
    }

    /**
     * A name no alias matched, but which is a typo of a known spelling ("Thu do Vienitane" for "Thủ đô Viêng Chăn" /
     * "Vientiane"): the canonical name, when exactly one partner's spelling is that close. Short names, names with
     * numbers and names of a few words only: titles are not partners.
     */
    private String typoOfKnown(String key) {
        if (key.isEmpty() || canonicals.contains(key) || key.split(" ").length > 3 || key.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        String joined = key.replace(" ", "");
        if (joined.length() < 6) {
            return null;
        }
        java.util.Set<String> all = new java.util.HashSet<>();
        java.util.Set<String> bare = new java.util.HashSet<>();
        for (Spelling s : spellings) {
            if (Math.abs(s.core().length() - joined.length()) <= 2 && JW.apply(s.core(), joined) >= TYPO_SAME) {
                all.add(s.canonical());
                if (s.bare()) {
                    bare.add(s.canonical());
                }
            }
        }
        // one partner, or else the one whose own bare spelling it is a typo of ("Vientiane" is the capital's)
        return all.size() == 1 ? all.iterator().next() : bare.size() == 1 ? bare.iterator().next() : null;
    }

    private static String token(String canonical) {
        return TextFold.fold(canonical).replace(" ", "");
    }

    /** The comparable key of a partner name; empty when nothing identifying is left. */
    public String key(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String known = cache.get(name);
        if (known != null) {
            return known;
        }
        String key = compute(name);
        // bounded: a million distinct names must not stay in memory; the usual few hundred partners do
        if (cache.size() < CACHE_LIMIT) {
            cache.put(name, key);
        }
        return key;
    }

    private String compute(String name) {
        // "Cơ quan Phát triển Quốc tế Hoa Kỳ (USAID)": the bracketed abbreviation is the best name
        Matcher bracket = BRACKET.matcher(name);
        String text = TextFold.fold(name);
        java.util.Set<Alias> candidates = new java.util.HashSet<>();
        for (String word : text.split(" ")) {
            candidates.addAll(byFirstWord.getOrDefault(word, List.of()));
        }
        List<Alias> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt(Alias::length).reversed());
        for (Alias alias : ordered) {
            if (text.length() >= alias.length()) {
                text = alias.pattern().matcher(text).replaceAll(alias.replacement());
            }
        }
        StringBuilder key = new StringBuilder();
        String previous = "";
        for (String word : text.trim().split("\\s+")) {
            if (!word.isEmpty() && !generic(word)) {
                boolean afterMission = previous.equals("embassy") || previous.equals("consulate");
                String w = afterMission ? shortCountries.getOrDefault(word, word) : word;
                key.append(key.isEmpty() ? "" : " ").append(w);
                previous = w;
            }
        }
        if (bracket.find()) {
            String inner = key(bracket.group(1));
            if (!inner.isEmpty() && !inner.startsWith("country")) {
                return inner;
            }
        }
        String typo = typoOfKnown(key.toString());
        return typo != null ? typo : key.toString();
    }
}
