package vn.hatinh.consolidator.store;

/** The store cannot be started or reached; the message says why in a plain sentence. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
