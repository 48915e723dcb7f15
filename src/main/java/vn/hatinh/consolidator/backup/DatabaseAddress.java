package vn.hatinh.consolidator.backup;

import java.sql.SQLException;

import org.mariadb.jdbc.Configuration;

/**
 * Where the client tools connect: one MariaDB server and database, and the credentials. The password never leaves
 * this record but through the temporary option file {@link ClientTools} writes; {@link #toString()} hides it.
 */
public record DatabaseAddress(String host, int port, String database, String user, String password) {

    public DatabaseAddress {
        password = password == null ? "" : password;
    }

    /** From the JDBC URL the application connects with ({@code jdbc:mariadb://host:port/database?...}). */
    public static DatabaseAddress of(String jdbcUrl, String user, String password) {
        Configuration configuration;
        try {
            configuration = Configuration.parse(jdbcUrl);
        } catch (SQLException e) {
            throw new IllegalArgumentException("Địa chỉ cơ sở dữ liệu không hợp lệ: " + e.getMessage());
        }
        if (configuration == null || configuration.addresses().isEmpty() || configuration.database() == null
                || configuration.database().isBlank()) {
            throw new IllegalArgumentException("Địa chỉ cơ sở dữ liệu phải có máy chủ và tên cơ sở dữ liệu, ví dụ "
                    + "jdbc:mariadb://may-chu:3306/consolidator.");
        }
        var address = configuration.addresses().get(0);
        return new DatabaseAddress(address.host, address.port, configuration.database(), user, password);
    }

    @Override
    public String toString() {
        return "DatabaseAddress[" + user + "@" + host + ":" + port + "/" + database + "]";
    }
}
