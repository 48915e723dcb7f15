package vn.hatinh.consolidator.store;

/** Another command holds the store; the message says so in a plain sentence. */
public class StoreBusyException extends RuntimeException {

    public StoreBusyException(String message) {
        super(message);
    }
}
