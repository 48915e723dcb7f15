package vn.hatinh.consolidator.users;

/** What a console user may do: viewers read every page, operators also act (every POST). */
public enum Role {
    OPERATOR("người vận hành"),
    VIEWER("người xem");

    private final String vietnamese;

    Role(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }

    /** "operator" or "viewer", as the command line spells it. */
    public static Role parse(String text) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("Vai trò phải là operator (người vận hành) hoặc viewer (người xem), không phải '"
                + text + "'.");
    }
}
