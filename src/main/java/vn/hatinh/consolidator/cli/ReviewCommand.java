package vn.hatinh.consolidator.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.jdbc.core.simple.JdbcClient;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.hatinh.consolidator.consolidate.ConsolidationStore;
import vn.hatinh.consolidator.consolidate.ReviewDecision;

@Command(name = "review", description = "Pairs the matcher was unsure about: review list, review merge A B, review split A B. "
        + "Decisions are kept and reapplied by every later ingest.")
class ReviewCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "list|merge|split", descriptionKey = "action")
    String action;

    @Parameters(index = "1..2", arity = "0..2", paramLabel = "SOURCE_KEY", descriptionKey = "keys")
    java.util.List<String> keys = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        if (!java.util.Set.of("list", "merge", "split").contains(action)) {
            throw new IllegalArgumentException("Không có thao tác rà soát '" + action + "'; hãy dùng list, merge hoặc split.");
        }
        if (!action.equals("list") && keys.size() != 2) {
            throw new IllegalArgumentException("review " + action + " cần hai khóa nguồn do review list in ra.");
        }
        try (StoreSession session = StoreSession.open(root.global, Map.of())) {
            if (action.equals("list")) {
                var pairs = session.bean(JdbcClient.class).sql("""
                        SELECT source_key_a, source_key_b, score, explanation FROM review_pair ORDER BY score DESC""")
                        .query().listOfRows();
                if (pairs.isEmpty()) {
                    System.out.println("Không có cặp nào chờ rà soát.");
                }
                for (var p : pairs) {
                    System.out.printf("%s %s  điểm %.2f  %s%n", p.get("source_key_a"), p.get("source_key_b"),
                            ((Number) p.get("score")).doubleValue(), p.get("explanation"));
                }
                return 0;
            }
            ReviewDecision.Kind kind = action.equals("merge") ? ReviewDecision.Kind.MERGE : ReviewDecision.Kind.SPLIT;
            session.bean(ConsolidationStore.class).saveDecision(keys.get(0), keys.get(1), kind);
            System.out.println("Đã ghi quyết định " + (kind == ReviewDecision.Kind.MERGE ? "gộp" : "tách") + ": "
                    + keys.get(0) + " " + keys.get(1)
                    + ". Lần nhận báo cáo sau sẽ áp dụng (chạy ingest để dựng lại bản ghi ngay).");
            return 0;
        }
    }
}
