package vn.hatinh.consolidator.report;

import static vn.hatinh.consolidator.report.VietnameseFormat.count;
import static vn.hatinh.consolidator.report.VietnameseFormat.date;
import static vn.hatinh.consolidator.report.VietnameseFormat.number;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import vn.hatinh.consolidator.consolidate.ConsolidatedRecord;
import vn.hatinh.consolidator.ingest.Period;
import vn.hatinh.consolidator.ingest.RecordType;
import vn.hatinh.consolidator.reference.CountryResolver;

/** The sentences that state the figures, written as the seed reports write them. */
final class ReportSentences {

    private final CountryResolver countries;

    ReportSentences(CountryResolver countries) {
        this.countries = countries;
    }

    /** "Từ ngày 25/01/2018 đến ngày 25/02/2018 có 02 đoàn với 10 lượt CBCCVC đi công tác nước ngoài và 05 đoàn ..." */
    String monthlyDelegations(Figures f, List<ConsolidatedRecord> inPeriod) {
        StringBuilder s = new StringBuilder("Từ ngày ").append(date(f.period().from())).append(" đến ngày ")
                .append(date(f.period().to())).append(" có ").append(count(f.outbound().delegations()))
                .append(" đoàn với ").append(count(f.outbound().persons()))
                .append(" lượt CBCCVC đi công tác nước ngoài và ").append(count(f.inbound().delegations()))
                .append(" đoàn với ").append(count(f.inbound().visitors()))
                .append(" lượt khách nước ngoài vào làm việc tại Hà Tĩnh");
        String notable = notableInbound(inPeriod);
        if (!notable.isEmpty()) {
            s.append(", trong đó có ").append(notable);
        }
        return s.append('.').toString();
    }

    /** The inbound delegations of the period by partner, grouped by country, largest first. */
    String notableInbound(List<ConsolidatedRecord> inPeriod) {
        Map<String, List<String>> byCountry = new LinkedHashMap<>();
        inPeriod.stream().filter(r -> r.type() == RecordType.INBOUND)
                .sorted(Comparator.comparing((ConsolidatedRecord r) -> -Objects.requireNonNullElse(r.chosen().count(), 0)))
                .limit(8)
                .forEach(r -> byCountry.computeIfAbsent(Objects.toString(r.chosen().country(), ""), k -> new ArrayList<>())
                        .add(partnerOf(r)));
        List<String> parts = new ArrayList<>();
        byCountry.forEach((code, partners) -> parts.add("đoàn " + String.join(", đoàn ", partners.stream().distinct().toList())
                + " (" + countries.vietnameseName(code) + ")"));
        return String.join("; ", parts);
    }

    static String partnerOf(ConsolidatedRecord r) {
        if (r.chosen().partner() != null) {
            return r.chosen().partner();
        }
        String title = r.chosen().title();
        // "Đoàn công tác tỉnh Khăm Muộn" names the partner after the words for a delegation
        return title == null ? "?" : title.replaceFirst("(?iu)^đoàn( công tác| khách| cán bộ| lãnh đạo| đại biểu)?\\s+", "");
    }

    List<String> monthlySeminars(Figures f, List<ConsolidatedRecord> inPeriod) {
        if (f.seminars().count() == 0) {
            return List.of("Trong kỳ không tổ chức hội nghị, hội thảo quốc tế nào trên địa bàn tỉnh.");
        }
        String list = inPeriod.stream().filter(r -> r.type() == RecordType.SEMINAR)
                .sorted(Comparator.comparing(r -> r.chosen().start()))
                .map(r -> r.chosen().title() + " (" + date(r.chosen().start()) + ")").collect(Collectors.joining("; "));
        return List.of("Tổ chức " + count(f.seminars().count()) + " hội nghị, hội thảo quốc tế với "
                + count(f.seminars().foreignDelegates()) + " lượt đại biểu nước ngoài: " + list + ".");
    }

    List<String> monthlyAgreements(Figures f, List<ConsolidatedRecord> inPeriod) {
        if (f.agreements() == 0) {
            return List.of("Trong kỳ không ký kết thỏa thuận quốc tế nào.");
        }
        String list = inPeriod.stream().filter(r -> r.type() == RecordType.AGREEMENT)
                .sorted(Comparator.comparing(r -> r.chosen().start()))
                .map(r -> Objects.toString(r.chosen().title(), partnerOf(r)) + " (" + date(r.chosen().start()) + ")")
                .collect(Collectors.joining("; "));
        return List.of("Ký kết " + count(f.agreements()) + " thỏa thuận quốc tế: " + list + ".");
    }

