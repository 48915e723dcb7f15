package vn.hatinh.consolidator.consolidate;

import java.util.Locale;

import vn.hatinh.consolidator.ingest.RecordType;

/** A scored pair's evidence in plain Vietnamese for the operator: each field's level and its weight in the score. */
final class Evidence {

    private Evidence() {
    }

    static String explain(RecordType type, MatchModel.Score score, long gap) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "xác suất trùng %.3f", score.probability())
                .replace('.', ','));
        for (MatchModel.Field f : MatchModel.fieldsOf(type)) {
            int level = score.levels()[f.ordinal()];
            sb.append("; ").append(f.vietnamese).append(": ").append(describe(f, level, gap));
            if (level > 0) {
                sb.append(String.format(Locale.ROOT, " (%+.1f)", score.contributions()[f.ordinal()]).replace('.', ','));
            }
        }
        return sb.toString();
    }

    private static String describe(MatchModel.Field f, int level, long gap) {
        if (level == 0) {
            return "thiếu ở một bên";
        }
        return switch (f) {
            case NAME, TITLE, PARTNER -> switch (level) {
                case 4 -> "giống nhau";
                case 3 -> "gần giống";
                case 2 -> "bên này nằm trong bên kia";
                default -> "khác nhau ở từ đặc trưng";
            };
            case DATE -> gap == 0 ? "cùng ngày" : "cách nhau " + gap + " ngày";
            case COUNT -> level == 4 ? "bằng nhau" : level == 3 ? "lệch ít" : level == 2 ? "lệch vài người"
                    : "lệch nhiều";
            case DECISION -> level == 2 ? "cùng số" : "khác số";
        };
    }
}
