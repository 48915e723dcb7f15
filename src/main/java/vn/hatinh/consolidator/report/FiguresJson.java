package vn.hatinh.consolidator.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** figures.json: every number the document states, with exactly the keys reports.md defines. */
public final class FiguresJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private FiguresJson() {
    }

    public static ObjectNode toJson(Figures f) {
        ObjectNode root = JSON.createObjectNode();
        root.put("kind", f.kind().code());
        ObjectNode period = root.putObject("period");
        period.put("from", f.period().from().toString());
        period.put("to", f.period().to().toString());
        ObjectNode outbound = root.putObject("outbound");
        outbound.put("delegations", f.outbound().delegations());
        outbound.put("persons", f.outbound().persons());
        ObjectNode inbound = root.putObject("inbound");
        inbound.put("delegations", f.inbound().delegations());
        inbound.put("visitors", f.inbound().visitors());
        ObjectNode byCountry = inbound.putObject("byCountry");
        f.inbound().byCountry().forEach((code, d) -> {
            ObjectNode c = byCountry.putObject(code);
            c.put("delegations", d.delegations());
            c.put("visitors", d.persons());
        });
        ObjectNode seminars = root.putObject("seminars");
        seminars.put("count", f.seminars().count());
        seminars.put("foreignDelegates", f.seminars().foreignDelegates());
        root.putObject("agreements").put("count", f.agreements());
        ObjectNode aid = root.putObject("aid");
        aid.put("projects", f.aid().projects());
        putAmount(aid, "committedUsd", f.aid().committedUsd());
        putAmount(aid, "disbursedUsd", f.aid().disbursedUsd());
        ObjectNode consular = root.putObject("consular");
        consular.put("cases", f.consular().cases());
        consular.put("legalizations", f.consular().legalizations());
        return root;
    }

    /** Whole amounts as integers (900000, not 900000.0); others with their decimals. */
    private static void putAmount(ObjectNode node, String name, BigDecimal value) {
        BigDecimal v = value == null ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (v.scale() <= 0) {
            node.put(name, v.longValueExact());
        } else {
            node.put(name, v);
        }
    }

    public static void write(Figures f, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writeValueAsString(toJson(f)) + System.lineSeparator());
    }
}
