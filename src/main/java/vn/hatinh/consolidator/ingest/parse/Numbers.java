package vn.hatinh.consolidator.ingest.parse;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Counts and money as units write them, Vietnamese and English grouping alike. */
public final class Numbers {

    private static final Pattern UNIT_WORDS = Pattern.compile(
            "(?iu)\\s*(người|nguoi|khách|khach|lượt|luot|đại biểu|dai bieu|thành viên|thanh vien|đoàn|doan|vụ|vu|hồ sơ|ho so|usd|\\$|đồng|dong|vnđ|vnd)\\.?\\s*");
    private static final Pattern INTEGER_GROUPED = Pattern.compile("-?\\d{1,3}([.,\\s]\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+");

    private Numbers() {
    }

    /** A count of people or cases: a whole number, zero or more. Null for an empty cell. */
    public static Integer count(Object value, String what) throws ValueException {
        if (value == null) {
            return null;
        }
        if (value instanceof Double d) {
            if (d < 0) {
                throw new ValueException(what + " là số âm (" + Cells.text(d) + ")");
            }
            if (d != Math.rint(d)) {
                throw new ValueException(what + " phải là số nguyên (" + Cells.text(d) + ")");
            }
            if (d > 1_000_000_000) {
                throw new ValueException(what + " quá lớn (" + Cells.text(d) + ")");
            }
            return d.intValue();
        }
        if (!(value instanceof String s)) {
            throw new ValueException(what + " không phải là số: \"" + Cells.text(value) + "\"");
        }
        String text = UNIT_WORDS.matcher(s.trim()).replaceAll(" ").trim();
        if (text.isEmpty()) {
            if (s.isBlank()) {
                return null;
            }
            throw new ValueException(what + " không phải là số: \"" + s.trim() + "\"");
        }
        String digits;
        if (INTEGER_GROUPED.matcher(text).matches()) {
            digits = text.replaceAll("[.,\\s]", "");
        } else if (PLAIN.matcher(text).matches()) {
            digits = text;
        } else {
            throw new ValueException(what + " không phải là số: \"" + s.trim() + "\"");
        }
        long n;
        try {
            n = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new ValueException(what + " quá lớn: \"" + s.trim() + "\"");
        }
        if (n < 0) {
            throw new ValueException(what + " là số âm (" + s.trim() + ")");
        }
        if (n > 1_000_000_000) {
            throw new ValueException(what + " quá lớn: \"" + s.trim() + "\"");
        }
        return (int) n;
    }

    /**
     * Money: "1.500.000" and "1,500,000" are one and a half million; with both separators the last one is the decimal
     * separator ("2.901,81"); a single separator followed by exactly three digits groups thousands.
     */
    public static BigDecimal money(Object value, String what) throws ValueException {
        if (value == null) {
            return null;
        }
        if (value instanceof Double d) {
            if (d < 0) {
                throw new ValueException(what + " là số âm (" + Cells.text(d) + ")");
            }
            return BigDecimal.valueOf(d).stripTrailingZeros();
        }
        String raw = value.toString().trim();
        String text = UNIT_WORDS.matcher(raw).replaceAll("").replaceAll("\\s+", "");
        if (text.isEmpty()) {
            if (raw.isEmpty()) {
                return null;
            }
            throw new ValueException(what + " không phải là số: \"" + raw + "\"");
        }
        boolean negative = text.startsWith("-");
        if (negative) {
            text = text.substring(1);
        }
        if (!text.matches("[0-9.,]+") || !Character.isDigit(text.charAt(0))) {
            throw new ValueException(what + " không phải là số: \"" + raw + "\"");
        }
        int lastDot = text.lastIndexOf('.');
        int lastComma = text.lastIndexOf(',');
        String normal;
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            normal = text.replace(String.valueOf(group), "").replace(decimal, '.');
        } else if (lastDot >= 0 || lastComma >= 0) {
            char sep = lastDot >= 0 ? '.' : ',';
            String[] parts = text.split(Pattern.quote(String.valueOf(sep)), -1);
            boolean grouping = parts.length > 2 || parts[parts.length - 1].length() == 3;
            normal = grouping ? text.replace(String.valueOf(sep), "") : text.replace(sep, '.');
            if (grouping) {
                for (int i = 1; i < parts.length; i++) {
                    if (parts[i].length() != 3) {
                        throw new ValueException(what + " không phải là số: \"" + raw + "\"");
                    }
                }
            }
        } else {
            normal = text;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(normal);
        } catch (NumberFormatException e) {
            throw new ValueException(what + " không phải là số: \"" + raw + "\"");
        }
        if (negative) {
            throw new ValueException(what + " là số âm (" + raw + ")");
        }
        return amount.stripTrailingZeros();
    }
}
