package vn.hatinh.consolidator.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * One data row of a unit's table after parsing, in canonical fields. Which fields are set depends on the type:
 * <ul>
 * <li>OUTBOUND: decision, leader, country, partner, purpose, start (ngày đi), end (ngày về), count (số người)</li>
 * <li>INBOUND: title (tên đoàn), country, partner, leader, start (ngày đến), end (ngày đi), count (số khách),
 * organiser (đơn vị đón tiếp), purpose (nội dung)</li>
 * <li>SEMINAR: title, organiser, partner (đối tác nước ngoài / nhà tài trợ), start, end, location, count (số đại
 * biểu nước ngoài), totalCount (tổng số đại biểu), purpose (lĩnh vực), decision (văn bản cho phép)</li>
 * <li>AGREEMENT: title, partner, country, level (TINH, HUYEN, XA), start (ngày ký)</li>
 * <li>AID: title, partner (tổ chức tài trợ), purpose (lĩnh vực), start (ngày phê duyệt), committedUsd,
 * disbursedUsd</li>
 * <li>CONSULAR: month, cases, legalizations</li>
 * </ul>
 * Text fields hold the unit's text trimmed and with inner spaces collapsed; {@code country} is an ISO 3166 alpha-2
 * code. {@code extra} keeps unknown columns by their header text.
 */
public record SourceRow(
        RecordType type,
        String sheet,
        int rowNumber,
        LocalDate start,
        LocalDate end,
        String country,
        String partner,
        String title,
        String decision,
        String leader,
        String purpose,
        Integer count,
        Integer totalCount,
        String organiser,
        String location,
        String level,
        BigDecimal committedUsd,
        BigDecimal disbursedUsd,
        YearMonth month,
        Integer cases,
        Integer legalizations,
        String note,
        Map<String, String> extra) {

    public SourceRow {
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }
}
