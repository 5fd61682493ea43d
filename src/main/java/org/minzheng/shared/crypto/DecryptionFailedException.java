package org.minzheng.shared.crypto;

/**
 * A stored value could not be decrypted: it was altered, copied from another column, or encrypted
 * under another key. The message names the context only, never any part of the value.
 */
public class DecryptionFailedException extends RuntimeException {

    DecryptionFailedException(String message) {
        super(message);
    }

    DecryptionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
