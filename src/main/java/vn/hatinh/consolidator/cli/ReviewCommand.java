package vn.hatinh.consolidator.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.jdbc.core.simple.JdbcClient;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.hatinh.consolidator.consolidate.ConsolidationStore;
import vn.hatinh.consolidator.consolidate.ReviewDecision;
import vn.hatinh.consolidator.consolidate.ReviewPair;

@Command(name = "review", description = "Các cặp bản ghi chưa chắc trùng: review list; review merge ID / review split ID "
        + "(hoặc hai khóa nguồn A B); review export --out TỆP.xlsx; review import TỆP.xlsx. "
        + "Quyết định được giữ và áp dụng lại ở mọi lần nhận báo cáo sau.")
class ReviewCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "list|merge|split|export|import", descriptionKey = "action")
    String action;

    @picocli.CommandLine.Option(names = "--out", paramLabel = "FILE.xlsx", description = "Where review export writes the queue.")
    java.nio.file.Path out;

    @Parameters(index = "1..2", arity = "0..2", paramLabel = "ID|SOURCE_KEY", descriptionKey = "keys")
    List<String> keys = new ArrayList<>();

    /** One item of the list: the pair's keys, probability and evidence. */
    record Item(String id, String keyA, String keyB, double probability, String evidence) {
    }

    @Override
    public Integer call() throws java.io.IOException {
        if (!java.util.Set.of("list", "merge", "split", "export", "import").contains(action)) {
            throw new IllegalArgumentException("Không có thao tác rà soát '" + action
                    + "'; hãy dùng list, merge, split, export hoặc import.");
        }
        if (action.equals("export") && out == null) {
            throw new IllegalArgumentException("review export cần --out TỆP.xlsx.");
        }
        if (action.equals("import") && keys.size() != 1) {
            throw new IllegalArgumentException("review import cần đúng một tệp .xlsx đã điền cột \"Quyết định\".");
        }
        if (!action.equals("list") && !action.equals("export") && keys.size() != 1 && keys.size() != 2) {
            throw new IllegalArgumentException("review " + action + " cần mã cặp do review list in ra (hoặc hai khóa nguồn).");
        }
        if (action.equals("list") || action.equals("export")) {
            try (ReadingSession session = ReadingSession.open(root.global)) {
                return action.equals("list") ? list(session.jdbcClient()) : export(session.jdbcClient());
            }
        }
        try (StoreSession session = StoreSession.open(root.global, Map.of())) {
            JdbcClient jdbc = session.bean(JdbcClient.class);
            List<Item> items = items(jdbc);
            if (action.equals("import")) {
                return importDecisions(session, items, java.nio.file.Path.of(keys.get(0)));
            }
            String keyA;
            String keyB;
            if (keys.size() == 1) {
                Item item = items.stream().filter(i -> i.id().equalsIgnoreCase(keys.get(0))).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("Không có cặp mã " + keys.get(0)
                                + " trong danh sách rà soát; xem review list."));
                keyA = item.keyA();
                keyB = item.keyB();
            } else {
                keyA = keys.get(0);
                keyB = keys.get(1);
            }
            ReviewDecision.Kind kind = action.equals("merge") ? ReviewDecision.Kind.MERGE : ReviewDecision.Kind.SPLIT;
            session.bean(ConsolidationStore.class).saveDecision(keyA, keyB, kind);
            System.out.println("Đã ghi quyết định " + (kind == ReviewDecision.Kind.MERGE ? "gộp" : "tách") + " cặp "
                    + ReviewPair.shortId(keyA, keyB)
                    + ". Lần nhận báo cáo sau sẽ áp dụng (chạy ingest để dựng lại bản ghi ngay).");
            return 0;
        }
    }

    private static int list(JdbcClient jdbc) {
        List<Item> items = items(jdbc);
        if (items.isEmpty()) {
            System.out.println("Không có cặp nào chờ rà soát.");
        }
        for (Item item : items) {
            System.out.printf("[%s] xác suất trùng %s%n", item.id(),
                    String.format(java.util.Locale.ROOT, "%.2f", item.probability()).replace('.', ','));
            System.out.println("  A: " + side(jdbc, item.keyA()));
            System.out.println("  B: " + side(jdbc, item.keyB()));
            System.out.println("  Căn cứ: " + item.evidence());
        }
        if (!items.isEmpty()) {
            System.out.println(items.size() + " cặp. Gộp: review merge MÃ; tách: review split MÃ.");
        }
        return 0;
    }

    private int export(JdbcClient jdbc) throws java.io.IOException {
        List<Item> items = items(jdbc);
        Map<String, String[]> sides = new java.util.HashMap<>();
        for (Item item : items) {
            sides.put(item.id(), new String[] {side(jdbc, item.keyA()), side(jdbc, item.keyB())});
        }
        ReviewWorkbook.write(out, items, sides);
        System.out.println("Đã ghi " + items.size() + " cặp vào " + out
                + ". Điền cột \"Quyết định\" (gộp hoặc tách) rồi chạy review import với tệp đó.");
        return 0;
    }

    private static int importDecisions(StoreSession session, List<Item> items, java.nio.file.Path file)
            throws java.io.IOException {
        ReviewWorkbook.Reading reading = ReviewWorkbook.read(file);
        List<String> problems = new ArrayList<>(reading.problems());
        int applied = 0;
        for (ReviewWorkbook.Decision d : reading.decisions()) {
            Item item = items.stream().filter(i -> i.id().equalsIgnoreCase(d.id())).findFirst().orElse(null);
            if (item == null) {
                problems.add("Dòng " + d.row() + ": mã " + d.id() + " không có trong danh sách rà soát hiện tại.");
                continue;
            }
            session.bean(ConsolidationStore.class).saveDecision(item.keyA(), item.keyB(), d.kind());
            applied++;
        }
        System.out.println("Đã ghi " + applied + " quyết định từ " + file
                + ". Lần nhận báo cáo sau sẽ áp dụng (chạy ingest để dựng lại bản ghi ngay).");
        for (String p : problems) {
            System.out.println(p);
        }
        return problems.isEmpty() ? 0 : 1;
    }

    /** The queue, the most uncertain pair first (a probability nearest one half decides the most). */
    static List<Item> items(JdbcClient jdbc) {
        List<Item> items = new ArrayList<>();
        for (var p : jdbc.sql("SELECT source_key_a, source_key_b, score, explanation FROM review_pair").query()
                .listOfRows()) {
            String a = (String) p.get("source_key_a");
            String b = (String) p.get("source_key_b");
            items.add(new Item(ReviewPair.shortId(a, b), a, b, ((Number) p.get("score")).doubleValue(),
                    (String) p.get("explanation")));
        }
        items.sort(Comparator.comparingDouble((Item i) -> Math.abs(i.probability() - 0.5)).thenComparing(Item::id));
        return items;
    }

    /** One side readably: unit, file, sheet and row, dates, partner or title, count. Never the internal key. */
    static String side(JdbcClient jdbc, String sourceKey) {
        String[] parts = sourceKey.split(":");
        if (parts.length < 4) {
            return "(không tìm thấy dòng nguồn)";
        }
        String sheet = String.join(":", java.util.Arrays.copyOfRange(parts, 1, parts.length - 2));
        var rows = jdbc.sql("""
                SELECT s.unit, s.path, r.sheet, r.row_no, r.start_date, r.end_date, r.partner, r.title, r.cnt
                FROM submission s JOIN source_row r ON r.submission_id = s.id
                WHERE s.sha256 = ? AND s.status = 'ACCEPTED' AND r.sheet = ? AND r.row_no = ? AND r.type = ?
                LIMIT 1""").params(parts[0], sheet, Integer.parseInt(parts[parts.length - 2]), parts[parts.length - 1])
                .query().listOfRows();
        if (rows.isEmpty()) {
            return "(không tìm thấy dòng nguồn)";
        }
        var r = rows.get(0);
        StringBuilder sb = new StringBuilder();
        sb.append(r.get("unit")).append(" · ").append(r.get("path")).append(" · trang ").append(r.get("sheet"))
                .append(" dòng ").append(r.get("row_no"));
        if (r.get("start_date") != null) {
            sb.append(" · ngày ").append(r.get("start_date"));
            if (r.get("end_date") != null) {
                sb.append(" đến ").append(r.get("end_date"));
            }
        }
        Object name = r.get("partner") != null ? r.get("partner") : r.get("title");
        if (name != null) {
            sb.append(" · ").append(name);
        }
        if (r.get("partner") != null && r.get("title") != null) {
            sb.append(" (").append(r.get("title")).append(")");
        }
        if (r.get("cnt") != null) {
            sb.append(" · ").append(r.get("cnt")).append(" người");
        }
        return sb.toString();
    }
}
