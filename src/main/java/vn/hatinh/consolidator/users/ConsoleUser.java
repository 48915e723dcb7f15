package vn.hatinh.consolidator.users;

import java.time.LocalDateTime;

/** A console user as kept in the store; the hash is never shown to anyone. */
public record ConsoleUser(String name, String passwordHash, Role role, LocalDateTime createdAt) {
}