    /** 2.1: "Tham mưu tỉnh làm thủ tục cho 30 đoàn với 221 lượt CBCCVC ...; tổ chức đón tiếp 41 đoàn với 542 lượt ..." */
    List<String> termDelegations(Figures f) {
        StringBuilder s = new StringBuilder("Tham mưu tỉnh làm thủ tục cho ").append(count(f.outbound().delegations()))
                .append(" đoàn với ").append(count(f.outbound().persons()))
                .append(" lượt CBCCVC đi công tác nước ngoài; tổ chức đón tiếp ")
                .append(count(f.inbound().delegations())).append(" đoàn với ").append(count(f.inbound().visitors()))
                .append(" lượt khách quốc tế");
        if (!f.inbound().byCountry().isEmpty()) {
            s.append(", trong đó: ").append(f.inbound().byCountry().entrySet().stream()
                    .map(e -> countries.vietnameseName(e.getKey()) + " " + count(e.getValue().delegations())
                            + " đoàn với " + count(e.getValue().persons()) + " lượt")
                    .collect(Collectors.joining("; ")));
        }
        return List.of(s.append('.').toString());
    }

    List<String> termAgreementsAndSeminars(Figures f, List<ConsolidatedRecord> inPeriod) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        levels.put("TINH", 0);
        levels.put("HUYEN", 0);
        levels.put("XA", 0);
        int unknown = 0;
        for (ConsolidatedRecord r : inPeriod) {
            if (r.type() == RecordType.AGREEMENT) {
                if (r.chosen().level() == null) {
                    unknown++;
                } else {
                    levels.merge(r.chosen().level(), 1, Integer::sum);
                }
            }
        }
        String agreements = "Tham mưu lãnh đạo tỉnh ký kết " + count(f.agreements())
                + " thỏa thuận quốc tế, trong đó cấp tỉnh " + count(levels.get("TINH")) + ", cấp huyện "
                + count(levels.get("HUYEN")) + ", cấp xã " + count(levels.get("XA"))
                + (unknown > 0 ? ", chưa rõ cấp " + count(unknown) : "") + ".";
        Map<String, Long> topics = inPeriod.stream().filter(r -> r.type() == RecordType.SEMINAR && r.chosen().purpose() != null)
                .collect(Collectors.groupingBy(r -> r.chosen().purpose().toLowerCase(), LinkedHashMap::new, Collectors.counting()));
        String main = topics.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .map(Map.Entry::getKey).collect(Collectors.joining(", "));
        String seminars = "Thời gian qua, các cơ quan, đơn vị trong toàn tỉnh đã tổ chức " + count(f.seminars().count())
                + " hội nghị, hội thảo quốc tế với " + count(f.seminars().foreignDelegates())
                + " lượt đại biểu nước ngoài" + (main.isEmpty() ? "." : ". Các hội nghị, hội thảo quốc tế chủ yếu tập "
                + "trung vào các nội dung: " + main + ".");
        return List.of(agreements, seminars);
    }

    List<String> termAid(Figures f) {
        return List.of("Tỉnh đã vận động và triển khai thực hiện " + count(f.aid().projects())
                + " chương trình, dự án viện trợ không hoàn lại của các tổ chức phi chính phủ nước ngoài, với tổng giá trị "
                + "cam kết " + number(f.aid().committedUsd()) + " USD; giá trị giải ngân đạt "
                + number(f.aid().disbursedUsd()) + " USD.");
    }

    List<String> termConsular(Figures f, Period period) {
        return List.of("Tham mưu xử lý " + count(f.consular().cases())
                        + " vụ việc liên quan đến công tác lãnh sự và bảo hộ công dân.",
                "Từ " + date(period.from()) + " đến " + date(period.to())
                        + ", đã thực hiện chứng nhận lãnh sự, hợp pháp hóa lãnh sự " + count(f.consular().legalizations())
                        + " hồ sơ, các hồ sơ đều được thực hiện đúng và trước thời hạn.");
    }
}
