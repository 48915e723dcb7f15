package vn.hatinh.consolidator.consolidate;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import vn.hatinh.consolidator.ingest.RecordType;

/** Keeps the matcher's estimated parameters in the store, with the time they were estimated. */
@Repository
public class MatchParametersStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    public MatchParametersStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What is stored of one type. */
    record StoredType(double lambda, double[][] m, double[][] u, long pairs, long documents,
                      Map<String, Integer> documentFrequency) {
    }

    record Stored(Map<String, StoredType> types) {
    }

    public Optional<MatchModel> load() {
        List<MatchModel> found = jdbc.query("SELECT estimated_at, parameters FROM match_parameters WHERE id = 1",
                (rs, n) -> toModel(JSON.readValue(rs.getString(2), Stored.class),
                        rs.getTimestamp(1).toLocalDateTime()));
        return found.stream().findFirst();
    }

    public void save(MatchModel model) {
        Map<String, StoredType> types = new TreeMap<>();
        model.types().forEach((type, p) -> types.put(type.name(), new StoredType(p.lambda(), p.m(), p.u(), p.pairs(),
                p.weights().documents(), new TreeMap<>(p.weights().documentFrequency()))));
        String json = JSON.writeValueAsString(new Stored(types));
        LocalDateTime at = model.estimatedAt() != null ? model.estimatedAt() : LocalDateTime.now();
        jdbc.update("""
                INSERT INTO match_parameters (id, estimated_at, parameters) VALUES (1, ?, ?)
                ON DUPLICATE KEY UPDATE estimated_at = VALUES(estimated_at), parameters = VALUES(parameters)""",
                Timestamp.valueOf(at), json);
    }

    private static MatchModel toModel(Stored stored, LocalDateTime at) {
        Map<RecordType, MatchModel.TypeParameters> types = new EnumMap<>(RecordType.class);
        stored.types().forEach((name, t) -> types.put(RecordType.valueOf(name), new MatchModel.TypeParameters(
                t.lambda(), t.m(), t.u(), new TokenWeights(t.documentFrequency(), t.documents()), t.pairs())));
        return new MatchModel(types, at);
    }
}
