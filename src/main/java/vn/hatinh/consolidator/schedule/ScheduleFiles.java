package vn.hatinh.consolidator.schedule;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.quartz.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads jobs/schedules/*.yml, one schedule per file, and says plainly what is wrong with a bad one. */
public final class ScheduleFiles {

    public static final ZoneId PROVINCE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private ScheduleFiles() {
    }

    /** The packaged schedules, each replaced by the operator's file of the same name. */
    public static List<ScheduleDefinition> load(vn.hatinh.consolidator.OperatorFiles operatorFiles) {
        List<ScheduleDefinition> result = new ArrayList<>();
        for (Path file : operatorFiles.files("schedules", name -> name.endsWith(".yml") || name.endsWith(".yaml"))) {
            try {
                result.add(read(file));
            } catch (IOException e) {
                throw new IllegalStateException("Không đọc được tệp lịch " + file + ": " + e.getMessage(), e);
            }
        }
        return result;
    }

    static ScheduleDefinition read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Map<String, Object> yaml;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        }
        if (yaml == null) {
            throw new IllegalStateException("Tệp lịch " + file + " trống.");
        }
        String job = string(yaml, "job", file);
        String cron = string(yaml, "cron", file);
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalStateException("Tệp lịch " + file + " có biểu thức cron không hợp lệ: " + cron);
        }
        Object zone = yaml.get("timeZone");
        Map<String, String> parameters = new LinkedHashMap<>();
        if (yaml.get("parameters") instanceof Map<?, ?> p) {
            p.forEach((k, v) -> parameters.put(String.valueOf(k), scalar(v)));
        }
        return new ScheduleDefinition(name, job, cron, zone == null ? PROVINCE_ZONE : ZoneId.of(zone.toString()),
                parameters, yaml.get("description") == null ? null : yaml.get("description").toString());
    }

    /** YAML reads 2021-01-01 as a timestamp; the job wants the date as written. */
    private static String scalar(Object value) {
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        }
        return String.valueOf(value);
    }

    private static String string(Map<String, Object> yaml, String key, Path file) {
        Object value = yaml.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException("Tệp lịch " + file + " thiếu mục '" + key + "'.");
        }
        return value.toString();
    }
}
